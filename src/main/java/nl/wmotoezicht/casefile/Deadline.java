package nl.wmotoezicht.casefile;

import java.time.Instant;
import java.time.LocalDate;

/**
 * One statutory or working date of a running case.
 *
 * @param kind        {@code taak} (an open task's due date), {@code timer} (a dated wait in the model) or
 *                    {@code verjaring} (the last day an open forfeiture can be collected, art. 5:35 Awb)
 * @param label       what falls due, in Dutch (task name, timer name, "Verjaring verbeurte 2")
 * @param date        the day it falls due, in Europe/Amsterdam
 * @param dueAt       the exact moment (for a verjaring: the end of its last day)
 * @param daysLeft    days from today (Europe/Amsterdam) to {@code date}; negative when past
 * @param overdue     true when the moment has passed
 * @param legalBasis  the article the date rests on, from the model's {@code legalBasis} property or the
 *                    ledger; null when the date is a working agreement, not a statutory term
 * @param untilDecided the term has no fixed end: it is extended until a remedy is decided irrevocably (art. 5:35
 *                    lid 2 Awb); {@code date} is the day from which it was extended, {@code dueAt} is null, it is
 *                    never overdue and {@code daysLeft} is 0
 */
public record Deadline(String kind, String label, LocalDate date, Instant dueAt, long daysLeft, boolean overdue,
    String legalBasis, boolean untilDecided) {

  /** A date with a fixed end. */
  public Deadline(String kind, String label, LocalDate date, Instant dueAt, long daysLeft, boolean overdue,
      String legalBasis) {
    this(kind, label, date, dueAt, daysLeft, overdue, legalBasis, false);
  }

  public static final String TASK = "taak";
  public static final String TIMER = "timer";
  public static final String VERJARING = "verjaring";
}

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
 */
public record Deadline(String kind, String label, LocalDate date, Instant dueAt, long daysLeft, boolean overdue,
    String legalBasis) {

  public static final String TASK = "taak";
  public static final String TIMER = "timer";
  public static final String VERJARING = "verjaring";
}

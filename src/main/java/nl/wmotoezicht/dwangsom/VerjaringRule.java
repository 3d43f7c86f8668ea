package nl.wmotoezicht.dwangsom;

import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import nl.wmotoezicht.dwangsom.VerjaringEventKind.Effect;
import nl.wmotoezicht.dwangsom.VerjaringEventKind.Scope;
import nl.wmotoezicht.terms.LegalCalendar;
import nl.wmotoezicht.terms.Termijnen;

/**
 * Derives the verjaring of one forfeited dwangsom from the day of forfeiture and the events recorded against it
 * (see {@code docs/dwangsom-recht.md}).
 *
 * <ul>
 *   <li>Art. 5:35 lid 1 Awb: the claim lapses by the passing of one year after the day of forfeiture. The last day on
 *       which the college may act is the day of forfeiture plus one year; a term of a year is not extended by the
 *       Algemene termijnenwet (art. 4 Atw).</li>
 *   <li>Interruption (art. 5:37a lid 1, 4:105, 4:106 Awb): a new term starts on the day after the interruption
 *       (art. 4:110 lid 1), as long as the original one year (lid 3: never more than five years; this caps each
 *       new term, not the total). An event after the claim lapsed does not revive it.</li>
 *   <li>Art. 5:35 lid 2 and 5:37a lid 2 Awb: when on the day the claim would lapse a remedy against the last (or a
 *       request for an invorderingsbeschikking) is open, its term still running, or pending, the term is extended
 *       until that remedy has been decided irrevocably. A remedy decided irrevocably before that day extends
 *       nothing. While it is pending the end is not known: {@link Result#untilDecided()}.</li>
 * </ul>
 */
final class VerjaringRule {

  static final Period TERM = Period.ofYears(1);
  /** Art. 4:110 lid 3 Awb: a new term is as long as the original, never more than five years. */
  static final Period NEW_TERM_LIMIT = Period.ofYears(5);

  /**
   * @param lastDay       the last day on which the college may still act; when {@code untilDecided}, the day on which
   *                      the claim would have lapsed and the term has been extended from
   * @param untilDecided  a remedy open or pending on {@code lastDay} extends the term until it is decided
   *                      irrevocably, which is not known yet
   * @param extendedBy    the event behind the extension, or null
   * @param interruptedBy the interruption that started the running term, or null
   */
  record Result(LocalDate lastDay, boolean untilDecided, VerjaringEvent extendedBy, VerjaringEvent interruptedBy) {
  }

  /** A period in which a remedy was open or pending; {@code end} null while it is pending. */
  private record Window(LocalDate start, LocalDate end, VerjaringEvent opener) {

    boolean contains(LocalDate day) {
      return !day.isBefore(start) && (end == null || !day.isAfter(end));
    }
  }

  private final LegalCalendar calendar;
  private final Termijnen termijnen;

  VerjaringRule(LegalCalendar calendar, Termijnen termijnen) {
    this.calendar = calendar;
    this.termijnen = termijnen;
  }

  Result compute(LocalDate forfeitedOn, List<VerjaringEvent> events) {
    List<VerjaringEvent> sorted = events.stream()
        .sorted(Comparator.comparing(VerjaringEvent::date).thenComparing(e -> e.kind().ordinal())).toList();
    List<Window> windows = new ArrayList<>();
    windows.addAll(windows(sorted.stream().filter(e -> e.kind().scope() == Scope.LAST).toList()));
    windows.addAll(windows(sorted.stream()
        .filter(e -> e.kind().scope() == Scope.FORFEITURE && e.kind().effect() != Effect.INTERRUPTS).toList()));

    LocalDate base = forfeitedOn.plus(TERM);
    VerjaringEvent interruptedBy = null;
    for (VerjaringEvent event : sorted) {
      if (event.kind().effect() != Effect.INTERRUPTS || event.date().isBefore(forfeitedOn)) {
        continue;
      }
      Result running = extend(base, windows, interruptedBy);
      if (!running.untilDecided() && event.date().isAfter(running.lastDay())) {
        break; // lapsed before this event; nothing revives it
      }
      LocalDate restarted = event.date().plus(newTerm());
      if (!restarted.isBefore(base)) {
        base = restarted;
        interruptedBy = event;
      }
    }
    return extend(base, windows, interruptedBy);
  }

  /** The last day the college may act when the running term would lapse on {@code base}. */
  private static Result extend(LocalDate base, List<Window> windows, VerjaringEvent interruptedBy) {
    LocalDate end = base;
    VerjaringEvent extendedBy = null;
    for (Window window : windows) {
      if (window.contains(base)) {
        if (window.end() == null) {
          return new Result(base, true, window.opener(), interruptedBy);
        }
        if (window.end().isAfter(end)) {
          end = window.end();
          extendedBy = window.opener();
        }
      }
    }
    return new Result(end, false, extendedBy, interruptedBy);
  }

  private static Period newTerm() {
    return TERM.toTotalMonths() <= NEW_TERM_LIMIT.toTotalMonths() ? TERM : NEW_TERM_LIMIT;
  }

  /** The periods in which a chain of remedies (bezwaar, beroep, hoger beroep) was open or pending. */
  private List<Window> windows(List<VerjaringEvent> chain) {
    List<Window> windows = new ArrayList<>();
    Window current = null;
    for (VerjaringEvent event : chain) {
      if (event.kind().effect() == Effect.OPENS) {
        if (current != null && (current.end() == null || !event.date().isAfter(current.end()))) {
          current = new Window(current.start(), null, current.opener());
          windows.set(windows.size() - 1, current);
        } else {
          current = new Window(event.date(), null, event);
          windows.add(current);
        }
      } else if (event.kind().effect() == Effect.DECIDES) {
        LocalDate end = event.kind().followUpTerm()
            .map(name -> calendar.compute(event.date(), termijnen.term(name).period(), true).ends()).orElse(event.date());
        if (current == null || (current.end() != null && event.date().isAfter(current.end()))) {
          current = new Window(event.date(), end, event);
          windows.add(current);
        } else {
          current = new Window(current.start(), end, current.opener());
          windows.set(windows.size() - 1, current);
        }
      }
    }
    return windows;
  }
}

package nl.wmotoezicht.terms;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.Date;

import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.springframework.stereotype.Component;

/**
 * Term arithmetic for BPMN expressions, as the bean {@code terms}, e.g.
 * {@code camunda:dueDate="${terms.workingDaysFromToday(3)}"} on a user task or
 * {@code <timeDate>${terms.statutoryEndTimer(besluitVerzonden, 'P6W')}</timeDate>} on a timer.
 *
 * <p>Times are in the zone {@value #ZONE_ID}. Two kinds of moment are returned:
 * <ul>
 *   <li><b>due dates</b> ({@code workingDaysFromToday}, {@code statutoryEnd}, {@code decisionEnd}): the last day of
 *       the term at {@value #DUE_HOUR}:00, the end of an office day, so a task list shows the right day;</li>
 *   <li><b>timer moments</b> ({@code statutoryEndTimer}, {@code decisionEndTimer}): 00:00 at the start of the day
 *       after the last day, when the term has fully passed (a term in days runs to the end of its last day).</li>
 * </ul>
 * "Today" comes from Camunda's {@link ClockUtil}, so tests can move the clock.
 *
 * <p>A {@code from} argument may be a {@link Date} (the usual type of a process variable), a {@link LocalDate},
 * {@link LocalDateTime}, {@link OffsetDateTime}, {@link ZonedDateTime}, {@link Instant}, or a String with an ISO date
 * ({@code 2026-12-01}) or ISO date-time with offset. Moments are taken as their date in {@value #ZONE_ID}.
 * Periods are parsed by {@link TermPeriod#parse}; invalid input throws {@link IllegalArgumentException}.
 */
@Component("terms")
public class TermExpressions {

    public static final String ZONE_ID = "Europe/Amsterdam";
    public static final ZoneId ZONE = ZoneId.of(ZONE_ID);
    public static final int DUE_HOUR = 17;
    public static final int REMINDER_HOUR = 8;

    private final LegalCalendar calendar;

    public TermExpressions(LegalCalendar calendar) {
        this.calendar = calendar;
    }

    /** Due date: the n-th working day after today (Camunda clock) at 17:00; today at 17:00 when n is 0. */
    public Date workingDaysFromToday(int n) {
        LocalDate today = LocalDate.ofInstant(ClockUtil.getCurrentTime().toInstant(), ZONE);
        return dueDate(calendar.plusWorkingDays(today, n));
    }

    /** Due date: the last day of a statutory term (extended under the Atw) at 17:00. */
    public Date statutoryEnd(Object from, String period) {
        return dueDate(calendar.compute(toLocalDate(from), TermPeriod.parse(period), true).ends());
    }

    /** Timer moment: 00:00 on the day after the last day of a statutory term (extended under the Atw). */
    public Date statutoryEndTimer(Object from, String period) {
        return timerDate(calendar.compute(toLocalDate(from), TermPeriod.parse(period), true).ends());
    }

    /**
     * Due date of a customary (non-statutory) term, e.g. six weeks for a concept report: {@code from} plus the period
     * at 17:00, on the next working day when that falls on a Saturday, Sunday or public holiday (art. 3 Atw and the
     * days equated by decree), so that nobody is due on a day off. Not for legal terms: use {@link #statutoryEnd} or
     * {@link #decisionEnd}.
     */
    public Date customaryEnd(Object from, String period) {
        return dueDate(nextWorkingDay(calendar.compute(toLocalDate(from), TermPeriod.parse(period), false).ends()));
    }

    private LocalDate nextWorkingDay(LocalDate day) {
        LocalDate end = day;
        while (!calendar.isWorkingDay(end)) {
            end = end.plusDays(1);
        }
        return end;
    }

    /** Due date: the last day of a term set in a decision (never extended) at 17:00. */
    public Date decisionEnd(Object from, String period) {
        return dueDate(calendar.compute(toLocalDate(from), TermPeriod.parse(period), false).ends());
    }

    /** Timer moment: 00:00 on the day after the last day of a term set in a decision (never extended). */
    public Date decisionEndTimer(Object from, String period) {
        return timerDate(calendar.compute(toLocalDate(from), TermPeriod.parse(period), false).ends());
    }

    /**
     * Due date of a task: the end of the term counted from today (Camunda clock), at {@value #DUE_HOUR}:00, e.g.
     * {@code camunda:dueDate="${terms.dueIn(termijnen.behandeling)}"}. A {@code PnWD} term gives the n-th working day.
     *
     * @param term a {@link NamedTerm} ({@code termijnen.name}, extended under the Atw when statutory) or a period
     *             text such as a variable set in a form (a term set in a decision, never extended)
     */
    public Date dueIn(Object term) {
        return end(todayDate(), term);
    }

    /**
     * Due date: the last day of the term that starts the day after {@code from}, at {@value #DUE_HOUR}:00. A customary
     * named term ({@code kind: gebruikelijk}) that ends on a Saturday, Sunday or public holiday is due on the next
     * working day, as {@link #customaryEnd} (a statutory one is already extended under the Atw).
     */
    public Date end(Object from, Object term) {
        LocalDate last = compute(from, term).ends();
        if (term instanceof NamedTerm named && !named.statutory()) {
            last = nextWorkingDay(last);
        }
        return dueDate(last);
    }

    /** The last day of the term that starts the day after {@code from}, as an ISO date (for letters and forms). */
    public String endDate(Object from, Object term) {
        return compute(from, term).ends().toString();
    }

    /**
     * Timer moment: 00:00 on the day after the last day of the term that starts the day after {@code from}, e.g.
     * {@code <timeDate>${terms.endTimer(noticeSentOn, termijnen.zienswijzeOpenbaarmaking)}</timeDate>}.
     */
    public Date endTimer(Object from, Object term) {
        return timerDate(compute(from, term).ends());
    }

    /**
     * Timer moment counted back from {@code date} (never extended, art. 1 lid 2 Atw): for a {@code PnWD} term
     * {@value #REMINDER_HOUR}:00 on the n-th working day before {@code date}; otherwise {@code date} minus the period,
     * keeping its time of day (00:00 for a date).
     */
    public Date before(Object date, Object term) {
        TermPeriod period = periodOf(term);
        if (period.isWorkingDays()) {
            return workingDaysBefore(date, period.workingDays());
        }
        ZonedDateTime moment = toZonedDateTime(date);
        return Date.from(moment.minus(period.period()).toInstant());
    }

    private Term compute(Object from, Object term) {
        boolean statutory = term instanceof NamedTerm named && named.statutory();
        return calendar.compute(toLocalDate(from), periodOf(term), statutory);
    }

    private static TermPeriod periodOf(Object term) {
        if (term instanceof NamedTerm named) {
            return named.period();
        }
        if (term instanceof TermPeriod period) {
            return period;
        }
        return TermPeriod.parse(term == null ? null : term.toString());
    }

    /**
     * Plain arithmetic, no Atw: {@code from} plus the period ({@code PnWD}: plus working days), keeping the time of
     * day of {@code from}; a date without time gives 00:00.
     */
    public Date plusPeriod(Object from, String period) {
        ZonedDateTime start = toZonedDateTime(from);
        TermPeriod term = TermPeriod.parse(period);
        LocalDate end = term.isWorkingDays()
                ? calendar.plusWorkingDays(start.toLocalDate(), term.workingDays())
                : start.toLocalDate().plus(term.period());
        return Date.from(start.with(end).toInstant());
    }

    /** Plain arithmetic, no Atw: {@code date} minus calendar days, keeping the time of day (00:00 for a date). */
    public Date minusDays(Object date, int days) {
        return Date.from(toZonedDateTime(date).minusDays(days).toInstant());
    }

    /** Due date: {@value #DUE_HOUR}:00 on the given day (a deadline set as a date). */
    public Date dueOn(Object day) {
        return dueDate(toLocalDate(day));
    }

    /** Today (Camunda clock, Europe/Amsterdam) as an ISO date, e.g. for "sent on" variables. */
    public String today() {
        return todayDate().toString();
    }

    /** Today (Camunda clock, Europe/Amsterdam). */
    public LocalDate todayDate() {
        return LocalDate.ofInstant(ClockUtil.getCurrentTime().toInstant(), ZONE);
    }

    /** The date of a moment (or date) in Europe/Amsterdam as an ISO date text. */
    public String isoDate(Object value) {
        return toLocalDate(value).toString();
    }

    /** Timer moment: 00:00 at the start of {@code date}. */
    public Date startOfDay(Object date) {
        return Date.from(toLocalDate(date).atStartOfDay(ZONE).toInstant());
    }

    /** Timer moment: 00:00 on the day after {@code lastDay}, a deadline set as a date (the whole day counts). */
    public Date dayAfter(Object lastDay) {
        return timerDate(toLocalDate(lastDay));
    }

    /** Timer moment for a reminder: {@value #REMINDER_HOUR}:00 on the n-th working day before {@code date}. */
    public Date workingDaysBefore(Object date, int n) {
        LocalDate day = calendar.plusWorkingDays(toLocalDate(date), -n);
        return Date.from(day.atTime(LocalTime.of(REMINDER_HOUR, 0)).atZone(ZONE).toInstant());
    }

    private static Date dueDate(LocalDate day) {
        return Date.from(day.atTime(LocalTime.of(DUE_HOUR, 0)).atZone(ZONE).toInstant());
    }

    private static Date timerDate(LocalDate lastDay) {
        return Date.from(lastDay.plusDays(1).atStartOfDay(ZONE).toInstant());
    }

    static LocalDate toLocalDate(Object value) {
        return toZonedDateTime(value).toLocalDate();
    }

    /** The value as a moment in {@value #ZONE_ID}; a date without time is taken at the start of that day. */
    static ZonedDateTime toZonedDateTime(Object value) {
        if (value == null) {
            throw new IllegalArgumentException("Datum ontbreekt.");
        }
        if (value instanceof Date date) {
            // new Date(..) also handles java.sql.Date, whose toInstant() is unsupported
            return new Date(date.getTime()).toInstant().atZone(ZONE);
        }
        if (value instanceof LocalDate date) {
            return date.atStartOfDay(ZONE);
        }
        if (value instanceof LocalDateTime dateTime) {
            return dateTime.atZone(ZONE);
        }
        if (value instanceof OffsetDateTime dateTime) {
            return dateTime.atZoneSameInstant(ZONE);
        }
        if (value instanceof ZonedDateTime dateTime) {
            return dateTime.withZoneSameInstant(ZONE);
        }
        if (value instanceof Instant instant) {
            return instant.atZone(ZONE);
        }
        if (value instanceof CharSequence text) {
            String s = text.toString().strip();
            try {
                return s.length() <= 10 ? LocalDate.parse(s).atStartOfDay(ZONE)
                        : OffsetDateTime.parse(s).atZoneSameInstant(ZONE);
            } catch (DateTimeException e) {
                throw new IllegalArgumentException("Ongeldige datum '" + s
                        + "'; verwacht een ISO-datum zoals 2026-12-01.");
            }
        }
        throw new IllegalArgumentException("Geen datum: waarde van type " + value.getClass().getName() + ".");
    }
}

package nl.wmotoezicht.terms;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.Period;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;

import org.springframework.stereotype.Component;

/**
 * The Dutch legal calendar: working days and the end of terms under the Algemene termijnenwet (Atw).
 *
 * <p>A term starts the day after the event day {@code from}; its last day is {@code from.plus(period)}
 * (calendar arithmetic of {@link LocalDate#plus}: one month after 31 January is 28 or 29 February). A statutory term
 * is then extended:
 * <ul>
 *   <li>art. 1 lid 1 Atw: a term ending on a Saturday, Sunday or public holiday runs on to the next day that is
 *       none of these;</li>
 *   <li>art. 2 Atw: a term of at least three days runs on until it contains at least two days that are not a
 *       Saturday, Sunday or public holiday;</li>
 *   <li>art. 4 Atw: neither applies to terms of more than twelve weeks, more than three months, more than ninety
 *       days, or of a year or more (nor to terms in hours, which {@link TermPeriod} does not support);</li>
 *   <li>art. 1 lid 2 Atw: nor to terms counted backwards ({@link #computeBackwards}).</li>
 * </ul>
 * A term set in a decision rather than by statute is never extended. A {@code PnWD} term already ends on a
 * working day and is not extended either.
 */
@Component
public class LegalCalendar {

    /** Reason given for days added by art. 2 Atw. */
    public static final String ARTICLE_2_REASON = "minder dan twee werkdagen in de termijn (art. 2 Atw)";

    private final PublicHolidays holidays;

    public LegalCalendar(PublicHolidays holidays) {
        this.holidays = holidays;
    }

    public PublicHolidays holidays() {
        return holidays;
    }

    /** Whether the date is not a Saturday, Sunday or public holiday (art. 1 and 3 Atw). */
    public boolean isWorkingDay(LocalDate date) {
        return !isWeekend(date) && !holidays.isPublicHoliday(date);
    }

    /**
     * The n-th working day after {@code from} (before it, when n is negative); {@code from} itself when n is 0.
     */
    public LocalDate plusWorkingDays(LocalDate from, int n) {
        int step = n < 0 ? -1 : 1;
        LocalDate date = from;
        for (int left = Math.abs(n); left > 0; ) {
            date = date.plusDays(step);
            if (isWorkingDay(date)) {
                left--;
            }
        }
        return date;
    }

    /**
     * The end of a term that starts the day after {@code from}.
     *
     * @param statutory true for a term set by statute (extended under art. 1 and 2 Atw, within the limits of
     *                  art. 4 Atw); false for a term set in a decision (never extended)
     */
    public Term compute(LocalDate from, TermPeriod period, boolean statutory) {
        if (period.isWorkingDays()) {
            LocalDate ends = plusWorkingDays(from, period.workingDays());
            return new Term(from, period.text(), statutory, ends, List.of(), ends);
        }
        LocalDate unextended = from.plus(period.period());
        if (!statutory || beyondArticle4(from, period)) {
            return new Term(from, period.text(), statutory, unextended, List.of(), unextended);
        }
        // art. 1 Atw: on to the next working day
        LocalDate ends = unextended;
        while (!isWorkingDay(ends)) {
            ends = ends.plusDays(1);
        }
        // art. 2 Atw: a term of at least three days contains at least two working days
        if (ChronoUnit.DAYS.between(from, unextended) >= 3) {
            LocalDate secondWorkingDay = plusWorkingDays(from, 2);
            if (secondWorkingDay.isAfter(ends)) {
                ends = secondWorkingDay;
            }
        }
        List<Term.Extension> extendedBy = new ArrayList<>();
        for (LocalDate day = unextended; day.isBefore(ends); day = day.plusDays(1)) {
            extendedBy.add(new Term.Extension(day, reason(day)));
        }
        return new Term(from, period.text(), statutory, ends, extendedBy, unextended);
    }

    /**
     * A term counted backwards from {@code from} ("uiterlijk zes weken voor"): {@code from} minus the period, or the
     * n-th working day before {@code from} for a {@code PnWD} term. Never extended (art. 1 lid 2 Atw).
     */
    public Term computeBackwards(LocalDate from, TermPeriod period, boolean statutory) {
        LocalDate ends = period.isWorkingDays()
                ? plusWorkingDays(from, -period.workingDays())
                : from.minus(period.period());
        return new Term(from, period.text(), statutory, ends, List.of(), ends);
    }

    /**
     * Art. 4 Atw: more than twelve weeks (for a term in weeks), more than ninety days, more than three months, or a
     * year or more. A term with months or years is compared with three calendar months from {@code from}, so that
     * P3M is extended and P3M1D or P1Y is not.
     */
    private static boolean beyondArticle4(LocalDate from, TermPeriod period) {
        Period p = period.period();
        if (p.toTotalMonths() > 0) {
            return from.plus(p).isAfter(from.plusMonths(3));
        }
        return p.getDays() > (period.inWeeks() ? 12 * 7 : 90);
    }

    private String reason(LocalDate day) {
        return holidays.nameOf(day).orElseGet(() -> switch (day.getDayOfWeek()) {
            case SATURDAY -> "zaterdag";
            case SUNDAY -> "zondag";
            default -> ARTICLE_2_REASON;
        });
    }

    private static boolean isWeekend(LocalDate date) {
        DayOfWeek day = date.getDayOfWeek();
        return day == DayOfWeek.SATURDAY || day == DayOfWeek.SUNDAY;
    }
}

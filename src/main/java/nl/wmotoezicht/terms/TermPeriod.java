package nl.wmotoezicht.terms;

import java.time.Period;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The length of a term: an ISO-8601 period of years, months, weeks and days ({@link Period}, e.g. {@code P6W},
 * {@code P3M}, {@code P1Y}, {@code P90D}), or a number of working days in the notation {@code PnWD}
 * (e.g. {@code P10WD}: ten days that are not a Saturday, Sunday or public holiday).
 *
 * <p>Terms in hours ({@code PT24H}) are out of scope: {@link Period} cannot represent them, and art. 4 Atw
 * excludes them from extension anyway. They are rejected.
 *
 * @param text        the period as given (stripped of surrounding blanks)
 * @param period      the calendar period; {@link Period#ZERO} for a working-day term
 * @param workingDays the number of working days of a {@code PnWD} term; 0 for a calendar period
 * @param inWeeks     whether the text counts in weeks, which matters for the twelve-week limit of art. 4 Atw
 */
public record TermPeriod(String text, Period period, int workingDays, boolean inWeeks) {

    /** Upper limit for {@code PnWD}, so that a request cannot keep the calendar counting for ages. */
    public static final int MAX_WORKING_DAYS = 10_000;
    /** Upper limit for any other term: no Awb or Wmo term comes near it, and dates stay far from overflow. */
    public static final int MAX_YEARS = 100;
    private static final long MAX_DAYS = MAX_YEARS * 366L;

    private static final Pattern WORKING_DAYS = Pattern.compile("P(\\d{1,9})WD", Pattern.CASE_INSENSITIVE);
    private static final Pattern HOURS = Pattern.compile("-?P[^T]*T.*", Pattern.CASE_INSENSITIVE);
    private static final String EXAMPLES =
            "gebruik ISO-8601, bijvoorbeeld P6W, P3M, P1Y of P90D, of PnWD voor werkdagen (bijvoorbeeld P10WD)";

    /**
     * Parses a term.
     *
     * @throws IllegalArgumentException with a Dutch message when the text is empty, invalid, in hours, zero or negative
     */
    public static TermPeriod parse(String text) {
        if (text == null || text.isBlank()) {
            throw new IllegalArgumentException("Termijn ontbreekt; " + EXAMPLES + ".");
        }
        String given = text.strip();
        Matcher workingDays = WORKING_DAYS.matcher(given);
        if (workingDays.matches()) {
            int n = Integer.parseInt(workingDays.group(1));
            if (n == 0) {
                throw new IllegalArgumentException("Termijn '" + given + "' moet langer zijn dan nul werkdagen.");
            }
            if (n > MAX_WORKING_DAYS) {
                throw new IllegalArgumentException("Termijn '" + given + "' is te lang: ten hoogste "
                        + MAX_WORKING_DAYS + " werkdagen.");
            }
            return new TermPeriod(given, Period.ZERO, n, false);
        }
        if (HOURS.matcher(given).matches()) {
            throw new IllegalArgumentException("Termijn '" + given
                    + "' is in uren of minuten; zulke termijnen worden niet ondersteund (" + EXAMPLES + ").");
        }
        Period period;
        try {
            period = Period.parse(given);
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException("Ongeldige termijn '" + given + "'; " + EXAMPLES + ".");
        }
        if (period.getYears() < 0 || period.getMonths() < 0 || period.getDays() < 0) {
            throw new IllegalArgumentException("Termijn '" + given + "' mag niet negatief zijn.");
        }
        if (period.isZero()) {
            throw new IllegalArgumentException("Termijn '" + given + "' moet langer zijn dan nul dagen.");
        }
        if (period.getYears() * 366L + period.getMonths() * 31L + period.getDays() > MAX_DAYS) {
            throw new IllegalArgumentException("Termijn '" + given + "' is te lang: ten hoogste "
                    + MAX_YEARS + " jaar.");
        }
        return new TermPeriod(given, period, 0, given.toUpperCase(Locale.ROOT).contains("W"));
    }

    /** Whether this is a {@code PnWD} term counted in working days. */
    public boolean isWorkingDays() {
        return workingDays > 0;
    }

    @Override
    public String toString() {
        return text;
    }
}

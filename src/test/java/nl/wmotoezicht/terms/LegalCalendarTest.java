package nl.wmotoezicht.terms;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Dates verified with java.time and an independent reference (python dateutil). */
class LegalCalendarTest {

    static final Map<LocalDate, String> DECREE = Map.of(
            LocalDate.of(2026, 1, 2), "Vrijdag na Nieuwjaarsdag",
            LocalDate.of(2026, 5, 15), "Vrijdag na Hemelvaartsdag");

    private final LegalCalendar calendar = new LegalCalendar(new PublicHolidays(DECREE));
    private final LegalCalendar withoutDecrees = new LegalCalendar(PublicHolidays.withoutDecrees());

    @ParameterizedTest(name = "{5}: {0} + {1} (statutory={2}) -> {4}")
    @CsvSource(textBlock = """
            # from,     period, statutory, unextended, ends,       case
            2026-12-01, P6W,    true,  2027-01-12, 2027-01-12, example of the issue: Tuesday - no extension
            2026-03-07, P2W,    true,  2026-03-21, 2026-03-23, ends Saturday -> Monday (art. 1)
            2026-03-08, P2W,    true,  2026-03-22, 2026-03-23, ends Sunday -> Monday (art. 1)
            2027-03-15, P2W,    true,  2027-03-29, 2027-03-30, ends Tweede Paasdag 2027
            2027-03-12, P2W,    true,  2027-03-26, 2027-03-30, ends Goede Vrijdag 2027 -> past Easter
            2026-04-30, P2W,    true,  2026-05-14, 2026-05-18, ends Hemelvaartsdag -> decree Friday and weekend
            2026-05-11, P2W,    true,  2026-05-25, 2026-05-26, ends Tweede Pinksterdag 2026
            2026-12-11, P2W,    true,  2026-12-25, 2026-12-28, ends Eerste Kerstdag (Friday) -> Monday
            2025-12-18, P2W,    true,  2026-01-01, 2026-01-05, ends Nieuwjaarsdag 2026 -> decree Friday and weekend
            2026-12-18, P2W,    true,  2027-01-01, 2027-01-04, ends Nieuwjaarsdag 2027 (Friday) -> Monday
            2026-04-13, P2W,    true,  2026-04-27, 2026-04-28, ends Koningsdag 2026 (Monday)
            2026-04-21, P2W,    true,  2026-05-05, 2026-05-06, ends Bevrijdingsdag 2026 (not a lustrum year)
            2026-03-07, P13W,   true,  2026-06-06, 2026-06-06, more than 12 weeks: not extended (art. 4)
            2026-03-07, P12W,   true,  2026-05-30, 2026-06-01, 12 weeks: extended
            2026-03-07, P3M,    true,  2026-06-07, 2026-06-08, 3 months: extended
            2026-03-04, P4M,    true,  2026-07-04, 2026-07-04, more than 3 months: not extended (art. 4)
            2026-03-08, P90D,   true,  2026-06-06, 2026-06-08, 90 days: extended
            2026-03-07, P91D,   true,  2026-06-06, 2026-06-06, more than 90 days: not extended (art. 4)
            2025-03-07, P1Y,    true,  2026-03-07, 2026-03-07, a year: not extended (art. 4)
            2026-03-07, P2W,    false, 2026-03-21, 2026-03-21, term set in a decision: not extended
            2026-12-23, P3D,    true,  2026-12-26, 2026-12-28, 3 days from Wednesday before Christmas: art. 1 suffices
            2026-12-24, P3D,    true,  2026-12-27, 2026-12-29, 3 days from Thursday before Christmas: art. 2 adds Tuesday
            2026-03-06, P3D,    true,  2026-03-09, 2026-03-10, 3 days from a Friday: art. 2 adds Tuesday
            2027-03-25, P3D,    true,  2027-03-28, 2027-03-31, 3 days from Thursday before Easter: art. 2 adds Wednesday
            2026-03-06, P2D,    true,  2026-03-08, 2026-03-09, 2 days: only art. 1
            2026-04-01, P3WD,   true,  2026-04-08, 2026-04-08, working days across Easter 2026
            2026-04-01, P3WD,   false, 2026-04-08, 2026-04-08, working days are the same in a decision
            """)
    void computesTheLastDay(LocalDate from, String period, boolean statutory, LocalDate unextended, LocalDate ends,
                            String description) {
        Term term = calendar.compute(from, TermPeriod.parse(period), statutory);

        assertThat(term.unextendedEnd()).as("unextended end").isEqualTo(unextended);
        assertThat(term.ends()).as("ends").isEqualTo(ends);
        assertThat(term.from()).isEqualTo(from);
        assertThat(term.period()).isEqualTo(period);
        assertThat(term.statutory()).isEqualTo(statutory);
        assertThat(term.extendedBy()).hasSize((int) (ends.toEpochDay() - unextended.toEpochDay()));
    }

    @ParameterizedTest(name = "without decree days: {0} + {1} -> {2}")
    @CsvSource({
            "2026-04-30, P2W, 2026-05-15",
            "2025-12-18, P2W, 2026-01-02",
    })
    void decreeDaysComeOnlyFromTheData(LocalDate from, String period, LocalDate ends) {
        assertThat(withoutDecrees.compute(from, TermPeriod.parse(period), true).ends()).isEqualTo(ends);
    }

    @Test
    void namesEachDayOfTheExtension() {
        Term term = calendar.compute(LocalDate.of(2026, 12, 11), TermPeriod.parse("P2W"), true);

        assertThat(term.extendedBy()).containsExactly(
                new Term.Extension(LocalDate.of(2026, 12, 25), "Eerste Kerstdag"),
                new Term.Extension(LocalDate.of(2026, 12, 26), "Tweede Kerstdag"),
                new Term.Extension(LocalDate.of(2026, 12, 27), "zondag"));
    }

    @Test
    void namesWeekendAndDecreeDays() {
        Term term = calendar.compute(LocalDate.of(2026, 4, 30), TermPeriod.parse("P2W"), true);

        assertThat(term.extendedBy()).containsExactly(
                new Term.Extension(LocalDate.of(2026, 5, 14), "Hemelvaartsdag"),
                new Term.Extension(LocalDate.of(2026, 5, 15), "Vrijdag na Hemelvaartsdag"),
                new Term.Extension(LocalDate.of(2026, 5, 16), "zaterdag"),
                new Term.Extension(LocalDate.of(2026, 5, 17), "zondag"));
    }

    @Test
    void namesTheDayAddedByArticle2() {
        Term term = calendar.compute(LocalDate.of(2026, 12, 24), TermPeriod.parse("P3D"), true);

        assertThat(term.extendedBy()).containsExactly(
                new Term.Extension(LocalDate.of(2026, 12, 27), "zondag"),
                new Term.Extension(LocalDate.of(2026, 12, 28), LegalCalendar.ARTICLE_2_REASON));
    }

    @Test
    void exampleOfTheIssueHasNoExtension() {
        Term term = calendar.compute(LocalDate.of(2026, 12, 1), TermPeriod.parse("P6W"), true);

        assertThat(term.ends()).isEqualTo(LocalDate.of(2027, 1, 12));
        assertThat(term.extendedBy()).isEmpty();
    }

    @ParameterizedTest(name = "backwards: {0} - {1} -> {2}")
    @CsvSource({
            "2027-01-08, P1W,  2027-01-01",   // lands on Nieuwjaarsdag: not extended (art. 1 lid 2)
            "2026-03-22, P2W,  2026-03-08",   // Sunday to Sunday
            "2026-04-08, P3WD, 2026-04-01",   // working days back across Easter 2026
    })
    void aTermCountedBackwardsIsNeverExtended(LocalDate from, String period, LocalDate ends) {
        Term term = calendar.computeBackwards(from, TermPeriod.parse(period), true);

        assertThat(term.ends()).isEqualTo(ends);
        assertThat(term.unextendedEnd()).isEqualTo(ends);
        assertThat(term.extendedBy()).isEmpty();
    }

    @ParameterizedTest(name = "{0} is a working day: {1}")
    @CsvSource({
            "2026-03-20, true",    // Friday
            "2026-03-21, false",   // Saturday
            "2026-03-22, false",   // Sunday
            "2026-04-03, false",   // Goede Vrijdag
            "2026-04-06, false",   // Tweede Paasdag
            "2026-04-07, true",    // Tuesday after Easter
            "2026-01-02, false",   // by decree
            "2027-01-04, true",    // Monday
    })
    void knowsWorkingDays(LocalDate date, boolean working) {
        assertThat(calendar.isWorkingDay(date)).isEqualTo(working);
    }

    @ParameterizedTest(name = "{0} plus {1} working days -> {2}")
    @CsvSource({
            "2026-04-01,  3, 2026-04-08",   // across Goede Vrijdag, weekend, Tweede Paasdag
            "2026-04-01,  0, 2026-04-01",
            "2026-04-08, -3, 2026-04-01",
            "2026-12-24,  1, 2026-12-28",   // across Christmas 2026
            "2026-03-06, 10, 2026-03-20",   // two full weeks from a Friday
    })
    void addsWorkingDays(LocalDate from, int n, LocalDate expected) {
        assertThat(calendar.plusWorkingDays(from, n)).isEqualTo(expected);
    }
}

package nl.wmotoezicht.terms;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZonedDateTime;
import java.util.Date;

import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Europe/Amsterdam is +01:00 in winter and +02:00 from 29 March 2026 until 25 October 2026. */
class TermExpressionsTest {

    private final TermExpressions terms =
            new TermExpressions(new LegalCalendar(new PublicHolidays(LegalCalendarTest.DECREE)));

    @AfterEach
    void resetClock() {
        ClockUtil.reset();
    }

    @ParameterizedTest(name = "clock {0}, {1} working days -> {2}")
    @CsvSource({
            "2026-04-01T10:00:00+02:00, 3, 2026-04-08T17:00:00+02:00",   // across Easter 2026
            "2026-04-01T10:00:00+02:00, 0, 2026-04-01T17:00:00+02:00",
            "2026-03-31T23:30:00Z,      1, 2026-04-02T17:00:00+02:00",   // already 1 April in Amsterdam
            "2026-12-24T16:00:00+01:00, 1, 2026-12-28T17:00:00+01:00",   // across Christmas 2026
    })
    void workingDaysFromTodayFollowsTheCamundaClock(String now, int n, String due) {
        ClockUtil.setCurrentTime(date(now));

        assertThat(terms.workingDaysFromToday(n)).isEqualTo(date(due));
    }

    @Test
    void statutoryEndIsTheLastDayAtFiveAndTheTimerTheNextMidnight() {
        Date sent = date("2026-12-11T14:25:00+01:00");

        assertThat(terms.statutoryEnd(sent, "P2W")).isEqualTo(date("2026-12-28T17:00:00+01:00"));
        assertThat(terms.statutoryEndTimer(sent, "P2W")).isEqualTo(date("2026-12-29T00:00:00+01:00"));
    }

    @Test
    void decisionEndIsNotExtended() {
        assertThat(terms.decisionEnd("2026-03-07", "P2W")).isEqualTo(date("2026-03-21T17:00:00+01:00"));
        assertThat(terms.decisionEndTimer("2026-03-07", "P2W")).isEqualTo(date("2026-03-22T00:00:00+01:00"));
    }

    @Test
    void customaryDueDatesNeverFallOnADayOff() {
        // 5 December 2026 + 6 weeks = Saturday 16 January 2027: due Monday 18 January
        assertThat(terms.customaryEnd("2026-12-05", "P6W")).isEqualTo(date("2027-01-18T17:00:00+01:00"));
        // Thursday 30 April 2026 + 2 weeks = Ascension Day, then Friday 15 May by decree: due Monday 18 May
        assertThat(terms.customaryEnd("2026-04-30", "P2W")).isEqualTo(date("2026-05-18T17:00:00+02:00"));
        // a working day stays
        assertThat(terms.customaryEnd("2026-12-01", "P6W")).isEqualTo(date("2027-01-12T17:00:00+01:00"));
    }

    @Test
    void acceptsDatesOfSeveralTypes() {
        Date expected = date("2027-01-12T17:00:00+01:00");

        assertThat(terms.statutoryEnd(date("2026-12-01T23:59:00+01:00"), "P6W")).isEqualTo(expected);
        assertThat(terms.statutoryEnd(date("2026-11-30T23:30:00Z"), "P6W")).isEqualTo(expected);
        assertThat(terms.statutoryEnd(LocalDate.of(2026, 12, 1), "P6W")).isEqualTo(expected);
        assertThat(terms.statutoryEnd("2026-12-01", "P6W")).isEqualTo(expected);
        assertThat(terms.statutoryEnd("2026-12-01T08:00:00+01:00", "P6W")).isEqualTo(expected);
        assertThat(terms.statutoryEnd(java.sql.Date.valueOf("2026-12-01"), "P6W")).isEqualTo(expected);
        assertThat(terms.statutoryEnd(ZonedDateTime.parse("2026-12-01T08:00:00+01:00[Europe/Amsterdam]"), "P6W"))
                .isEqualTo(expected);
    }

    @Test
    void plainArithmeticKeepsTheTimeOfDay() {
        assertThat(terms.plusPeriod(date("2026-03-07T09:30:00+01:00"), "P1M"))
                .isEqualTo(date("2026-04-07T09:30:00+02:00"));
        assertThat(terms.plusPeriod("2026-03-07", "P2W")).isEqualTo(date("2026-03-21T00:00:00+01:00"));
        assertThat(terms.plusPeriod("2026-04-01", "P3WD")).isEqualTo(date("2026-04-08T00:00:00+02:00"));
        assertThat(terms.minusDays(date("2026-04-08T09:30:00+02:00"), 10))
                .isEqualTo(date("2026-03-29T09:30:00+02:00"));
        assertThat(terms.minusDays("2027-01-08", 7)).isEqualTo(date("2027-01-01T00:00:00+01:00"));
    }

    @Test
    void rejectsBadInput() {
        assertThatThrownBy(() -> terms.statutoryEnd(null, "P6W"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("Datum ontbreekt");
        assertThatThrownBy(() -> terms.statutoryEnd("01-12-2026", "P6W"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("Ongeldige datum '01-12-2026'");
        assertThatThrownBy(() -> terms.statutoryEnd(42, "P6W"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("java.lang.Integer");
        assertThatThrownBy(() -> terms.statutoryEnd("2026-12-01", "6W"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("Ongeldige termijn '6W'");
    }

    private static Date date(String isoDateTime) {
        return Date.from(OffsetDateTime.parse(isoDateTime).toInstant());
    }
}

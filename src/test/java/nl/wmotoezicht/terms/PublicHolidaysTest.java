package nl.wmotoezicht.terms;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.core.io.ClassPathResource;

/** Dates verified with java.time and an independent reference (python dateutil.easter, years 1583-4099). */
class PublicHolidaysTest {

    private final PublicHolidays holidays = new PublicHolidays(LegalCalendarTest.DECREE);

    @ParameterizedTest(name = "Easter {0} is {1}")
    @CsvSource({
            "1818, 1818-03-22",   // earliest possible date
            "2000, 2000-04-23",
            "2016, 2016-03-27",
            "2024, 2024-03-31",
            "2025, 2025-04-20",
            "2026, 2026-04-05",
            "2027, 2027-03-28",
            "2038, 2038-04-25",   // latest possible date
            "2285, 2285-03-22",
    })
    void computesEasterSunday(int year, LocalDate easter) {
        assertThat(PublicHolidays.easterSunday(year)).isEqualTo(easter);
        assertThat(easter.getDayOfWeek()).isEqualTo(DayOfWeek.SUNDAY);
    }

    @ParameterizedTest(name = "{0} is {1}")
    @CsvSource({
            "2026-01-01, Nieuwjaarsdag",
            "2026-01-02, Vrijdag na Nieuwjaarsdag",
            "2026-04-03, Goede Vrijdag",
            "2026-04-05, Eerste Paasdag",
            "2026-04-06, Tweede Paasdag",
            "2026-04-27, Koningsdag",
            "2026-05-05, Bevrijdingsdag",
            "2026-05-14, Hemelvaartsdag",
            "2026-05-15, Vrijdag na Hemelvaartsdag",
            "2026-05-24, Eerste Pinksterdag",
            "2026-05-25, Tweede Pinksterdag",
            "2026-12-25, Eerste Kerstdag",
            "2026-12-26, Tweede Kerstdag",
            "2027-03-26, Goede Vrijdag",
            "2027-03-29, Tweede Paasdag",
            "2027-05-06, Hemelvaartsdag",
            "2027-05-17, Tweede Pinksterdag",
            "2025-04-26, Koningsdag",          // 27 April 2025 is a Sunday
            "2031-04-26, Koningsdag",          // 27 April 2031 is a Sunday
            "2027-05-05, Bevrijdingsdag",      // 5 May is a holiday every year, not only in lustrum years
            "2029-05-05, Bevrijdingsdag",
            "2016-05-05, Bevrijdingsdag en Hemelvaartsdag",
    })
    void namesHolidays(LocalDate date, String name) {
        assertThat(holidays.isPublicHoliday(date)).isTrue();
        assertThat(holidays.nameOf(date)).contains(name);
    }

    @ParameterizedTest(name = "{0} is not a holiday")
    @CsvSource({
            "2025-04-27",   // Sunday, King's Day moved to the 26th
            "2026-04-26",
            "2026-04-07",
            "2027-01-02",   // decree days belong to their year only
            "2026-12-31",
    })
    void knowsOrdinaryDays(LocalDate date) {
        assertThat(holidays.isPublicHoliday(date)).isFalse();
        assertThat(holidays.nameOf(date)).isEmpty();
    }

    @Test
    void listsTheHolidaysOfAYear() {
        assertThat(holidays.ofYear(2026)).hasSize(13).containsEntry(LocalDate.of(2026, 1, 2), "Vrijdag na Nieuwjaarsdag");
        assertThat(PublicHolidays.withoutDecrees().ofYear(2026)).hasSize(11);
        assertThat(holidays.ofYear(2026).firstKey()).isEqualTo(LocalDate.of(2026, 1, 1));
    }

    @Test
    void readsTheDecreeDaysShippedWithTheApplication() {
        PublicHolidays shipped = new PublicHolidays(new ClassPathResource("terms/holidays-by-decree.csv"));

        assertThat(shipped.byDecree()).containsKeys(LocalDate.of(2026, 1, 2), LocalDate.of(2026, 5, 15));
        assertThat(shipped.isPublicHoliday(LocalDate.of(2026, 5, 15))).isTrue();
    }

    @Test
    void readsHeaderCommentsBomAndQuotes() {
        Map<LocalDate, String> days = PublicHolidays.readDecreeHolidays(csv("""
                \uFEFF# comment
                date,name

                2026-01-02, Vrijdag na Nieuwjaarsdag   # Stcrt. example
                2026-05-15,"Vrijdag na Hemelvaartsdag"
                """));

        assertThat(days).containsExactly(
                Map.entry(LocalDate.of(2026, 1, 2), "Vrijdag na Nieuwjaarsdag"),
                Map.entry(LocalDate.of(2026, 5, 15), "Vrijdag na Hemelvaartsdag"));
    }

    @ParameterizedTest(name = "{1}")
    @CsvSource(delimiter = '|', textBlock = """
            2026-13-01,Onzin                       | ongeldige datum
            2026-02-30,Onzin                       | ongeldige datum
            02-01-2026,Onzin                       | ongeldige datum
            2026-01-02                             | twee kolommen
            2026-01-02,Vrijdag,besluit 2025        | twee kolommen
            2026-01-02,                            | naam ontbreekt
            2026-01-01,Vrijdag na Nieuwjaarsdag    | ook op regel 3
            """)
    void rejectsABadLineNamingIt(String badLine, String problem) {
        ByteArrayResource file = csv("# decree days\ndate,name\n2026-01-01,Nieuwjaarsdag bis\n" + badLine + "\n");

        assertThatThrownBy(() -> PublicHolidays.readDecreeHolidays(file))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("regel 4")
                .hasMessageContaining(badLine.strip())
                .hasMessageContaining(problem);
    }

    @Test
    void failsOnAMissingFile() {
        assertThatThrownBy(() -> new PublicHolidays(new ClassPathResource("terms/does-not-exist.csv")))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("does-not-exist.csv");
    }

    private static ByteArrayResource csv(String content) {
        return new ByteArrayResource(content.getBytes(StandardCharsets.UTF_8), "test csv");
    }
}

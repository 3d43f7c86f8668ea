package nl.wmotoezicht.terms;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.core.io.ClassPathResource;

/**
 * The shipped {@code terms/holidays-by-decree.csv}: every day equated with a public holiday by the decrees in force
 * for 2025-2028 (art. 3 lid 3 Atw), and terms computed with it.
 */
class DecreeHolidaysDataTest {

  private final Map<LocalDate, String> byDecree =
      PublicHolidays.readDecreeHolidays(new ClassPathResource(PublicHolidays.DEFAULT_LOCATION.substring("classpath:".length())));
  private final LegalCalendar calendar = new LegalCalendar(new PublicHolidays(byDecree));

  @Test
  void listsEveryDayOfTheDecreesFor2025To2028() {
    assertThat(byDecree.keySet()).containsExactlyInAnyOrder(
        LocalDate.of(2025, 5, 30), // Besluit gelijkstelling ... 27 december 2024 en 30 mei 2025
        LocalDate.of(2026, 1, 2), LocalDate.of(2026, 5, 15), LocalDate.of(2027, 5, 7), LocalDate.of(2028, 4, 28),
        LocalDate.of(2028, 5, 26)); // Besluit gelijkstelling van 2 januari 2026, ... en 26 mei 2028
    assertThat(byDecree.keySet()).allMatch(day -> day.getDayOfWeek() == DayOfWeek.FRIDAY);
    assertThat(byDecree.get(LocalDate.of(2027, 5, 7))).isEqualTo("Vrijdag na Hemelvaartsdag (gelijkgesteld bij besluit)");
  }

  @Test
  void twoWeeksFrom21April2027EndOn10May2027() {
    // 5 May 2027 (every year), Ascension Day 6 May, Friday 7 May by decree, the weekend: Monday 10 May
    Term term = calendar.compute(LocalDate.of(2027, 4, 21), TermPeriod.parse("P2W"), true);
    assertThat(term.unextendedEnd()).isEqualTo(LocalDate.of(2027, 5, 5));
    assertThat(term.ends()).isEqualTo(LocalDate.of(2027, 5, 10));
  }

  @Test
  void theDecreeDaysOf2028ExtendTerms() {
    // six weeks from Thursday 16 March 2028 end on King's Day; Friday 28 April by decree; the weekend
    assertThat(calendar.compute(LocalDate.of(2028, 3, 16), TermPeriod.parse("P6W"), true).ends())
        .isEqualTo(LocalDate.of(2028, 5, 1));
    // two weeks from Friday 12 May 2028 end on Friday 26 May 2028 (after Ascension Day): Monday 29 May
    assertThat(calendar.compute(LocalDate.of(2028, 5, 12), TermPeriod.parse("P2W"), true).ends())
        .isEqualTo(LocalDate.of(2028, 5, 29));
    assertThat(calendar.compute(LocalDate.of(2025, 5, 16), TermPeriod.parse("P2W"), true).ends())
        .isEqualTo(LocalDate.of(2025, 6, 2));
  }
}

package nl.wmotoezicht.kernel;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.Date;
import org.junit.jupiter.api.Test;

class DutchDatesTest {

  @Test
  void formatsDatesInDutch() {
    DutchDates dates = new DutchDates();

    assertThat(dates.format("2026-12-15")).isEqualTo("15 december 2026");
    assertThat(dates.format("2026-03-01")).isEqualTo("1 maart 2026");
    assertThat(dates.format("2026-11-21T09:15:00+01:00")).isEqualTo("21 november 2026");
    // a Date is shown as the day in the Netherlands: 23:30 UTC is already the next day there
    assertThat(dates.format(Date.from(Instant.parse("2026-11-19T23:30:00Z")))).isEqualTo("20 november 2026");
    assertThat(dates.format(Date.from(Instant.parse("2026-07-01T21:59:00Z")))).isEqualTo("1 juli 2026");
    assertThat(dates.format(Date.from(Instant.parse("2026-07-01T22:00:00Z")))).isEqualTo("2 juli 2026");
  }

  @Test
  void showsWhatIsNoDateAsItIs() {
    DutchDates dates = new DutchDates();

    assertThat(dates.format(null)).isEmpty();
    assertThat(dates.format("gisteren")).isEqualTo("gisteren");
    assertThat(dates.format("20-11-2026")).isEqualTo("20-11-2026");
    assertThat(dates.format("binnenkort, na overleg")).isEqualTo("binnenkort, na overleg");
    assertThat(dates.format(42)).isEqualTo("42");
  }
}

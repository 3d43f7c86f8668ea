package nl.wmotoezicht.kernel;

import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Date;
import java.util.Locale;

/** Dates as Dutch readers expect them in letters: "20 november 2026". Available in templates as {@code dates}. */
public class DutchDates {

  private static final DateTimeFormatter LONG = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.forLanguageTag("nl-NL"));
  private static final ZoneId ZONE = ZoneId.of("Europe/Amsterdam");

  /** Formats an ISO date text or a {@link Date}; anything else is shown as it is. */
  public String format(Object value) {
    if (value instanceof Date date) {
      return LONG.format(LocalDate.ofInstant(date.toInstant(), ZONE));
    }
    if (value instanceof String text && text.length() >= 10) {
      try {
        return LONG.format(LocalDate.parse(text.substring(0, 10)));
      } catch (java.time.format.DateTimeParseException e) {
        return text;
      }
    }
    return value == null ? "" : value.toString();
  }
}

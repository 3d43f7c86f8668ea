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

  /**
   * The last day of a term, labelled as such: "2 januari 2027 (laatste dag)". Every letter, mail and form shows a
   * term by its last day (docs/termijnen.md, "One date, one meaning"), never by the day after.
   */
  public String lastDay(Object value) {
    String text = format(value);
    return text.isEmpty() ? text : text + " (laatste dag)";
  }

  /** The day after a date (e.g. the first day of verzuim after the last day to pay), formatted. */
  public String dayAfter(Object value) {
    if (value instanceof String text && text.length() >= 10) {
      try {
        return LONG.format(LocalDate.parse(text.substring(0, 10)).plusDays(1));
      } catch (java.time.format.DateTimeParseException e) {
        return text;
      }
    }
    if (value instanceof Date date) {
      return LONG.format(LocalDate.ofInstant(date.toInstant(), ZONE).plusDays(1));
    }
    return value == null ? "" : value.toString();
  }
}

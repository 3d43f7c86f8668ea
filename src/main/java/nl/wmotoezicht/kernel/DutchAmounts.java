package nl.wmotoezicht.kernel;

import java.math.BigDecimal;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.Locale;

/** Euro amounts as Dutch readers expect them in letters: "2.500,00". Available in templates as {@code amounts}. */
public class DutchAmounts {

  /** Formats a number or a numeric text; anything else is shown as it is. */
  public String format(Object value) {
    if (value == null) {
      return "";
    }
    try {
      BigDecimal amount = new BigDecimal(value.toString().strip());
      DecimalFormat format = new DecimalFormat("#,##0.00", DecimalFormatSymbols.getInstance(Locale.forLanguageTag("nl-NL")));
      format.setParseBigDecimal(true);
      return format.format(amount);
    } catch (NumberFormatException e) {
      return value.toString();
    }
  }
}

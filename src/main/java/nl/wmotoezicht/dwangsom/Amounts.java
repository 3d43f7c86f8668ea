package nl.wmotoezicht.dwangsom;

import java.math.BigDecimal;
import java.math.RoundingMode;

/** Money as the forms and messages send it (a number or a text) into exact euros with cents. */
final class Amounts {

  private Amounts() {
  }

  /** The amount with two decimals, or null when the value is no amount. */
  static BigDecimal parse(Object value) {
    if (value == null) {
      return null;
    }
    try {
      BigDecimal amount = value instanceof BigDecimal decimal ? decimal : new BigDecimal(value.toString().strip());
      return amount.setScale(2, RoundingMode.HALF_UP);
    } catch (NumberFormatException e) {
      return null;
    }
  }

  static String text(BigDecimal amount) {
    return amount.setScale(2, RoundingMode.HALF_UP).toPlainString();
  }
}

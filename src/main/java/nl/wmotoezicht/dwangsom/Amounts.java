package nl.wmotoezicht.dwangsom;

import java.math.BigDecimal;
import java.math.RoundingMode;

/** Money as the forms and messages send it (a number or a text) into exact euros with cents. */
final class Amounts {

  /** The largest amount a form may give (a dwangsom, its maximum): far above any real one, far from overflow. */
  static final BigDecimal MAXIMUM = new BigDecimal("10000000.00");

  private Amounts() {
  }

  /** The amount with two decimals, or null when the value is no amount. */
  static BigDecimal parse(Object value) {
    if (value == null) {
      return null;
    }
    try {
      BigDecimal amount = value instanceof BigDecimal decimal ? decimal : new BigDecimal(value.toString().strip());
      if (amount.abs().compareTo(MAXIMUM.movePointRight(3)) > 0) {
        return amount.signum() > 0 ? MAXIMUM.add(BigDecimal.ONE) : null; // 1e308: never scaled to cents
      }
      return amount.setScale(2, RoundingMode.HALF_UP);
    } catch (NumberFormatException e) {
      return null;
    }
  }

  static String text(BigDecimal amount) {
    return amount.setScale(2, RoundingMode.HALF_UP).toPlainString();
  }
}

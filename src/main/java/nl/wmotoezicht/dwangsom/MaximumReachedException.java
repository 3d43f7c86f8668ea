package nl.wmotoezicht.dwangsom;

import java.math.BigDecimal;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.Locale;

/**
 * Nothing more can be forfeited under a case: its forfeitures already reach the dwangsom's maximum
 * (art. 5:32b lid 2 Awb). Thrown before anything is written, so the caller's transaction can go on.
 */
public class MaximumReachedException extends RuntimeException {

  private final String caseNumber;
  private final BigDecimal maximum;

  public MaximumReachedException(String caseNumber, BigDecimal maximum) {
    super("Het maximum van de dwangsom (" + euros(maximum) + ") is voor zaak " + caseNumber
        + " bereikt; er kan niets meer worden verbeurd.");
    this.caseNumber = caseNumber;
    this.maximum = maximum;
  }

  public String caseNumber() {
    return caseNumber;
  }

  public BigDecimal maximum() {
    return maximum;
  }

  /** "€ 2.500,00". */
  static String euros(BigDecimal amount) {
    DecimalFormat format = new DecimalFormat("#,##0.00", DecimalFormatSymbols.getInstance(Locale.forLanguageTag("nl-NL")));
    format.setParseBigDecimal(true);
    return "€ " + format.format(amount);
  }
}

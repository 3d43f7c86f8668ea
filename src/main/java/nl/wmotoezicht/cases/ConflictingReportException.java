package nl.wmotoezicht.cases;

import org.camunda.bpm.engine.BadUserRequestException;

/**
 * A report whose idempotency key (sender plus reference) started a case before, with different contents: never a
 * silent duplicate. Both REST paths answer 409; the first case is named only to a caller who may see it.
 */
public class ConflictingReportException extends BadUserRequestException {

  private final String reference;
  private final String caseNumber;

  public ConflictingReportException(String reference, String caseNumber) {
    super("Referentie '" + reference + "' is al gebruikt voor een andere melding");
    this.reference = reference;
    this.caseNumber = caseNumber;
  }

  public String reference() {
    return reference;
  }

  /** The case the first report started; say it only to a caller who may see that case. */
  public String caseNumber() {
    return caseNumber;
  }
}

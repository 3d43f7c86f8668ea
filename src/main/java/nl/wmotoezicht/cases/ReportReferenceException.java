package nl.wmotoezicht.cases;

import org.camunda.bpm.engine.BadUserRequestException;

/** A report whose idempotency key (sender plus reference) was received before, with the case it started. */
public abstract class ReportReferenceException extends BadUserRequestException {

  private final String reference;
  private final String caseNumber;

  /** The sender's reference. */
  public String reference() {
    return reference;
  }

  /** The case the first report started; say it only to a caller who may see that case. */
  public String caseNumber() {
    return caseNumber;
  }

  protected ReportReferenceException(String message, String reference, String caseNumber) {
    super(message);
    this.reference = reference;
    this.caseNumber = caseNumber;
  }
}

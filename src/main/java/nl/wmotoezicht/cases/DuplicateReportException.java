package nl.wmotoezicht.cases;

import org.camunda.bpm.engine.BadUserRequestException;

/**
 * A report whose reference was received before: it starts nothing and points to the case the first
 * one started.
 */
public class DuplicateReportException extends BadUserRequestException {

  private final String reference;
  private final String caseNumber;

  public DuplicateReportException(String reference, String caseNumber) {
    super("Melding met referentie '" + reference + "' is al ontvangen als zaak " + caseNumber);
    this.reference = reference;
    this.caseNumber = caseNumber;
  }

  public String reference() {
    return reference;
  }

  public String caseNumber() {
    return caseNumber;
  }
}

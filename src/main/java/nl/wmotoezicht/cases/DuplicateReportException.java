package nl.wmotoezicht.cases;

/**
 * A report whose reference was received before: it starts nothing and points to the case the first
 * one started.
 */
public class DuplicateReportException extends ReportReferenceException {

  public DuplicateReportException(String reference, String caseNumber) {
    super("Melding met referentie '" + reference + "' is al ontvangen als zaak " + caseNumber, reference,
        caseNumber);
  }
}

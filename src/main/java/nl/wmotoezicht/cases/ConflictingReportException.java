package nl.wmotoezicht.cases;

/**
 * A report whose idempotency key (sender plus reference) started a case before, with different contents: never a
 * silent duplicate. Both REST paths answer 409; the first case is named only to a caller who may see it.
 */
public class ConflictingReportException extends ReportReferenceException {

  public ConflictingReportException(String reference, String caseNumber) {
    super("Referentie '" + reference + "' is al gebruikt voor een andere melding", reference, caseNumber);
  }
}

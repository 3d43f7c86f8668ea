package nl.wmotoezicht.cases;

import java.time.OffsetDateTime;
import java.time.ZoneId;
import nl.wmotoezicht.identity.Region;
import nl.wmotoezicht.kernel.CaseVariables;
import nl.wmotoezicht.kernel.ProcessVariable;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.springframework.stereotype.Component;

/**
 * The one registration of a new case, after its fields were checked: the case number (also the business key) and the
 * municipality's name; for an incoming report (a calamity, a signal) also the reporter's reference in the
 * idempotency register and the moment of receipt. Runs in the start transaction: a duplicate reference starts
 * nothing.
 */
@Component
public class CaseRegistration {

  /** The reporter's reference: the idempotency key of the intake. */
  public static final ProcessVariable<String> REPORTER_REFERENCE = ProcessVariable.string("reporterReference");
  public static final ProcessVariable<String> RECEIVED_AT = ProcessVariable.string("receivedAt");

  private final CaseNumbers caseNumbers;
  private final ReportReferences references;
  private final Region region;

  CaseRegistration(CaseNumbers caseNumbers, ReportReferences references, Region region) {
    this.caseNumbers = caseNumbers;
    this.references = references;
    this.region = region;
  }

  /**
   * Registers the case of this execution: its number, also the business key, and the municipality's name.
   *
   * @param casePrefix the prefix of the case number, e.g. {@code LOD}
   * @return the case number
   */
  public String registerCase(DelegateExecution execution, String casePrefix) {
    String caseNumber = caseNumbers.next(casePrefix);
    number(execution, caseNumber);
    return caseNumber;
  }

  /**
   * Registers the report of this execution as a new case.
   *
   * @param processKey the process the reference is unique within
   * @param casePrefix the prefix of the case number
   * @param reference the reporter's reference, or null/blank to use the case number itself (a report by hand)
   * @return the case number
   * @throws DuplicateReportException when the reference started a case before
   */
  public String registerReport(DelegateExecution execution, String processKey, String casePrefix, String reference) {
    String caseNumber = caseNumbers.next(casePrefix);
    String key = reference == null || reference.isBlank() ? caseNumber : reference;
    references.register(processKey, key, caseNumber);
    number(execution, caseNumber);
    REPORTER_REFERENCE.set(execution, key);
    RECEIVED_AT.set(execution, OffsetDateTime.ofInstant(ClockUtil.getCurrentTime().toInstant(),
        ZoneId.of("Europe/Amsterdam")).toString());
    return caseNumber;
  }

  private void number(DelegateExecution execution, String caseNumber) {
    execution.setProcessBusinessKey(caseNumber);
    CaseVariables.CASE_NUMBER.set(execution, caseNumber);
    CaseVariables.MUNICIPALITY_NAME.set(execution, region.municipalityName(CaseVariables.MUNICIPALITY_CODE.get(execution)));
  }
}

package nl.wmotoezicht.cases;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.HexFormat;
import java.util.Map;
import java.util.TreeMap;
import nl.wmotoezicht.identity.MunicipalityRights;
import nl.wmotoezicht.identity.Region;
import nl.wmotoezicht.kernel.CaseVariables;
import nl.wmotoezicht.kernel.ProcessVariable;
import nl.wmotoezicht.kernel.ReporterVariables;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.springframework.stereotype.Component;

/**
 * The one registration of a new case, after its fields were checked: the caller's right to the municipality, the
 * case number (also the business key, bound to the municipality in the case register) and the municipality's name;
 * for an incoming report (a calamity, a signal) also the idempotency key (sender plus reference) and the moment of
 * receipt. Runs in the start transaction: a duplicate or refused report starts nothing and draws no case number
 * (docs/security/tenancy.md).
 */
@Component
public class CaseRegistration {

  /** The reporter's reference: with the sender, the idempotency key of the intake. */
  public static final ProcessVariable<String> REPORTER_REFERENCE = ReporterVariables.REPORTER_REFERENCE;
  public static final ProcessVariable<String> RECEIVED_AT = ProcessVariable.string("receivedAt");
  /** The sender of work the engine does by itself (a hand-over between cases). */
  static final String SYSTEM_SENDER = "systeem";

  private final CaseNumbers caseNumbers;
  private final ReportReferences references;
  private final Region region;
  private final MunicipalityRights rights;
  private final IdentityService identityService;

  CaseRegistration(CaseNumbers caseNumbers, ReportReferences references, Region region, MunicipalityRights rights,
      IdentityService identityService) {
    this.caseNumbers = caseNumbers;
    this.references = references;
    this.region = region;
    this.rights = rights;
    this.identityService = identityService;
  }

  /**
   * Registers the case of this execution: its number, also the business key, and the municipality's name.
   *
   * @param casePrefix the prefix of the case number, e.g. {@code LOD}
   * @return the case number
   * @throws nl.wmotoezicht.identity.MunicipalityNotAllowedException when the caller may not act for the municipality
   */
  public String registerCase(DelegateExecution execution, String casePrefix) {
    String municipality = CaseVariables.MUNICIPALITY_CODE.get(execution);
    // only region-wide groups may start a case for any municipality (docs/security/tenancy.md)
    rights.requireMayActFor(municipality);
    String caseNumber = caseNumbers.issue(casePrefix, municipality, execution);
    number(execution, caseNumber);
    return caseNumber;
  }

  /**
   * Registers the report of this execution as a new case.
   *
   * @param processKey the process the key is unique within
   * @param casePrefix the prefix of the case number
   * @param reference the reporter's reference, or null/blank to use the case number itself (a report by hand)
   * @return the case number
   * @throws DuplicateReportException when the sender's reference started a case before with the same report
   * @throws ConflictingReportException when it did so with a different report
   * @throws nl.wmotoezicht.identity.MunicipalityNotAllowedException when the caller may not act for the municipality
   */
  public String registerReport(DelegateExecution execution, String processKey, String casePrefix, String reference) {
    String municipality = CaseVariables.MUNICIPALITY_CODE.get(execution);
    rights.requireMayActFor(municipality);
    String sender = sender();
    boolean byReference = reference != null && !reference.isBlank();
    if (byReference) {
      references.claim(processKey, sender, reference, digest(execution.getVariables()));
    }
    String caseNumber = caseNumbers.issue(casePrefix, municipality, execution);
    String key = byReference ? reference : caseNumber;
    if (!byReference) {
      references.claim(processKey, sender, key, null);
    }
    references.assign(processKey, sender, key, caseNumber);
    number(execution, caseNumber);
    if (!key.equals(REPORTER_REFERENCE.find(execution).orElse(null))) {
      // a report by hand: its case number is its reference; a report's own reference is not written again
      REPORTER_REFERENCE.set(execution, key);
    }
    RECEIVED_AT.set(execution, OffsetDateTime.ofInstant(ClockUtil.getCurrentTime().toInstant(),
        ZoneId.of("Europe/Amsterdam")).toString());
    return caseNumber;
  }

  private void number(DelegateExecution execution, String caseNumber) {
    execution.setProcessBusinessKey(caseNumber);
    CaseVariables.CASE_NUMBER.set(execution, caseNumber);
    CaseVariables.MUNICIPALITY_NAME.set(execution, region.municipalityName(CaseVariables.MUNICIPALITY_CODE.get(execution)));
  }

  private String sender() {
    Authentication caller = identityService.getCurrentAuthentication();
    return caller == null || caller.getUserId() == null ? SYSTEM_SENDER : caller.getUserId();
  }

  /** A digest of the report's fields (absent and null alike), to tell a repeat from a different report. */
  static String digest(Map<String, Object> report) {
    Map<String, String> sorted = new TreeMap<>();
    report.forEach((name, value) -> {
      if (value != null) {
        sorted.put(name, value.toString());
      }
    });
    try {
      MessageDigest sha = MessageDigest.getInstance("SHA-256");
      sorted.forEach((name, value) -> {
        sha.update(name.getBytes(StandardCharsets.UTF_8));
        sha.update((byte) 0);
        sha.update(value.getBytes(StandardCharsets.UTF_8));
        sha.update((byte) 0);
      });
      return HexFormat.of().formatHex(sha.digest());
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}

package nl.wmotoezicht.calamity;

import static nl.wmotoezicht.calamity.CalamityProcess.Variables.*;

import java.util.List;
import java.util.Map;
import java.util.Set;
import nl.wmotoezicht.identity.Region;
import nl.wmotoezicht.kernel.CaseVariables;
import nl.wmotoezicht.kernel.FieldChecks;
import nl.wmotoezicht.kernel.FieldError;
import nl.wmotoezicht.kernel.InputRules;
import org.springframework.stereotype.Component;

/**
 * The rules a calamity report must meet, whichever way it arrives (intake API, message, Tasklist).
 * Every bad field is reported, not only the first.
 */
@Component
public class CalamityReportValidator {

  static final Set<String> KINDS = Set.of("calamiteit", "geweld");

  private final Region region;

  public CalamityReportValidator(Region region) {
    this.region = region;
  }

  /**
   * Checks the report's variables.
   *
   * @param referenceRequired whether the reporter's reference (the idempotency key) must be present:
   *     always for reports by system, optional for reports registered by hand
   * @return the bad fields; empty when the report is valid
   */
  public List<FieldError> validate(Map<String, Object> report, boolean referenceRequired) {
    FieldChecks checks = new FieldChecks(report);
    checks.text(PROVIDER_NAME, true, 200);
    checks.matching(PROVIDER_KVK_NUMBER, true, InputRules.KVK_NUMBER, "moet een KvK-nummer van 8 cijfers zijn");
    checks.matching(PROVIDER_EMAIL, true, InputRules.EMAIL, "moet een geldig e-mailadres zijn");
    checks.text(LOCATION, true, 200);
    checks.text(CaseVariables.MUNICIPALITY_CODE, true, 6).ifPresent(code -> {
      if (!region.isMunicipality(code)) {
        checks.error(CaseVariables.MUNICIPALITY_CODE, "is geen gemeente van de regio " + region.name());
      }
    });
    checks.pastDate(EVENT_DATE, true);
    checks.oneOf(KIND, true, KINDS, "moet 'calamiteit' of 'geweld' zijn");
    checks.text(DESCRIPTION, true, 10_000);
    checks.text(REPORTER_NAME, true, 200);
    checks.matching(REPORTER_EMAIL, false, InputRules.EMAIL, "moet een geldig e-mailadres zijn");
    checks.matching(REPORTER_PHONE, false, InputRules.PHONE, "moet een telefoonnummer zijn");
    checks.matching(REPORTER_REFERENCE, referenceRequired, FieldChecks.REFERENCE, FieldChecks.REFERENCE_MESSAGE);
    checks.bool(CARE_UNDER_WLZ);
    checks.bool(CARE_UNDER_ZVW);
    checks.bool(CARE_UNDER_JEUGDWET);
    return checks.errors();
  }
}

package nl.wmotoezicht.calamity;

import static nl.wmotoezicht.calamity.CalamityProcess.Variables.*;

import java.util.List;
import java.util.Map;
import java.util.Set;
import nl.wmotoezicht.identity.Region;
import nl.wmotoezicht.kernel.FieldChecks;
import nl.wmotoezicht.kernel.FieldError;
import nl.wmotoezicht.kernel.ProviderVariables;
import nl.wmotoezicht.kernel.ReporterVariables;
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
    ProviderVariables.check(checks);
    checks.text(LOCATION, true, 200);
    region.checkMunicipality(checks);
    checks.pastDate(EVENT_DATE, true);
    checks.oneOf(KIND, true, KINDS, "moet 'calamiteit' of 'geweld' zijn");
    checks.text(DESCRIPTION, true, 10_000);
    ReporterVariables.check(checks, true, referenceRequired);
    checks.bool(CARE_UNDER_WLZ);
    checks.bool(CARE_UNDER_ZVW);
    checks.bool(CARE_UNDER_JEUGDWET);
    return checks.errors();
  }
}

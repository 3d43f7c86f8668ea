package nl.wmotoezicht.investigation;

import static nl.wmotoezicht.investigation.InvestigationProcess.Variables.*;

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
 * The rules a signal must meet, whichever way it arrives (intake API, message, Tasklist, a calamity's hand-over).
 * Every bad field is reported, not only the first.
 */
@Component
class SignalReportValidator {

  /** Who may give a signal over the intake ({@code docs/api.md}, Reporting a signal). */
  static final Set<String> SOURCES = Set.of("burger", "toegang", "contractmanager", "ikz", "toezichthouder");
  /** A calamity escalated to an investigation. */
  static final String SOURCE_CALAMITY = "calamiteit";

  private final Region region;

  SignalReportValidator(Region region) {
    this.region = region;
  }

  /**
   * Checks the signal's variables.
   *
   * @param referenceRequired whether the reporter's reference (the idempotency key) must be present: always for
   *     signals by system, optional by hand
   * @param handOver whether the signal is a calamity's hand-over: the source and reporter come from the calamity
   * @return the bad fields; empty when the signal is valid
   */
  List<FieldError> validate(Map<String, Object> signal, boolean referenceRequired, boolean handOver) {
    FieldChecks checks = new FieldChecks(signal);
    if (!handOver) {
      checks.oneOf(SIGNAL_SOURCE, true, SOURCES, "moet een van " + String.join(", ", SOURCES.stream().sorted().toList())
          + " zijn");
    }
    ProviderVariables.check(checks);
    checks.text(LOCATION, false, 200);
    region.checkMunicipality(checks);
    checks.text(DESCRIPTION, true, 10_000);
    checks.pastDate(OBSERVED_ON, false);
    ReporterVariables.check(checks, false, referenceRequired);
    return checks.errors();
  }
}

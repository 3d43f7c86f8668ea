package nl.wmotoezicht.inspection;

import nl.wmotoezicht.cases.CaseNumberPrefix;
import nl.wmotoezicht.cases.StartContract;
import nl.wmotoezicht.cases.StartContracts;
import nl.wmotoezicht.identity.Groups;
import nl.wmotoezicht.identity.StartRights;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** What users may send through /engine-rest to start a quality inspection by hand (docs/security/tenancy.md). */
@Configuration
class InspectionContracts {

  /** The prefix of this module's case numbers ({@code cases/CaseNumbers}): quality investigation. */
  @Bean
  CaseNumberPrefix inspectionCaseNumberPrefix() {
    return CaseNumberPrefix.of(InspectionProcess.CASE_PREFIX);
  }

  /** Supervisors start an extra inspection by hand; the annual plan starts the planned ones. */
  @Bean
  StartRights inspectionStartRights() {
    return StartRights.of(InspectionProcess.KEY, Groups.TOEZICHTHOUDERS);
  }

  /** What callers may send through /engine-rest to this module's processes (docs/security/tenancy.md). */
  @Bean
  StartContracts inspectionStartContracts() {
    return StartContracts.of(
        StartContract.startByHand(InspectionProcess.KEY, "kwaliteitsonderzoek-starten"));
  }
}

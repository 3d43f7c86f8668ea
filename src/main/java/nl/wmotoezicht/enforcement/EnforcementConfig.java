package nl.wmotoezicht.enforcement;

import nl.wmotoezicht.cases.CaseNumberPrefix;
import nl.wmotoezicht.identity.Groups;
import nl.wmotoezicht.identity.StartRights;
import nl.wmotoezicht.cases.StartContract;
import nl.wmotoezicht.cases.StartContracts;
import nl.wmotoezicht.identity.WaitingOnProvider;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Who may start a pyramid case: the college and supervisors by hand, systems by message. */
@Configuration
class EnforcementConfig {

  /** The prefix of this module's case numbers ({@code cases/CaseNumbers}): enforcement (intervention pyramid). */
  @Bean
  CaseNumberPrefix enforcementCaseNumberPrefix() {
    return CaseNumberPrefix.of(InterventionPyramid.CASE_PREFIX);
  }

  @Bean
  StartRights pyramidStartRights() {
    return StartRights.of(InterventionPyramid.KEY, Groups.COLLEGE, Groups.TOEZICHTHOUDERS, Groups.KOPPELINGEN);
  }

  /** What callers may send through /engine-rest to this module's processes (docs/security/tenancy.md). */
  @Bean
  StartContracts enforcementStartContracts() {
    return StartContracts.of(
        StartContract.startByHand(InterventionPyramid.KEY, "piramide-starten"),
        StartContract.internalMessage(InterventionPyramid.Messages.ENFORCEMENT_ADVISED));
  }

  /** Improvement to monitor, the follow-up check and the check after a notice of default wait on the provider. */
  @Bean
  WaitingOnProvider pyramidWaitingOnProvider() {
    return WaitingOnProvider.of(InterventionPyramid.Elements.MONITOR_IMPROVEMENT,
        InterventionPyramid.Elements.FOLLOW_UP_CHECK, InterventionPyramid.Elements.CHECK_DEFAULT);
  }
}

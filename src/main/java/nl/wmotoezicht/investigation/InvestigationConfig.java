package nl.wmotoezicht.investigation;

import nl.wmotoezicht.cases.CaseNumberPrefix;
import nl.wmotoezicht.identity.Groups;
import nl.wmotoezicht.identity.StartRights;
import nl.wmotoezicht.cases.StartContract;
import nl.wmotoezicht.cases.StartContracts;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Who may start a signal investigation: supervisors and contract managers by hand, systems by message. */
@Configuration
class InvestigationConfig {

  /** The prefix of this module's case numbers ({@code cases/CaseNumbers}): signal-driven investigation. */
  @Bean
  CaseNumberPrefix investigationCaseNumberPrefix() {
    return CaseNumberPrefix.of(InvestigationProcess.CASE_PREFIX);
  }

  @Bean
  StartRights investigationStartRights() {
    return StartRights.of(InvestigationProcess.KEY, Groups.TOEZICHTHOUDERS, Groups.CONTRACTMANAGERS, Groups.KOPPELINGEN);
  }

  /** What callers may send through /engine-rest to this module's processes (docs/security/tenancy.md). */
  @Bean
  StartContracts investigationStartContracts() {
    return StartContracts.of(
        StartContract.startMessage(InvestigationProcess.Messages.SIGNAL_RECEIVED, SignalReport.class),
        StartContract.startByHand(InvestigationProcess.KEY, "signaal-registreren"),
        StartContract.caseMessage(InvestigationProcess.Messages.REPAIR_REPORTED,
            InvestigationProcess.Variables.REPAIR_REPORT.name()),
        StartContract.caseMessage(InvestigationProcess.Messages.ZIENSWIJZE_RECEIVED,
            InvestigationProcess.Variables.ZIENSWIJZE.name()),
        StartContract.internalMessage(InvestigationProcess.Messages.CALAMITY_ESCALATED));
  }
}

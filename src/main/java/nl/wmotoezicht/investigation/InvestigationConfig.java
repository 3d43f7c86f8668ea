package nl.wmotoezicht.investigation;

import nl.wmotoezicht.identity.Groups;
import nl.wmotoezicht.identity.StartRights;
import nl.wmotoezicht.cases.StartContract;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Who may start a signal investigation: supervisors and contract managers by hand, systems by message. */
@Configuration
class InvestigationConfig {

  @Bean
  StartRights investigationStartRights() {
    return StartRights.of(InvestigationProcess.KEY, Groups.TOEZICHTHOUDERS, Groups.CONTRACTMANAGERS, Groups.KOPPELINGEN);
  }

  /** What systems and users may send through /engine-rest to this process (docs/security/tenancy.md). */
  @Bean
  StartContract signalReceivedContract() {
    return StartContract.startMessage(InvestigationProcess.Messages.SIGNAL_RECEIVED, SignalReport.class);
  }

  @Bean
  StartContract investigationByHandContract() {
    return StartContract.startByHand(InvestigationProcess.KEY, "signaal-registreren");
  }

  @Bean
  StartContract repairReportedContract() {
    return StartContract.caseMessage(InvestigationProcess.Messages.REPAIR_REPORTED,
        InvestigationProcess.Variables.REPAIR_REPORT.name());
  }

  @Bean
  StartContract reportZienswijzeContract() {
    return StartContract.caseMessage(InvestigationProcess.Messages.ZIENSWIJZE_RECEIVED,
        InvestigationProcess.Variables.ZIENSWIJZE.name());
  }

  @Bean
  StartContract calamityEscalatedContract() {
    return StartContract.internalMessage(InvestigationProcess.Messages.CALAMITY_ESCALATED);
  }
}

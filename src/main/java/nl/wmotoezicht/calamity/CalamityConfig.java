package nl.wmotoezicht.calamity;

import nl.wmotoezicht.cases.CaseNumberPrefix;
import nl.wmotoezicht.identity.Groups;
import nl.wmotoezicht.identity.StartRights;
import nl.wmotoezicht.cases.StartContract;
import nl.wmotoezicht.cases.StartContracts;
import nl.wmotoezicht.identity.WaitingOnProvider;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Who may start a calamity case: supervisors by hand, external systems by message. */
@Configuration
class CalamityConfig {

  /** The prefix of this module's case numbers ({@code cases/CaseNumbers}): calamity. */
  @Bean
  CaseNumberPrefix calamityCaseNumberPrefix() {
    return CaseNumberPrefix.of(CalamityProcess.CASE_PREFIX);
  }

  @Bean
  StartRights calamityStartRights() {
    return StartRights.of(CalamityProcess.KEY, Groups.TOEZICHTHOUDERS, Groups.KOPPELINGEN);
  }

  /** What callers may send through /engine-rest to this module's processes (docs/security/tenancy.md). */
  @Bean
  StartContracts calamityStartContracts() {
    return StartContracts.of(
        StartContract.startMessage(CalamityProcess.Messages.REPORTED, CalamityReport.class),
        StartContract.startByHand(CalamityProcess.KEY, "calamiteit-registreren"),
        StartContract.caseMessage(CalamityProcess.Messages.PROVIDER_INVESTIGATION,
            CalamityProcess.Variables.PROVIDER_REPORT_SUMMARY.name()));
  }

  /** A report that came late: the task that follows it up waits on the provider. */
  @Bean
  WaitingOnProvider calamityWaitingOnProvider() {
    return WaitingOnProvider.of(CalamityProcess.Elements.HANDLE_OVERDUE_REPORT);
  }
}

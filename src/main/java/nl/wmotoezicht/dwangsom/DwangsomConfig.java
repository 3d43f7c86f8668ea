package nl.wmotoezicht.dwangsom;

import nl.wmotoezicht.identity.Groups;
import nl.wmotoezicht.identity.StartRights;
import nl.wmotoezicht.cases.StartContract;
import nl.wmotoezicht.identity.WaitingOnProvider;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Who may start a last by hand or by message; collections are started by the process only. */
@Configuration
class DwangsomConfig {

  @Bean
  StartRights dwangsomStartRights() {
    return StartRights.of(DwangsomProcess.KEY, Groups.COLLEGE, Groups.TOEZICHTHOUDERS, Groups.KOPPELINGEN);
  }

  /** What systems and users may send through /engine-rest to this process (docs/security/tenancy.md). */
  @Bean
  StartContract dwangsomRequestedContract() {
    return StartContract.startMessage(DwangsomProcess.Messages.REQUESTED, "dwangsom-starten");
  }

  @Bean
  StartContract dwangsomByHandContract() {
    return StartContract.startByHand(DwangsomProcess.KEY, "dwangsom-starten");
  }

  @Bean
  StartContract dwangsomZienswijzeContract() {
    return StartContract.caseMessage(DwangsomProcess.Messages.ZIENSWIJZE_RECEIVED, "zienswijze");
  }

  @Bean
  StartContract objectionContract() {
    return StartContract.caseMessage(DwangsomProcess.Messages.BEZWAAR_RECEIVED);
  }

  @Bean
  StartContract liftingContract() {
    return StartContract.caseMessage(DwangsomProcess.Messages.OPHEFFING_REQUESTED);
  }

  @Bean
  StartContract injunctionGrantedContract() {
    return StartContract.caseMessage(DwangsomProcess.Messages.VOORLOPIGE_VOORZIENING_GRANTED);
  }

  @Bean
  StartContract injunctionEndedContract() {
    return StartContract.caseMessage(DwangsomProcess.Messages.VOORLOPIGE_VOORZIENING_ENDED);
  }

  @Bean
  StartContract paymentReceivedContract() {
    return StartContract.caseMessage(DwangsomProcess.Messages.PAYMENT_RECEIVED, "paidOn");
  }

  @Bean
  StartContract dwangsomOutcomeContract() {
    return StartContract.internalMessage(DwangsomProcess.Messages.OUTCOME);
  }

  @Bean
  StartContract forfeitedContract() {
    return StartContract.internalMessage(DwangsomProcess.Messages.VERBEURD);
  }

  /** The rechecks at the end of the term the provider had to comply within. */
  @Bean
  WaitingOnProvider dwangsomWaitingOnProvider() {
    return WaitingOnProvider.of(DwangsomProcess.Elements.RECHECK, DwangsomProcess.Elements.RECHECK_BD);
  }
}

package nl.wmotoezicht.dwangsom;

import nl.wmotoezicht.cases.CaseNumberPrefix;
import nl.wmotoezicht.identity.Groups;
import nl.wmotoezicht.identity.StartRights;
import nl.wmotoezicht.cases.StartContract;
import nl.wmotoezicht.cases.StartContracts;
import nl.wmotoezicht.identity.WaitingOnProvider;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Who may start a last by hand or by message; collections are started by the process only. */
@Configuration
class DwangsomConfig {

  /** The prefix of this module's case numbers ({@code cases/CaseNumbers}): last onder dwangsom. */
  @Bean
  CaseNumberPrefix dwangsomCaseNumberPrefix() {
    return CaseNumberPrefix.of(DwangsomProcess.CASE_PREFIX);
  }

  @Bean
  StartRights dwangsomStartRights() {
    return StartRights.of(DwangsomProcess.KEY, Groups.COLLEGE, Groups.TOEZICHTHOUDERS, Groups.KOPPELINGEN);
  }

  /** What callers may send through /engine-rest to this module's processes (docs/security/tenancy.md). */
  @Bean
  StartContracts dwangsomStartContracts() {
    return StartContracts.of(
        StartContract.startMessage(DwangsomProcess.Messages.REQUESTED, "dwangsom-starten"),
        StartContract.startByHand(DwangsomProcess.KEY, "dwangsom-starten"),
        StartContract.caseMessage(DwangsomProcess.Messages.ZIENSWIJZE_RECEIVED,
            DwangsomProcess.Variables.ZIENSWIJZE.name()),
        // the outcome of an objection, from the objection process only (processes/bezwaar.bpmn)
        StartContract.internalMessage(DwangsomProcess.Messages.BEZWAAR_DECIDED),
        // an interested party's request for an invorderingsbeschikking (art. 5:37 lid 2 Awb), to the collection case
        StartContract.caseMessage(DwangsomProcess.Messages.INVORDERING_REQUESTED),
        StartContract.caseMessage(DwangsomProcess.Messages.OPHEFFING_REQUESTED),
        StartContract.caseMessage(DwangsomProcess.Messages.VOORLOPIGE_VOORZIENING_GRANTED),
        StartContract.caseMessage(DwangsomProcess.Messages.VOORLOPIGE_VOORZIENING_ENDED),
        StartContract.caseMessage(DwangsomProcess.Messages.PAYMENT_RECEIVED,
            DwangsomProcess.Variables.PAID_ON.name()),
        StartContract.internalMessage(DwangsomProcess.Messages.OUTCOME),
        StartContract.internalMessage(DwangsomProcess.Messages.VERBEURD));
  }

  /** The rechecks at the end of the term the provider had to comply within. */
  @Bean
  WaitingOnProvider dwangsomWaitingOnProvider() {
    return WaitingOnProvider.of(DwangsomProcess.Elements.RECHECK, DwangsomProcess.Elements.RECHECK_BD);
  }
}

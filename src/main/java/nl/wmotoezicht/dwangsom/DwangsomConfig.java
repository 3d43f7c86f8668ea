package nl.wmotoezicht.dwangsom;

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
        StartContract.caseMessage(DwangsomProcess.Messages.ZIENSWIJZE_RECEIVED, "zienswijze"),
        // a bezwaarschrift against a besluit (business key: the decision's case number): to the running case, or
        // it starts the objection process with these variables (art. 6:4 Awb; docs/dwangsom-recht.md)
        StartContract.caseMessage(DwangsomProcess.Messages.BEZWAAR_RECEIVED, "municipalityCode", "providerName",
            "providerEmail", "decisionKind", "decisionMadeKnownOn", "objectionReceivedOn"),
        // beroep and hoger beroep lodged and decided, from the legal department (art. 5:35 lid 2 Awb)
        StartContract.caseMessage(DwangsomProcess.Messages.BEROEP_LODGED, "remedyDate"),
        StartContract.caseMessage(DwangsomProcess.Messages.JUDGMENT_RECHTBANK, "remedyDate"),
        StartContract.caseMessage(DwangsomProcess.Messages.HOGER_BEROEP_LODGED, "remedyDate"),
        StartContract.caseMessage(DwangsomProcess.Messages.JUDGMENT_RAAD_VAN_STATE, "remedyDate"),
        // an interested party's request for an invorderingsbeschikking (art. 5:37 lid 2 Awb), to the collection case
        StartContract.caseMessage(DwangsomProcess.Messages.INVORDERING_REQUESTED),
        StartContract.caseMessage(DwangsomProcess.Messages.OPHEFFING_REQUESTED),
        StartContract.caseMessage(DwangsomProcess.Messages.VOORLOPIGE_VOORZIENING_GRANTED),
        StartContract.caseMessage(DwangsomProcess.Messages.VOORLOPIGE_VOORZIENING_ENDED),
        StartContract.caseMessage(DwangsomProcess.Messages.PAYMENT_RECEIVED, "paidOn"),
        StartContract.internalMessage(DwangsomProcess.Messages.OUTCOME),
        StartContract.internalMessage(DwangsomProcess.Messages.VERBEURD));
  }

  /** The rechecks at the end of the term the provider had to comply within. */
  @Bean
  WaitingOnProvider dwangsomWaitingOnProvider() {
    return WaitingOnProvider.of(DwangsomProcess.Elements.RECHECK, DwangsomProcess.Elements.RECHECK_BD);
  }
}

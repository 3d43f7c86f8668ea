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

  /**
   * A bezwaarschrift against a besluit (business key: the decision's case number): to the running case, or it starts
   * the objection process with these variables (art. 6:4 Awb; docs/dwangsom-recht.md).
   */
  @Bean
  StartContract objectionContract() {
    return StartContract.caseMessage(DwangsomProcess.Messages.BEZWAAR_RECEIVED, "municipalityCode", "providerName",
        "providerEmail", "decisionKind", "decisionMadeKnownOn", "objectionReceivedOn");
  }

  /** Beroep and hoger beroep lodged and decided, from the legal department (art. 5:35 lid 2 Awb). */
  @Bean
  StartContract beroepLodgedContract() {
    return StartContract.caseMessage(DwangsomProcess.Messages.BEROEP_LODGED, "remedyDate");
  }

  @Bean
  StartContract judgmentRechtbankContract() {
    return StartContract.caseMessage(DwangsomProcess.Messages.JUDGMENT_RECHTBANK, "remedyDate");
  }

  @Bean
  StartContract hogerBeroepLodgedContract() {
    return StartContract.caseMessage(DwangsomProcess.Messages.HOGER_BEROEP_LODGED, "remedyDate");
  }

  @Bean
  StartContract judgmentRaadVanStateContract() {
    return StartContract.caseMessage(DwangsomProcess.Messages.JUDGMENT_RAAD_VAN_STATE, "remedyDate");
  }

  /** An interested party's request for an invorderingsbeschikking (art. 5:37 lid 2 Awb), to the collection case. */
  @Bean
  StartContract invorderingRequestedContract() {
    return StartContract.caseMessage(DwangsomProcess.Messages.INVORDERING_REQUESTED);
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

package nl.wmotoezicht.bezwaar;

import nl.wmotoezicht.cases.CaseNumberPrefix;
import nl.wmotoezicht.cases.StartContract;
import nl.wmotoezicht.cases.StartContracts;
import nl.wmotoezicht.identity.Groups;
import nl.wmotoezicht.identity.StartRights;
import nl.wmotoezicht.kernel.CaseVariables;
import nl.wmotoezicht.kernel.ProviderVariables;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Who may start an objection by message (the college, its legal department, linked systems) and with what. */
@Configuration
class BezwaarConfig {

  /** The prefix of this module's case numbers ({@code cases/CaseNumbers}): objection. */
  @Bean
  CaseNumberPrefix bezwaarCaseNumberPrefix() {
    return CaseNumberPrefix.of(BezwaarProcess.CASE_PREFIX);
  }

  @Bean
  StartRights bezwaarStartRights() {
    return StartRights.of(BezwaarProcess.KEY, Groups.COLLEGE, Groups.KOPPELINGEN);
  }

  /** What callers may send through /engine-rest to the objection process (docs/security/tenancy.md). */
  @Bean
  StartContracts bezwaarStartContracts() {
    return StartContracts.of(
        // a bezwaarschrift against any besluit (business key: the decision's case number); its only receiver is the
        // start of this process (art. 6:4 Awb; docs/dwangsom-recht.md)
        StartContract.caseMessage(BezwaarProcess.Messages.RECEIVED, CaseVariables.MUNICIPALITY_CODE.name(),
            ProviderVariables.PROVIDER_NAME.name(), ProviderVariables.PROVIDER_EMAIL.name(),
            BezwaarProcess.Variables.DECISION_KIND.name(), BezwaarProcess.Variables.DECISION_MADE_KNOWN_ON.name(),
            BezwaarProcess.Variables.OBJECTION_RECEIVED_ON.name()),
        // beroep and hoger beroep against the decision on the objection (business key: BZW-…), from the legal
        // department (art. 6:7 Awb; for the verjaring art. 5:35 lid 2 Awb)
        StartContract.caseMessage(BezwaarProcess.Messages.BEROEP_LODGED, "remedyDate"),
        StartContract.caseMessage(BezwaarProcess.Messages.JUDGMENT_RECHTBANK, "remedyDate"),
        StartContract.caseMessage(BezwaarProcess.Messages.HOGER_BEROEP_LODGED, "remedyDate"),
        StartContract.caseMessage(BezwaarProcess.Messages.JUDGMENT_RAAD_VAN_STATE, "remedyDate"));
  }
}

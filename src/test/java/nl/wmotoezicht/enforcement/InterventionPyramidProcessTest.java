package nl.wmotoezicht.enforcement;

import static nl.wmotoezicht.dwangsom.DwangsomProcess.Variables.COMPLIANCE_FINDING;
import static nl.wmotoezicht.dwangsom.DwangsomProcess.Variables.COMPLIANCE_TERM;
import static nl.wmotoezicht.dwangsom.DwangsomProcess.Variables.DECISION;
import static nl.wmotoezicht.dwangsom.DwangsomProcess.Variables.DECISION_MOTIVATION;
import static nl.wmotoezicht.dwangsom.DwangsomProcess.Variables.LAST_DESCRIPTION;
import static nl.wmotoezicht.dwangsom.DwangsomProcess.Variables.RECHECK_DATE;
import static nl.wmotoezicht.dwangsom.DwangsomProcess.Variables.RECHECK_FINDINGS;
import static nl.wmotoezicht.dwangsom.DwangsomProcess.Variables.SKIP_HEARING_MOTIVATION;
import static nl.wmotoezicht.investigation.InvestigationProcess.Variables.REPAIR_DEADLINE;
import static nl.wmotoezicht.enforcement.InterventionPyramid.Variables.DEVIATES;
import static nl.wmotoezicht.enforcement.InterventionPyramid.Variables.DEVIATION_MOTIVATION;
import static nl.wmotoezicht.enforcement.InterventionPyramid.Variables.DWANGSOM_OUTCOME;
import static nl.wmotoezicht.enforcement.InterventionPyramid.Variables.IMMEDIATE_MEASURES;
import static nl.wmotoezicht.enforcement.InterventionPyramid.Variables.LEAD_MUNICIPALITY;
import static nl.wmotoezicht.enforcement.InterventionPyramid.Variables.LEAD_MUNICIPALITY_NAME;
import static nl.wmotoezicht.enforcement.InterventionPyramid.Variables.MULTIPLE_MUNICIPALITIES;
import static nl.wmotoezicht.enforcement.InterventionPyramid.Variables.PROVIDER_COMPLIES;
import static nl.wmotoezicht.enforcement.InterventionPyramid.Variables.RECIDIVE;
import static nl.wmotoezicht.enforcement.InterventionPyramid.Variables.RELATION;
import static nl.wmotoezicht.enforcement.InterventionPyramid.Variables.SUGGESTED_CATEGORY;
import static nl.wmotoezicht.enforcement.InterventionPyramid.Variables.SUGGESTED_INSTRUMENT;
import static nl.wmotoezicht.enforcement.InterventionPyramid.Variables.SUGGESTED_STEP;
import static nl.wmotoezicht.investigation.InvestigationProcess.Variables.INITIATOR;
import static nl.wmotoezicht.kernel.CaseVariables.ORIGIN_CASE_NUMBER;
import static nl.wmotoezicht.enforcement.InterventionPyramid.Elements.*;
import static nl.wmotoezicht.testsupport.ProcessTestSupport.fireDueTimers;
import static nl.wmotoezicht.testsupport.ProcessTestSupport.runAsyncJobs;
import static nl.wmotoezicht.testsupport.ProcessTestSupport.setClock;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.withVariables;

import jakarta.mail.Message;
import jakarta.mail.internet.MimeMessage;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import nl.wmotoezicht.dwangsom.DwangsomFixtures;
import nl.wmotoezicht.identity.Groups;
import nl.wmotoezicht.kernel.InvalidInputException;
import nl.wmotoezicht.provider.ProviderRegister;
import nl.wmotoezicht.testsupport.PdfDocuments;
import nl.wmotoezicht.testsupport.ProcessScenario;
import nl.wmotoezicht.testsupport.ProcessTestSupport;
import nl.wmotoezicht.testsupport.TestMailServer;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.history.HistoricDecisionInstance;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Every path of the intervention pyramid with the demo provider register: Zorg Thuis Zuid (contract
 * with Heerlen and Maastricht, no history), Thuiszorg Maasvallei (recidivist) and Begeleid Wonen
 * Parkstad (subsidy, Kerkrade).
 */
@ProcessScenario
class InterventionPyramidProcessTest {

  /** The start events: by hand (start form {@code piramide-starten}) and by the advice of another process. */
  private static final String BY_HAND = "StartEvent_ByHand";
  private static final String ADVISED = "StartEvent_EnforcementAdvised";

  static final String ZORG_THUIS_ZUID = "12345678";
  static final String MAASVALLEI = "34567890";
  static final String PARKSTAD = "23456789";

  @Autowired ProcessEngine engine;
  @Autowired RuntimeService runtime;
  @Autowired TaskService tasks;
  @Autowired ManagementService management;
  @Autowired HistoryService history;
  @Autowired ProviderRegister providers;

  private ProcessInstance advised(String kvk, String municipality, String seriousness, String recurrence) {
    return PyramidFixtures.advised(runtime, PyramidFixtures.advice(municipality, "Aanbieder " + kvk, kvk,
        "kwaliteit@aanbieder.example", "Transfers zonder tilprotocol; geen maatregelen.", seriousness, recurrence));
  }

  private void choose(ProcessInstance pi, Map<String, Object> choice) {
    PyramidFixtures.choose(management, pi, "Cliëntenstop tot het tilprotocol werkt.", choice);
  }

  @Test
  void startsFromTheCalamityAdviceWithTheIndicationForTheLeadMunicipality() throws Exception {
    ProcessInstance pi = advised(ZORG_THUIS_ZUID, "GM0917", "groot", "gemiddeld");

    assertThat(pi.getBusinessKey()).matches("HH-2026-\\d{5}");
    assertThat(pi.getTenantId()).isEqualTo("GM0917");
    assertThat(pi).isWaitingAt(WEIGH_IMMEDIATE_MEASURES).variables()
        .containsEntry(LEAD_MUNICIPALITY.name(), "GM0917")
        .containsEntry(LEAD_MUNICIPALITY_NAME.name(), "Heerlen")
        .containsEntry(RELATION.name(), "contract")
        .containsEntry(RECIDIVE.name(), false)
        .containsEntry(SUGGESTED_CATEGORY.name(), 1)
        .containsEntry(SUGGESTED_STEP.name(), 5);
    // the college reads the measures by their Dutch names, not the table's codes
    assertThat((String) runtime.getVariable(pi.getId(), IMMEDIATE_MEASURES.name()))
        .startsWith("Cliëntenstop: Ernstige situatie").doesNotContain("clientenstop");
    assertThat(task(WEIGH_IMMEDIATE_MEASURES, pi)).hasCandidateGroup("college");
  }

  @Test
  void aCollegeMemberStartsTheCaseByHandWithTheStartFormsFieldsAndItIsWeighedLikeAnAdvisedOne() throws Exception {
    // the fields of forms/piramide-starten.form, as Tasklist submits them for the user who starts the case: the
    // advice's without the origin
    Map<String, Object> form = PyramidFixtures.advice("GM0917", "Zorg Thuis Zuid B.V.", ZORG_THUIS_ZUID,
        "kwaliteit@zorgthuiszuid.example", "Bij een eigen bezoek: transfers zonder tilprotocol.", "groot", "gemiddeld");
    form.remove(ORIGIN_CASE_NUMBER.name());
    form.remove(InterventionPyramid.Variables.ORIGIN_PROCESS.name());
    engine.getIdentityService().setAuthentication("college-heerlen", List.of(Groups.COLLEGE), List.of("GM0917"));
    ProcessInstance pi = runtime.startProcessInstanceByKey(InterventionPyramid.KEY, form);
    engine.getIdentityService().clearAuthentication();

    assertThat(pi.getBusinessKey()).startsWith("HH-");
    assertThat(pi.getTenantId()).isEqualTo("GM0917");
    assertThat(pi).hasPassed(BY_HAND).hasNotPassed(ADVISED).isWaitingAt(WEIGH_IMMEDIATE_MEASURES).variables()
        .containsEntry(INITIATOR.name(), "college-heerlen")
        .doesNotContainKey(ORIGIN_CASE_NUMBER.name())
        .containsEntry(LEAD_MUNICIPALITY.name(), "GM0917")
        .containsEntry(RELATION.name(), "contract")
        .containsEntry(RECIDIVE.name(), false)
        .containsEntry(SUGGESTED_CATEGORY.name(), 1)
        .containsEntry(SUGGESTED_STEP.name(), 5);
    assertThat(task(WEIGH_IMMEDIATE_MEASURES, pi)).hasCandidateGroup(Groups.COLLEGE);
    assertThat(TestMailServer.mailsFor(pi.getBusinessKey())).isEmpty(); // nothing is sent before the college weighs
  }

  @Test
  void recidiveRaisesTheSuggestion() {
    ProcessInstance first = advised(ZORG_THUIS_ZUID, "GM0917", "gemiddeld", "klein");
    ProcessInstance recidivist = advised(MAASVALLEI, "GM0917", "gemiddeld", "klein");

    assertThat(first).variables().containsEntry(RECIDIVE.name(), false).containsEntry(SUGGESTED_CATEGORY.name(), 3);
    assertThat(recidivist).variables().containsEntry(RECIDIVE.name(), true).containsEntry(SUGGESTED_CATEGORY.name(), 2);
  }

  @Test
  void usesTheMunicipalitysOwnMatrixWhereItHasOne() {
    ProcessInstance heerlen = advised(ZORG_THUIS_ZUID, "GM0917", "gemiddeld", "gemiddeld");
    ProcessInstance maastricht = advised(ZORG_THUIS_ZUID, "GM0935", "gemiddeld", "gemiddeld");

    assertThat(heerlen).variables().containsEntry(SUGGESTED_CATEGORY.name(), 2);
    assertThat(maastricht.getTenantId()).isEqualTo("GM0935");
    assertThat(maastricht).variables().containsEntry(SUGGESTED_CATEGORY.name(), 1); // Maastricht's stricter table
  }

  @Test
  void takesEachDecisionInTheModelWithTheMunicipalitysOwnTableWhereItHasOne() {
    ProcessInstance maastricht = advised(ZORG_THUIS_ZUID, "GM0935", "gemiddeld", "gemiddeld");

    assertThat(maastricht).hasPassedInOrder(LOOK_UP_PROVIDER, DECIDE_LEAD_MUNICIPALITY, DECIDE_CATEGORY, DECIDE_INSTRUMENT,
        DECIDE_IMMEDIATE_MEASURES, RECORD_IN_HISTORY).isWaitingAt(WEIGH_IMMEDIATE_MEASURES);
    Map<String, String> tableByStep = new HashMap<>();
    for (HistoricDecisionInstance decision : history.createHistoricDecisionInstanceQuery()
        .processInstanceId(maastricht.getId()).list()) {
      if (decision.getRootDecisionInstanceId() == null) {
        String tenant = engine.getRepositoryService().getDecisionDefinition(decision.getDecisionDefinitionId())
            .getTenantId();
        tableByStep.put(decision.getActivityId(), decision.getDecisionDefinitionKey() + "@" + tenant);
      }
    }
    assertThat(tableByStep).containsOnly(
        Map.entry(DECIDE_LEAD_MUNICIPALITY, "initiatiefGemeente@null"),
        Map.entry(DECIDE_CATEGORY, "maatregelcategorie@GM0935"),
        Map.entry(DECIDE_INSTRUMENT, "handhavingsinstrument@null"),
        Map.entry(DECIDE_IMMEDIATE_MEASURES, "directeMaatregelen@null"));
    assertThat(maastricht).variables().containsEntry(SUGGESTED_CATEGORY.name(), 1)
        .containsEntry(SUGGESTED_INSTRUMENT.name(), "ontbinding overeenkomst").containsEntry(SUGGESTED_STEP.name(), 5)
        .containsEntry(MULTIPLE_MUNICIPALITIES.name(), true);
  }

  @Test
  void skipsTheInstrumentWhenTheMatrixGivesNoCategory() {
    ProcessInstance pi = advised(ZORG_THUIS_ZUID, "GM0917", null, null);

    assertThat(pi).hasPassed(DECIDE_CATEGORY, DECIDE_IMMEDIATE_MEASURES).hasNotPassed(DECIDE_INSTRUMENT)
        .isWaitingAt(WEIGH_IMMEDIATE_MEASURES);
    assertThat(runtime.getVariable(pi.getId(), SUGGESTED_CATEGORY.name())).isNull();
    assertThat(runtime.getVariables(pi.getId())).doesNotContainKey("suggestedInstrument");
  }

  @Test
  void requiresAMotivationToDeviateAndKeepsIt() {
    ProcessInstance pi = advised(ZORG_THUIS_ZUID, "GM0917", "groot", "gemiddeld");
    complete(task(WEIGH_IMMEDIATE_MEASURES, pi), withVariables("immediateMeasuresMotivation", "Geen acuut gevaar."));
    String taskId = task(CHOOSE_STEPS, pi).getId();

    assertThatThrownBy(() -> tasks.complete(taskId, Map.of("step3", true)))
        .hasRootCauseInstanceOf(InvalidInputException.class).hasMessageContaining(DEVIATION_MOTIVATION.name());

    complete(task(CHOOSE_STEPS, pi), withVariables("step3", true,
        DEVIATION_MOTIVATION.name(), "Eerste overtreding; de aanbieder werkt mee."));
    runAsyncJobs(management, pi);
    assertThat(pi).isWaitingAt(WRITE_WARNING).variables().containsEntry(DEVIATES.name(), true)
        .containsEntry("step5", false);
    assertThat(history.createHistoricVariableInstanceQuery().processInstanceId(pi.getId())
        .variableName("deviationMotivation").singleResult().getValue())
        .isEqualTo("Eerste overtreding; de aanbieder werkt mee.");
  }

  @Test
  void informsTheSupervisorAndTheOtherMunicipalitiesOfEachIntervention() throws Exception {
    ProcessInstance pi = advised(ZORG_THUIS_ZUID, "GM0917", "groot", "gemiddeld");
    choose(pi, Map.of("step5", true));

    MimeMessage notice = TestMailServer.mailsFor(pi.getBusinessKey()).stream()
        .filter(m -> "piramide-interventie".equals(TestMailServer.templateOf(m))).findFirst().orElseThrow();
    assertThat(notice.getRecipients(Message.RecipientType.TO)[0].toString())
        .isEqualTo("wmo-toezicht@ggdzuidlimburg.demo.example");
    assertThat(Arrays.stream(notice.getRecipients(Message.RecipientType.CC)).map(Object::toString))
        .containsExactly("wmo-toezicht@maastricht.demo.example");
  }

  /** A provider of its own, so that recording its outcome does not make a shared demo provider recidivist. */
  private String freshContractProvider() {
    String kvk = String.valueOf(10_000_000 + Math.floorMod(System.nanoTime(), 89_999_999L));
    providers.save(new ProviderRegister.Provider(kvk, "Testzorg " + kvk, "kwaliteit@testzorg.example", List.of()));
    providers.saveRelation(new ProviderRegister.Relation(kvk, "GM0917", ProviderRegister.CONTRACT, 10));
    // letters by e-mail (art. 2:14 Awb), as the mails below are asserted
    providers.saveElectronicConsent(kvk, true, java.time.LocalDate.of(2026, 1, 1), "toezichthouder");
    return kvk;
  }

  @Test
  void goesStraightToTerminationOfTheContractAndRecordsTheOutcome() throws Exception {
    String kvk = freshContractProvider();
    assertThat(providers.hasEarlierViolation(kvk, null)).isFalse();
    ProcessInstance pi = advised(kvk, "GM0917", "groot", "gemiddeld");
    choose(pi, Map.of("step5", true));

    assertThat(pi).isWaitingAt(NOTICE_OF_DEFAULT);
    assertThat(task(NOTICE_OF_DEFAULT, pi)).hasCandidateGroup("contractmanagers");
    complete(task(NOTICE_OF_DEFAULT, pi), withVariables("defaultDescription", "Geen tilprotocol, bewezen bij bezoek.",
        "defaultTerm", "P4W", "suspendPayments", true, "clientStop", true, "liabilityNotice", true,
        "terminationAnnounced", true, "relocationCooperation", true));
    runAsyncJobs(management, pi);
    assertThat(pi).isWaitingAt(DEFAULT_TERM_ENDED);

    setClock("2026-12-22T09:00"); // four weeks after 23 November end on 21 December
    fireDueTimers(management, pi);
    complete(task(CHECK_DEFAULT, pi), withVariables("defaultFinding", "nietHersteld", "defaultCheckNotes", "Niets gedaan."));
    complete(task(TERMINATE, pi), withVariables("terminationDate", "2027-01-01", "damagesClaim", 12000.0,
        "newProcurement", true, "terminationMotivation", "Tekortkoming niet hersteld."));
    runAsyncJobs(management, pi);
    assertThat(pi).isWaitingAt(EVALUATE);

    complete(task(EVALUATE, pi), withVariables(PROVIDER_COMPLIES.name(), "ja", "evaluationNotes", "Cliënten overgedragen."));

    assertThat(pi).hasPassed(SEND_TERMINATION, RECORD_OUTCOME, COMPLIED).isEnded();
    assertThat(providers.hasEarlierViolation(kvk, "HH-OTHER")).isTrue();
    ProcessInstance next = advised(kvk, "GM0917", "gemiddeld", "klein");
    assertThat(next).variables().containsEntry(RECIDIVE.name(), true).containsEntry(SUGGESTED_CATEGORY.name(), 2);
    List<String> templates = TestMailServer.mailsFor(pi.getBusinessKey()).stream().map(TestMailServer::templateOf).toList();
    assertThat(templates).contains("piramide-ingebrekestelling", "piramide-ontbinding");
    assertThat(PdfDocuments.letterText(pi.getBusinessKey(), "piramide-ingebrekestelling")).contains(
        "Gemeente Heerlen", pi.getBusinessKey(), "Ingebrekestelling", "artikel 6:82 van het Burgerlijk Wetboek",
        "Geen tilprotocol, bewezen bij bezoek.", "Cliëntenstop", "Aankondiging van ontbinding");
    assertThat(PdfDocuments.letterText(pi.getBusinessKey(), "piramide-ontbinding")).contains(
        "1 januari 2027", "artikelen 6:265 en 6:267 van het Burgerlijk Wetboek", "€ 12.000,00");
  }

  @Test
  void advisesAndMonitorsThenChoosesAgainWhenTheProviderDoesNotComply() {
    ProcessInstance pi = advised(ZORG_THUIS_ZUID, "GM0917", "klein", "klein");
    assertThat(pi).variables().containsEntry(SUGGESTED_CATEGORY.name(), 3);
    choose(pi, Map.of("step1", true, "step2", true, DEVIATION_MOTIVATION.name(), "Eerst advies en een accountgesprek."));

    complete(task(ADVICE_AND_REPAIR_OFFER, pi), withVariables("advice", "Stel een tilprotocol op.",
        REPAIR_DEADLINE.name(), "2026-12-18"));
    assertThat(task(MONITOR_IMPROVEMENT, pi)).hasCandidateGroup("contractmanagers")
        .hasDueDate(ProcessTestSupport.at("2026-12-18T17:00"));
    complete(task(MONITOR_IMPROVEMENT, pi), withVariables("improvementFinding", "nietVerbeterd", "monitoringNotes", "Niets."));
    assertThat(pi).isWaitingAt(CORRECTION_MEASURES).isNotWaitingAt(EVALUATE); // the join waits for trede 2
    complete(task(CORRECTION_MEASURES, pi), withVariables("accountTalkHeld", true, "correctionReport", "Gesprek gevoerd."));

    complete(task(EVALUATE, pi), withVariables(PROVIDER_COMPLIES.name(), "nee", "evaluationNotes", "Nog geen verbetering."));

    assertThat(pi).isWaitingAt(CHOOSE_STEPS).isNotEnded();
  }

  @Test
  void runsTwoMeasuresSideBySide() {
    ProcessInstance pi = advised(PARKSTAD, "GM0928", "gemiddeld", "gemiddeld");
    choose(pi, Map.of("step2", true, "step3", true, DEVIATION_MOTIVATION.name(), "Eerst corrigeren en waarschuwen."));

    assertThat(pi).isWaitingAt(CORRECTION_MEASURES, WRITE_WARNING);
  }

  @Test
  void followsTheSubsidyRouteForASubsidisedProvider() {
    ProcessInstance pi = advised(PARKSTAD, "GM0928", "groot", "groot");
    assertThat(pi).variables().containsEntry(RELATION.name(), "subsidie").containsEntry(SUGGESTED_STEP.name(), 5);
    choose(pi, Map.of("step5", true));

    assertThat(pi).isWaitingAt(SUBSIDY_MEASURE).hasNotPassed(NOTICE_OF_DEFAULT);
    complete(task(SUBSIDY_MEASURE, pi), withVariables("subsidyMeasure", "intrekken", "recovery", true,
        "recoveryAmount", 18000.0, "subsidyMotivation", "Subsidievoorwaarden niet nageleefd."));
    runAsyncJobs(management, pi);
    complete(task(EVALUATE, pi), withVariables(PROVIDER_COMPLIES.name(), "ja", "evaluationNotes", "Cliënten overgedragen."));

    assertThat(pi).hasPassed("Task_SendSubsidyDecision", COMPLIED).isEnded();
  }

  @Test
  void escalatesFromAWarningToADwangsomAndContinuesOnItsOutcome() {
    ProcessInstance pi = advised(ZORG_THUIS_ZUID, "GM0917", "gemiddeld", "gemiddeld");
    choose(pi, Map.of("step3", true, DEVIATION_MOTIVATION.name(), "Eerst waarschuwen."));
    complete(task(WRITE_WARNING, pi), withVariables("warningText", "Voer het tilprotocol in.", "warningTerm", "P2W"));
    runAsyncJobs(management, pi);
    assertThat(PdfDocuments.letterText(pi.getBusinessKey(), "piramide-waarschuwing")).contains("Gemeente Heerlen",
        "Schriftelijke waarschuwing", "Voer het tilprotocol in.", "uiterlijk op 7 december 2026",
        "artikel 125 van de Gemeentewet", "geen besluit in de zin van de Awb");

    setClock("2026-12-08T09:00"); // two weeks after 23 November end on 7 December
    fireDueTimers(management, pi);
    complete(task(FOLLOW_UP_CHECK, pi), withVariables("followUpFinding", "nietNageleefd", "followUpNotes", "Geen protocol."));
    runAsyncJobs(management, pi);

    assertThat(pi).hasPassed(REQUEST_DWANGSOM).isWaitingAt(AWAIT_DWANGSOM_OUTCOME);
    ProcessInstance dwangsom = runtime.createProcessInstanceQuery().processDefinitionKey("lastOnderDwangsom")
        .variableValueEquals(ORIGIN_CASE_NUMBER.name(), pi.getBusinessKey()).singleResult();
    assertThat(dwangsom.getTenantId()).isEqualTo("GM0917");

    // the college imposes a last with urgency and the provider complies at the recheck
    Map<String, Object> terms = DwangsomFixtures.termsWithoutHearing("perTijdseenheid", 500L, 5000L);
    LAST_DESCRIPTION.put(terms, "Voer het tilprotocol in.");
    COMPLIANCE_TERM.put(terms, "P1W");
    SKIP_HEARING_MOTIVATION.put(terms, "Cliënten lopen letsel op.");
    complete(task("Task_PrepareIntention", dwangsom), terms);
    terms.put(DECISION.name(), "opleggen");
    terms.put(DECISION_MOTIVATION.name(), "Noodzakelijk.");
    complete(task("Task_Decide", dwangsom), terms);
    runAsyncJobs(management, dwangsom);
    setClock("2026-12-16T09:00");
    fireDueTimers(management, dwangsom);
    complete(task("Task_Recheck", dwangsom), withVariables(COMPLIANCE_FINDING.name(), "nageleefd",
        RECHECK_DATE.name(), "2026-12-16", RECHECK_FINDINGS.name(), "Protocol aanwezig en toegepast."));
    runAsyncJobs(management, dwangsom);

    assertThat(dwangsom).isEnded();
    assertThat(pi).isWaitingAt(EVALUATE).variables().containsEntry(DWANGSOM_OUTCOME.name(), "nageleefd");
  }

}

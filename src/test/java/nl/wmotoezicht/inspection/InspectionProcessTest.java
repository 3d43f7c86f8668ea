package nl.wmotoezicht.inspection;

import static nl.wmotoezicht.calamity.CalamityProcess.Variables.RECURRENCE_CHANCE;
import static nl.wmotoezicht.calamity.CalamityProcess.Variables.SERIOUSNESS;
import static nl.wmotoezicht.inspection.InspectionProcess.Variables.EXTRA_REASON;
import static nl.wmotoezicht.inspection.InspectionProcess.Variables.PLANNED_MONTH;
import static nl.wmotoezicht.inspection.InspectionProcess.Variables.PLAN_YEAR;
import static nl.wmotoezicht.inspection.InspectionProcess.Variables.REGION;
import static nl.wmotoezicht.inspection.InspectionProcess.Variables.SERVICE_KIND;
import static nl.wmotoezicht.inspection.InspectionProcess.Variables.VISIT_DATE;
import static nl.wmotoezicht.investigation.InvestigationProcess.Variables.ADVICE;
import static nl.wmotoezicht.investigation.InvestigationProcess.Variables.ADVICE_MOTIVATION;
import static nl.wmotoezicht.investigation.InvestigationProcess.Variables.ESCALATION_MOTIVATION;
import static nl.wmotoezicht.investigation.InvestigationProcess.Variables.FINAL_CONCLUSION;
import static nl.wmotoezicht.investigation.InvestigationProcess.Variables.LEAD_MUNICIPALITY;
import static nl.wmotoezicht.investigation.InvestigationProcess.Variables.ORIGIN_PROCESS;
import static nl.wmotoezicht.investigation.InvestigationProcess.Variables.POWERS_USED_TEXT;
import static nl.wmotoezicht.investigation.InvestigationProcess.Variables.REPAIR_ACTIONS;
import static nl.wmotoezicht.investigation.InvestigationProcess.Variables.REPAIR_ASSESSMENT;
import static nl.wmotoezicht.investigation.InvestigationProcess.Variables.REPAIR_REPORT;
import static nl.wmotoezicht.investigation.InvestigationProcess.Variables.REPAIR_ROUTE;
import static nl.wmotoezicht.investigation.InvestigationProcess.Variables.REPAIR_SUFFICIENT;
import static nl.wmotoezicht.investigation.InvestigationProcess.Variables.REPAIR_TERM;
import static nl.wmotoezicht.investigation.InvestigationProcess.Variables.REPORT_CONCLUSION;
import static nl.wmotoezicht.investigation.InvestigationProcess.Variables.SHORTCOMINGS;
import static nl.wmotoezicht.investigation.InvestigationProcess.Variables.THEME_SAFETY;
import static nl.wmotoezicht.investigation.InvestigationProcess.Variables.ZIENSWIJZE;
import static nl.wmotoezicht.investigation.InvestigationProcess.Variables.ZIENSWIJZE_RESPONSE;
import static nl.wmotoezicht.investigation.ReportingProcess.Variables.CALLING_PROCESS;
import static nl.wmotoezicht.kernel.CaseVariables.CASE_NUMBER;
import static nl.wmotoezicht.kernel.CaseVariables.MUNICIPALITY_CODE;
import static nl.wmotoezicht.kernel.CaseVariables.ORIGIN_CASE_NUMBER;
import static nl.wmotoezicht.kernel.ProviderVariables.PROVIDER_KVK_NUMBER;
import static nl.wmotoezicht.kernel.ProviderVariables.PROVIDER_NAME;
import static nl.wmotoezicht.inspection.InspectionProcess.Elements.ADVISE_COLLEGE;
import static nl.wmotoezicht.inspection.InspectionProcess.Elements.ANNOUNCE_VISIT;
import static nl.wmotoezicht.inspection.InspectionProcess.Elements.CALL_REPORTING;
import static nl.wmotoezicht.inspection.InspectionProcess.Elements.HAND_OVER_TO_ENFORCEMENT;
import static nl.wmotoezicht.inspection.InspectionProcess.Elements.RECORD_RESULT;
import static nl.wmotoezicht.inspection.InspectionProcess.Elements.SEND_ADVICE;
import static nl.wmotoezicht.investigation.ReportingProcess.Elements.ASSESS_REPAIR;
import static nl.wmotoezicht.investigation.ReportingProcess.Elements.AWAIT_REPAIR;
import static nl.wmotoezicht.investigation.ReportingProcess.Elements.AWAIT_ZIENSWIJZE;
import static nl.wmotoezicht.investigation.ReportingProcess.Elements.CHOOSE_REPAIR_OR_ESCALATE;
import static nl.wmotoezicht.investigation.ReportingProcess.Elements.FINAL_REPORT;
import static nl.wmotoezicht.investigation.ReportingProcess.Elements.NOTIFY_ESCALATION;
import static nl.wmotoezicht.investigation.ReportingProcess.Elements.PROCESS_ZIENSWIJZE;
import static nl.wmotoezicht.investigation.ReportingProcess.Elements.REQUEST_PUBLICATION;
import static nl.wmotoezicht.investigation.ReportingProcess.Elements.SEND_REPAIR_OFFER;
import static nl.wmotoezicht.investigation.ReportingProcess.Elements.WRITE_CONCEPT_REPORT;
import static nl.wmotoezicht.investigation.ReportingProcess.Elements.ZIENSWIJZE_TERM_EXPIRED;
import static nl.wmotoezicht.inspection.InspectionProcess.Elements.CLOSED;
import static nl.wmotoezicht.inspection.InspectionProcess.Elements.JUDGE_THEMES;
import static nl.wmotoezicht.inspection.InspectionProcess.Elements.PREPARE_VISIT;
import static nl.wmotoezicht.inspection.InspectionProcess.Elements.RECORD_POWER_USE;
import static nl.wmotoezicht.testsupport.ProcessTestSupport.fireDueTimers;
import static nl.wmotoezicht.testsupport.ProcessTestSupport.runAsyncJobs;
import static nl.wmotoezicht.testsupport.ProcessTestSupport.runAsyncJobsWithCalled;
import static nl.wmotoezicht.testsupport.ProcessTestSupport.setClock;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.withVariables;

import jakarta.mail.internet.MimeMessage;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import nl.wmotoezicht.investigation.InvestigationProcess;
import nl.wmotoezicht.kernel.InvalidInputException;
import nl.wmotoezicht.testsupport.PdfDocuments;
import nl.wmotoezicht.risk.InspectionResults;
import nl.wmotoezicht.risk.RiskAnalysis;
import nl.wmotoezicht.testsupport.TestMailServer;
import nl.wmotoezicht.testsupport.ProcessScenario;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import nl.wmotoezicht.cases.CaseRegistry;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The planned quality inspection through its paths: announced (letter to the provider) and unannounced, started
 * as by the plan and by hand for an extra visit, the investigation's power and judgement steps, and the result that
 * the next risk analysis reads. Bad starts are refused.
 */
@ProcessScenario(startsAt = "2027-03-01T09:00")
class InspectionProcessTest {

  static final String ZORG_THUIS_ZUID = "12345678";

  @Autowired RuntimeService runtime;
  @Autowired TaskService tasks;
  @Autowired ManagementService management;
  @Autowired HistoryService history;
  @Autowired InspectionResults results;
  @Autowired RiskAnalysis riskAnalysis;
  @Autowired CaseRegistry caseRegister;

  private InspectionFixtures fixtures;

  @BeforeEach
  void fixtures() {
    fixtures = new InspectionFixtures(runtime, management);
  }

  private ProcessInstance startPlanned(String caseNumber) {
    Map<String, Object> variables = new HashMap<>();
    variables.put(CASE_NUMBER.name(), caseNumber);
    variables.put(MUNICIPALITY_CODE.name(), "GM0917");
    variables.put(PROVIDER_KVK_NUMBER.name(), ZORG_THUIS_ZUID);
    variables.put(SERVICE_KIND.name(), "begeleiding");
    variables.put(REGION.name(), "parkstad");
    variables.put(PLAN_YEAR.name(), 2027);
    variables.put(PLANNED_MONTH.name(), 3);
    return runtime.startProcessInstanceByKey(InspectionProcess.KEY, caseNumber, variables);
  }

  private static Map<String, Object> power(String date, boolean another) {
    return InspectionFixtures.power(date, another);
  }

  private ProcessInstance report(ProcessInstance pi) {
    return fixtures.report(pi);
  }

  private int openRepairOffers() {
    return riskAnalysis.profiles(ZORG_THUIS_ZUID, LocalDate.of(2027, 3, 31), null).get(0).inputs().openRepairOffers();
  }

  private static Map<String, Object> allMet() {
    return InspectionFixtures.allMet();
  }

  private static Map<String, Object> judgement(String safety) {
    return InspectionFixtures.judgement(safety);
  }

  @Test
  void announcedPlannedVisitWithTwoPowersRecordsTheResultForTheRiskAnalysis() throws Exception {
    String caseNumber = "KWO-TEST-" + System.nanoTime();
    ProcessInstance pi = startPlanned(caseNumber);
    assertThat(pi).isWaitingAt(PREPARE_VISIT);
    assertThat(pi.getTenantId()).isEqualTo("GM0917");
    // the number the plan drew is bound in the case register to the municipality and this instance
    assertThat(caseRegister.find(caseNumber)).hasValueSatisfying(c -> assertThat(c.municipalityCode()).isEqualTo("GM0917"));
    assertThat(caseRegister.instanceIds(caseNumber)).containsExactly(pi.getId());
    assertThat(runtime.getVariable(pi.getId(), PROVIDER_NAME.name())).isEqualTo("Zorg Thuis Zuid B.V.");
    complete(task(PREPARE_VISIT, pi), InspectionFixtures.visit(true, "Woonlocatie De Linde", "2027-03-10"));
    assertThat(pi).isWaitingAt(ANNOUNCE_VISIT);
    runAsyncJobs(management, pi);
    List<MimeMessage> mails = TestMailServer.mailsFor(caseNumber);
    assertThat(mails).singleElement().satisfies(mail -> {
      assertThat(TestMailServer.templateOf(mail)).isEqualTo("kwaliteitsonderzoek-aankondiging");
      assertThat(mail.getAllRecipients()[0].toString()).isEqualTo("kwaliteit@zorgthuiszuid.example");
      assertThat(TestMailServer.bodyOf(mail)).contains("10 maart 2027", "Woonlocatie De Linde", "art. 5:20 Awb");
    });
    assertThat(pi).isWaitingAt(RECORD_POWER_USE);
    setClock("2027-03-11T14:00");
    complete(task(RECORD_POWER_USE, pi), power("2027-03-10", true));
    complete(task(RECORD_POWER_USE, pi), power("2027-03-11", false));
    assertThat(runtime.getVariable(pi.getId(), VISIT_DATE.name())).isEqualTo("2027-03-10");
    assertThat((String) runtime.getVariable(pi.getId(), POWERS_USED_TEXT.name())).contains("5:15");
    int openBefore = openRepairOffers();
    complete(task(JUDGE_THEMES, pi), judgement("voldoetNiet"));
    // the result is on record before the report: the next analysis reads it
    assertThat(pi).hasPassed(RECORD_RESULT).isWaitingAt(CALL_REPORTING);

    InspectionResults.InspectionResult result = results.find(caseNumber).orElseThrow();
    assertThat(result.visitedOn()).isEqualTo(LocalDate.of(2027, 3, 10));
    assertThat(result.planYear()).isEqualTo(2027);
    assertThat(result.plannedMonth()).isEqualTo(3);
    assertThat(result.judgementSafety()).isEqualTo("voldoetNiet");
    assertThat(result.purchasingRegion()).isEqualTo("parkstad");
    // the next analysis knows the visit
    RiskAnalysis.RiskProfile profile = riskAnalysis.profiles(ZORG_THUIS_ZUID, LocalDate.of(2027, 3, 31), null)
        .stream().filter(p -> p.serviceKind().equals("begeleiding")).findFirst().orElseThrow();
    assertThat(profile.inputs().monthsSinceVisit()).isZero();
    assertThat(profile.inputs().themesNotMet()).isGreaterThanOrEqualTo(1);

    // shortcomings: the investigation's herstelaanbod, in the shared report process, for this case
    ProcessInstance report = report(pi);
    assertThat(report.getBusinessKey()).isEqualTo(caseNumber);
    assertThat(report.getTenantId()).isEqualTo("GM0917");
    assertThat(caseRegister.instanceIds(caseNumber)).contains(pi.getId(), report.getId());
    assertThat(report).isWaitingAt(CHOOSE_REPAIR_OR_ESCALATE).variables().containsEntry(SHORTCOMINGS.name(), true)
        .containsEntry(CALLING_PROCESS.name(), InspectionProcess.KEY).containsEntry(LEAD_MUNICIPALITY.name(), "GM0917");
    complete(task(CHOOSE_REPAIR_OR_ESCALATE, report), withVariables(REPAIR_ROUTE.name(), "herstelaanbod",
        REPAIR_ACTIONS.name(), "Medicatie dagelijks aftekenen.", REPAIR_TERM.name(), "P4W"));
    runAsyncJobsWithCalled(management, runtime, pi);
    assertThat(report).hasPassed(SEND_REPAIR_OFFER).isWaitingAt(AWAIT_REPAIR);
    assertThat(TestMailServer.bodyOf(TestMailServer.mail(caseNumber, "signaal-herstelaanbod")))
        .contains("een gepland kwaliteitsonderzoek", "Medicatie dagelijks aftekenen.");
    // an open herstelaanbod of an inspection counts in the risk analysis
    assertThat(openRepairOffers()).isEqualTo(openBefore + 1);

    runtime.createMessageCorrelation(InvestigationProcess.Messages.REPAIR_REPORTED)
        .processInstanceBusinessKey(caseNumber).setVariable(REPAIR_REPORT.name(), "Aftekenlijsten ingevoerd.").correlate();
    complete(task(ASSESS_REPAIR, report), withVariables(REPAIR_SUFFICIENT.name(), true,
        REPAIR_ASSESSMENT.name(), "Steekproef: alles afgetekend."));
    assertThat(openRepairOffers()).isEqualTo(openBefore);
    complete(task(WRITE_CONCEPT_REPORT, report), withVariables(REPORT_CONCLUSION.name(), "Na herstel voldoet de aanbieder."));
    runAsyncJobsWithCalled(management, runtime, pi);
    assertThat(report).isWaitingAt(AWAIT_ZIENSWIJZE);
    assertThat(PdfDocuments.attachments(TestMailServer.mail(caseNumber, "signaal-concept-rapport")).get(0).text())
        .contains("CONCEPT", caseNumber, "gepland kwaliteitsonderzoek", "Aftekenlijsten ingevoerd.", "Oordeel: voldoet niet");

    runtime.createMessageCorrelation(InvestigationProcess.Messages.ZIENSWIJZE_RECEIVED)
        .processInstanceBusinessKey(caseNumber).setVariable(ZIENSWIJZE.name(), "Wij herkennen het beeld.").correlate();
    complete(task(PROCESS_ZIENSWIJZE, report), withVariables(ZIENSWIJZE_RESPONSE.name(), "Opgenomen."));
    complete(task(FINAL_REPORT, report), withVariables(FINAL_CONCLUSION.name(), "De aanbieder voldoet na herstel."));
    runAsyncJobsWithCalled(management, runtime, pi);
    assertThat(report).hasPassed(REQUEST_PUBLICATION).isEnded();
    assertThat(pi).isWaitingAt(ADVISE_COLLEGE).variables().containsEntry(InvestigationProcess.Variables.ZIENSWIJZE_RECEIVED.name(), true)
        .containsEntry(REPAIR_SUFFICIENT.name(), true);
    ProcessInstance publication = runtime.createProcessInstanceQuery().processDefinitionKey("openbaarmaking")
        .processInstanceBusinessKey(caseNumber).singleResult();
    assertThat(publication).isNotNull();
    assertThat(runtime.getVariable(publication.getId(), ORIGIN_PROCESS.name())).isEqualTo(InspectionProcess.KEY);
    assertThat(runtime.getVariable(publication.getId(), THEME_SAFETY.name())).isEqualTo("voldoetNiet");

    // advice to enforce: the pyramid starts in the municipality of the inspection
    complete(task(ADVISE_COLLEGE, pi), withVariables(ADVICE.name(), "handhaven", ADVICE_MOTIVATION.name(),
        "Medicatieveiligheid structureel onvoldoende.", SERIOUSNESS.name(), "groot", RECURRENCE_CHANCE.name(), "gemiddeld"));
    runAsyncJobs(management, pi);
    assertThat(pi).isEnded().hasPassed(SEND_ADVICE, HAND_OVER_TO_ENFORCEMENT, CLOSED);
    ProcessInstance pyramid = runtime.createProcessInstanceQuery().processDefinitionKey("interventiepiramide")
        .variableValueEquals(ORIGIN_CASE_NUMBER.name(), caseNumber).singleResult();
    assertThat(pyramid).isNotNull();
    assertThat(pyramid.getTenantId()).isEqualTo("GM0917");
    assertThat(runtime.getVariable(pyramid.getId(), ORIGIN_PROCESS.name())).isEqualTo(InspectionProcess.KEY);
    assertThat(TestMailServer.bodyOf(TestMailServer.mail(caseNumber, "signaal-advies")))
        .contains("geplande kwaliteitsonderzoek", "handhavingszaak");
  }

  @Test
  void unannouncedExtraVisitStartedByHand() throws Exception {
    Map<String, Object> variables = new HashMap<>();
    variables.put(MUNICIPALITY_CODE.name(), "GM0928");
    variables.put(PROVIDER_KVK_NUMBER.name(), "23456789");
    variables.put(SERVICE_KIND.name(), "beschermdWonen");
    variables.put(EXTRA_REASON.name(), "Signalen uit de wijk over nachtelijke bezetting.");
    ProcessInstance pi = runtime.startProcessInstanceByKey(InspectionProcess.KEY, variables);
    String caseNumber = (String) runtime.getVariable(pi.getId(), CASE_NUMBER.name());
    assertThat(caseNumber).startsWith("KWO-");
    assertThat(caseRegister.find(caseNumber)).hasValueSatisfying(c -> assertThat(c.municipalityCode()).isEqualTo("GM0928"));
    assertThat(caseRegister.instanceIds(caseNumber)).containsExactly(pi.getId());
    assertThat(history.createHistoricProcessInstanceQuery().processInstanceId(pi.getId()).singleResult()
        .getBusinessKey()).isEqualTo(caseNumber);
    assertThat(runtime.getVariable(pi.getId(), REGION.name())).isEqualTo("parkstad");
    complete(task(PREPARE_VISIT, pi), InspectionFixtures.visit(false, "Nachtlocatie", "2027-03-05"));
    assertThat(pi).isWaitingAt(RECORD_POWER_USE);
    assertThat(TestMailServer.mailsFor(caseNumber)).isEmpty();
    complete(task(RECORD_POWER_USE, pi), power("2027-03-01", false));
    complete(task(JUDGE_THEMES, pi), allMet());
    assertThat(results.find(caseNumber)).hasValueSatisfying(r -> {
      assertThat(r.planYear()).isNull();
      assertThat(r.judgementProfessional()).isEqualTo("voldoet");
    });
    // no shortcomings: straight to the concept report; no zienswijze within the term
    ProcessInstance report = report(pi);
    assertThat(report).isWaitingAt(WRITE_CONCEPT_REPORT).hasNotPassed(CHOOSE_REPAIR_OR_ESCALATE);
    complete(task(WRITE_CONCEPT_REPORT, report), withVariables(REPORT_CONCLUSION.name(), "De aanbieder voldoet."));
    runAsyncJobsWithCalled(management, runtime, pi);
    assertThat(report).isWaitingAt(AWAIT_ZIENSWIJZE);
    setClock("2027-04-01T00:00");
    fireDueTimers(management, report);
    assertThat(report).hasPassed(ZIENSWIJZE_TERM_EXPIRED).isWaitingAt(FINAL_REPORT);
    complete(task(FINAL_REPORT, report), withVariables(FINAL_CONCLUSION.name(), "De aanbieder voldoet."));
    runAsyncJobsWithCalled(management, runtime, pi);
    assertThat(pi).isWaitingAt(ADVISE_COLLEGE).variables().containsEntry(InvestigationProcess.Variables.ZIENSWIJZE_RECEIVED.name(), false);
    complete(task(ADVISE_COLLEGE, pi), withVariables(ADVICE.name(), "geenActie", ADVICE_MOTIVATION.name(), "Voldoet."));
    runAsyncJobs(management, pi);
    assertThat(pi).isEnded().hasPassed(SEND_ADVICE).hasNotPassed(HAND_OVER_TO_ENFORCEMENT);
    assertThat(TestMailServer.mailsFor(caseNumber)).extracting(TestMailServer::templateOf)
        .containsExactlyInAnyOrder("signaal-concept-rapport", "signaal-definitief-rapport", "signaal-advies");
  }

  @Test
  void seriousShortcomingsEscalateAtOnceAndTheAdviceIsToMonitor() throws Exception {
    String caseNumber = "KWO-TEST-" + System.nanoTime();
    ProcessInstance pi = startPlanned(caseNumber);
    complete(task(PREPARE_VISIT, pi), InspectionFixtures.visit(false, "Woonlocatie De Linde", "2027-03-02"));
    complete(task(RECORD_POWER_USE, pi), power("2027-03-01", false));
    complete(task(JUDGE_THEMES, pi), judgement("voldoetNiet"));
    ProcessInstance report = report(pi);
    complete(task(CHOOSE_REPAIR_OR_ESCALATE, report), withVariables(REPAIR_ROUTE.name(), "escaleren",
        ESCALATION_MOTIVATION.name(), "Medicatiefouten met letsel; geen zicht op herstel."));
    runAsyncJobsWithCalled(management, runtime, pi);
    assertThat(report).hasPassed(NOTIFY_ESCALATION).isWaitingAt(WRITE_CONCEPT_REPORT);
    MimeMessage escalation = TestMailServer.mail(caseNumber, "signaal-escalatie");
    assertThat(escalation.getAllRecipients()[0].toString()).isEqualTo("wmo-toezicht@heerlen.demo.example");
    assertThat(TestMailServer.bodyOf(escalation)).contains("een gepland kwaliteitsonderzoek", "geen zicht op herstel",
        "het kwaliteitsonderzoek is van uw gemeente");
    complete(task(WRITE_CONCEPT_REPORT, report), withVariables(REPORT_CONCLUSION.name(), "Voldoet niet."));
    runAsyncJobsWithCalled(management, runtime, pi);
    runtime.createMessageCorrelation(InvestigationProcess.Messages.ZIENSWIJZE_RECEIVED)
        .processInstanceBusinessKey(caseNumber).setVariable(ZIENSWIJZE.name(), "Geen opmerkingen.").correlate();
    complete(task(PROCESS_ZIENSWIJZE, report), withVariables(ZIENSWIJZE_RESPONSE.name(), "Geen wijziging."));
    complete(task(FINAL_REPORT, report), withVariables(FINAL_CONCLUSION.name(), "Voldoet niet."));
    runAsyncJobsWithCalled(management, runtime, pi);
    complete(task(ADVISE_COLLEGE, pi), withVariables(ADVICE.name(), "verbeteringMonitoren",
        ADVICE_MOTIVATION.name(), "Plan van aanpak volgen."));
    runAsyncJobs(management, pi);
    assertThat(pi).isEnded().hasNotPassed(HAND_OVER_TO_ENFORCEMENT).variables()
        .containsEntry(REPAIR_ROUTE.name(), "escaleren");
  }

  @Test
  void aStartWithoutReasonOrWithAnUnknownProviderIsRefused() {
    Map<String, Object> variables = new HashMap<>();
    variables.put(MUNICIPALITY_CODE.name(), "GM0928");
    variables.put(PROVIDER_KVK_NUMBER.name(), "00000001");
    variables.put(SERVICE_KIND.name(), "zwemles");
    assertThatThrownBy(() -> runtime.startProcessInstanceByKey(InspectionProcess.KEY, variables))
        .isInstanceOf(InvalidInputException.class)
        .hasMessageContaining("serviceKind").hasMessageContaining("extraVisitReason");
    variables.put(SERVICE_KIND.name(), "begeleiding");
    variables.put(EXTRA_REASON.name(), "Extra.");
    assertThatThrownBy(() -> runtime.startProcessInstanceByKey(InspectionProcess.KEY, variables))
        .isInstanceOf(InvalidInputException.class).hasMessageContaining("providerKvkNumber");
  }
}

package nl.wmotoezicht.calamity;

import static nl.wmotoezicht.calamity.CalamityProcess.Variables.REPORTER_REFERENCE;
import static nl.wmotoezicht.investigation.InvestigationProcess.Variables.FINDINGS;
import static nl.wmotoezicht.investigation.InvestigationProcess.Variables.LEAD_MUNICIPALITY;
import static nl.wmotoezicht.investigation.InvestigationProcess.Variables.SIGNAL_SOURCE;
import static nl.wmotoezicht.kernel.CaseVariables.ORIGIN_CASE_NUMBER;
import static nl.wmotoezicht.calamity.CalamityProcess.Variables.ASSESSMENT_FINDINGS;
import static nl.wmotoezicht.calamity.CalamityProcess.Variables.CARE_UNDER_WLZ;
import static nl.wmotoezicht.calamity.CalamityProcess.Variables.DESCRIPTION;
import static nl.wmotoezicht.calamity.CalamityProcess.Variables.ESCALATION_ROUTE;
import static nl.wmotoezicht.calamity.CalamityProcess.Variables.IGJ_COORDINATION_REQUIRED;
import static nl.wmotoezicht.calamity.CalamityProcess.Variables.INITIATOR;
import static nl.wmotoezicht.calamity.CalamityProcess.Variables.INVESTIGATION_BY;
import static nl.wmotoezicht.calamity.CalamityProcess.Variables.INVESTIGATION_CAREFUL;
import static nl.wmotoezicht.calamity.CalamityProcess.Variables.MEASURES_SUFFICIENT;
import static nl.wmotoezicht.calamity.CalamityProcess.Variables.OVERDUE_ACTION;
import static nl.wmotoezicht.calamity.CalamityProcess.Variables.OWN_FINDINGS;
import static nl.wmotoezicht.calamity.CalamityProcess.Variables.PROVIDER_INVESTIGATION_DEADLINE;
import static nl.wmotoezicht.calamity.CalamityProcess.Variables.PROVIDER_REPORT_SUMMARY;
import static nl.wmotoezicht.calamity.CalamityProcess.Variables.RECURRENCE_CHANCE;
import static nl.wmotoezicht.calamity.CalamityProcess.Variables.SERIOUSNESS;
import static nl.wmotoezicht.kernel.CaseHandOver.ORIGIN_PROCESS;
import static nl.wmotoezicht.kernel.CaseVariables.CASE_NUMBER;
import static nl.wmotoezicht.kernel.CaseVariables.MUNICIPALITY_CODE;
import static nl.wmotoezicht.kernel.CaseVariables.MUNICIPALITY_NAME;
import static nl.wmotoezicht.kernel.ProviderVariables.PROVIDER_KVK_NUMBER;
import static nl.wmotoezicht.calamity.CalamityFixtures.report;
import static nl.wmotoezicht.calamity.CalamityProcess.Elements.*;
import static nl.wmotoezicht.testsupport.ProcessTestSupport.at;
import static nl.wmotoezicht.testsupport.ProcessTestSupport.fireDueTimers;
import static nl.wmotoezicht.testsupport.ProcessTestSupport.runAsyncJobs;
import static nl.wmotoezicht.testsupport.ProcessTestSupport.setClock;
import static nl.wmotoezicht.testsupport.ProcessTestSupport.timerDue;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.withVariables;

import jakarta.mail.Message;
import jakarta.mail.internet.MimeMessage;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import nl.wmotoezicht.cases.DuplicateReportException;
import nl.wmotoezicht.kernel.InvalidInputException;
import nl.wmotoezicht.testsupport.PdfDocuments;
import nl.wmotoezicht.testsupport.ProcessScenario;
import nl.wmotoezicht.testsupport.TestMailServer;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;

/** Every path of {@code processes/calamiteit.bpmn}, as supervisors and the provider walk it. */
@ProcessScenario
public class CalamityProcessTest {

  @Autowired ProcessEngine engine;
  @Autowired RuntimeService runtime;
  @Autowired TaskService tasks;
  @Autowired ManagementService management;
  @Autowired RepositoryService repository;
  @Autowired HistoryService history;
  @Autowired IdentityService identity;

  @BeforeAll
  static void startMailServer() {
    TestMailServer.get();
  }

  private ProcessInstance reportCalamity(Map<String, Object> report) {
    return runtime.createMessageCorrelation(CalamityProcess.Messages.REPORTED).setVariables(report)
        .correlateStartMessage();
  }

  /** Registration and the three parallel intake branches, up to the choice of investigation. */
  private ProcessInstance throughIntake(Map<String, Object> report) throws Exception {
    ProcessInstance pi = reportCalamity(report);
    assertThat(pi).isWaitingAt(CONTACT_REPORTER, INFORM_MUNICIPALITY);
    runAsyncJobs(management, pi);
    complete(task(CONTACT_REPORTER, pi), withVariables("contactDate", "2026-11-24", "contactNotes", "Melder gesproken."));
    if (Boolean.TRUE.equals(runtime.getVariable(pi.getId(), IGJ_COORDINATION_REQUIRED.name()))) {
      complete(task(COORDINATE_WITH_IGJ, pi), withVariables("igjLead", "gemeente", "igjAgreements", "Wmo onderzoekt."));
    }
    assertThat(pi).isWaitingAt(CHOOSE_INVESTIGATION);
    return pi;
  }

  private ProcessInstance awaitingProviderReport(String deadline) throws Exception {
    ProcessInstance pi = throughIntake(report(UUID.randomUUID().toString()));
    complete(task(CHOOSE_INVESTIGATION, pi), withVariables(INVESTIGATION_BY.name(), "aanbieder",
        PROVIDER_INVESTIGATION_DEADLINE.name(), deadline, "investigationChoiceMotivation", "Aanbieder heeft een VIM-commissie."));
    runAsyncJobs(management, pi);
    assertThat(pi).isWaitingAt(AWAIT_PROVIDER_REPORT);
    return pi;
  }

  private String caseNumber(ProcessInstance pi) {
    return (String) history.createHistoricVariableInstanceQuery().processInstanceId(pi.getId())
        .variableName(CASE_NUMBER.name()).singleResult().getValue();
  }

  private List<String> subjects(ProcessInstance pi) throws Exception {
    return TestMailServer.mailsFor(caseNumber(pi)).stream().map(m -> {
      try {
        return m.getSubject();
      } catch (Exception e) {
        throw new IllegalStateException(e);
      }
    }).toList();
  }

  @Test
  void registersTheCaseInTheClientsMunicipalityAndInformsIt() throws Exception {
    ProcessInstance pi = reportCalamity(report(UUID.randomUUID().toString()));

    assertThat(pi).isStarted().isWaitingAt(CONTACT_REPORTER, INFORM_MUNICIPALITY).hasPassed(REGISTER_REPORT);
    assertThat(pi.getBusinessKey()).matches("CAL-2026-\\d{5}");
    assertThat(pi.getTenantId()).isEqualTo("GM0917");
    assertThat(pi).variables().containsEntry(CASE_NUMBER.name(), pi.getBusinessKey())
        .containsEntry(MUNICIPALITY_NAME.name(), "Heerlen").containsEntry(IGJ_COORDINATION_REQUIRED.name(), false);
    assertThat(task(CONTACT_REPORTER, pi)).hasCandidateGroup("toezichthouders")
        .hasDueDate(at("2026-11-26T17:00")); // three working days

    runAsyncJobs(management, pi);
    List<MimeMessage> mails = TestMailServer.mailsFor(pi.getBusinessKey());
    assertThat(mails).hasSize(1);
    assertThat(mails.get(0).getRecipients(Message.RecipientType.TO)[0].toString())
        .isEqualTo("wmo-toezicht@heerlen.demo.example");
    assertThat(mails.get(0).getSubject()).contains("Zorg Thuis Zuid B.V.", pi.getBusinessKey());
    assertThat(mails.get(0).getContent().toString()).contains("20 november 2026", "gemeente Heerlen");
    assertThat(pi).hasPassed(INFORM_MUNICIPALITY).isWaitingAt(CONTACT_REPORTER);
  }

  /**
   * The start transaction writes every variable once: with history full each write is another history row
   * ({@code ACT_HI_DETAIL}), so a value the report already holds (its reference, a care-law flag it gave) is not
   * written again by the registration.
   */
  @Test
  void writesEachVariableOnceInTheStartTransaction() {
    Map<String, Object> report = report(UUID.randomUUID().toString());
    CARE_UNDER_WLZ.put(report, false);
    ProcessInstance pi = reportCalamity(report);

    Map<String, Long> writes = history.createHistoricDetailQuery().processInstanceId(pi.getId()).variableUpdates()
        .list().stream().collect(java.util.stream.Collectors.groupingBy(
            d -> ((org.camunda.bpm.engine.history.HistoricVariableUpdate) d).getVariableName(),
            java.util.stream.Collectors.counting()));
    assertThat(writes).containsKeys(REPORTER_REFERENCE.name(), CARE_UNDER_WLZ.name(), CASE_NUMBER.name(),
        IGJ_COORDINATION_REQUIRED.name());
    assertThat(writes).allSatisfy((name, count) -> assertThat(count).as("writes of %s", name).isEqualTo(1L));
    assertThat(pi).variables().containsEntry(REPORTER_REFERENCE.name(), report.get(REPORTER_REFERENCE.name()))
        .containsEntry(CARE_UNDER_WLZ.name(), false).containsEntry("careUnderZvw", false)
        .containsEntry("careUnderJeugdwet", false).containsEntry(IGJ_COORDINATION_REQUIRED.name(), false);
  }

  @Test
  void closesAfterOwnInvestigationJudgedSufficient() throws Exception {
    ProcessInstance pi = throughIntake(report(UUID.randomUUID().toString()));
    assertThat(pi).hasNotPassed(INFORM_IGJ);

    complete(task(CHOOSE_INVESTIGATION, pi), withVariables(INVESTIGATION_BY.name(), "toezichthouder",
        "investigationChoiceMotivation", "Ernstig letsel."));
    complete(task(OWN_INVESTIGATION, pi), withVariables(OWN_FINDINGS.name(), "Transferprotocol niet gevolgd."));
    complete(task(ASSESS_INVESTIGATION, pi), withVariables(INVESTIGATION_CAREFUL.name(), true,
        MEASURES_SUFFICIENT.name(), true, ASSESSMENT_FINDINGS.name(), "Protocol aangepast en medewerkers geschoold."));
    runAsyncJobs(management, pi);

    assertThat(pi).hasPassed(SEND_CLOSING_LETTER).isEnded().hasPassed(CLOSED);
    MimeMessage letter = TestMailServer.mailsFor(caseNumber(pi)).stream()
        .filter(m -> subjectOf(m).startsWith("Afronding")).findFirst().orElseThrow();
    assertThat(letter.getRecipients(Message.RecipientType.TO)[0].toString()).isEqualTo("kwaliteit@zorgthuiszuid.example");
    assertThat(letter.getRecipients(Message.RecipientType.CC)[0].toString()).isEqualTo("wmo-toezicht@heerlen.demo.example");
    assertThat(TestMailServer.bodyOf(letter)).contains("Protocol aangepast en medewerkers geschoold.");
    assertThat(PdfDocuments.letterText(caseNumber(pi), "calamiteit-afgesloten")).contains("Gemeente Heerlen",
        caseNumber(pi), "Zorg Thuis Zuid B.V.", "Afronding onderzoek calamiteit van 20 november 2026",
        "Protocol aangepast en medewerkers geschoold.", "Toezichthouder Wmo");
  }

  @Test
  void coordinatesWithIgjWhenTheProviderAlsoDeliversWlzCare() throws Exception {
    Map<String, Object> report = report(UUID.randomUUID().toString());
    CARE_UNDER_WLZ.put(report, true);
    ProcessInstance pi = reportCalamity(report);
    assertThat(pi).isWaitingAt(CONTACT_REPORTER, INFORM_MUNICIPALITY, INFORM_IGJ);

    runAsyncJobs(management, pi);
    assertThat(pi).isWaitingAt(CONTACT_REPORTER, COORDINATE_WITH_IGJ);
    assertThat(subjects(pi)).anyMatch(s -> s.startsWith("Afstemming calamiteit"));
    assertThat(TestMailServer.mailsFor(caseNumber(pi)).stream().filter(m -> subjectOf(m).startsWith("Afstemming"))
        .findFirst().orElseThrow().getContent().toString()).contains("Wet langdurige zorg");

    complete(task(COORDINATE_WITH_IGJ, pi), withVariables("igjLead", "gezamenlijk", "igjAgreements", "Samen."));
    complete(task(CONTACT_REPORTER, pi), withVariables("contactDate", "2026-11-24", "contactNotes", "Gesproken."));
    assertThat(pi).isWaitingAt(CHOOSE_INVESTIGATION).variables().containsEntry("igjLead", "gezamenlijk");
  }

  @Test
  void assessesTheProvidersReportWhenItArrivesInTime() throws Exception {
    ProcessInstance pi = awaitingProviderReport("2026-12-18");
    assertThat(subjects(pi)).anyMatch(s -> s.startsWith("Verzoek om onderzoek"));
    assertThat(PdfDocuments.letterText(caseNumber(pi), "calamiteit-onderzoek-verzoek")).contains(caseNumber(pi),
        "artikel 3.4 van de Wet maatschappelijke ondersteuning 2015", "uiterlijk op 18 december 2026 (laatste dag)");
    assertThat(timerDue(management, pi, REMINDER_DUE)).isEqualTo(at("2026-12-11T08:00"));
    assertThat(timerDue(management, pi, REPORT_OVERDUE)).isEqualTo(at("2026-12-19T00:00"));

    runtime.createMessageCorrelation(CalamityProcess.Messages.PROVIDER_INVESTIGATION)
        .processInstanceBusinessKey(caseNumber(pi))
        .setVariable(PROVIDER_REPORT_SUMMARY.name(), "Oorzaak: tilband versleten. Maatregel: vervangen en controle.")
        .correlate();

    assertThat(pi).isWaitingAt(ASSESS_INVESTIGATION).hasNotPassed(REMIND_PROVIDER)
        .variables().containsEntry(PROVIDER_REPORT_SUMMARY.name(), "Oorzaak: tilband versleten. Maatregel: vervangen en controle.");
  }

  @Test
  void remindsTheProviderFiveWorkingDaysBeforeTheDeadline() throws Exception {
    ProcessInstance pi = awaitingProviderReport("2026-12-18");

    setClock("2026-12-11T08:00");
    fireDueTimers(management, pi);

    assertThat(pi).hasPassed(REMIND_PROVIDER, REMINDER_SENT).isWaitingAt(AWAIT_PROVIDER_REPORT);
    MimeMessage reminder = TestMailServer.mailsFor(caseNumber(pi)).stream()
        .filter(m -> subjectOf(m).startsWith("Herinnering")).findFirst().orElseThrow();
    assertThat(reminder.getSubject()).contains("18 december 2026");
    assertThat(reminder.getRecipients(Message.RecipientType.TO)[0].toString()).isEqualTo("kwaliteit@zorgthuiszuid.example");
  }

  @Test
  void escalatesAtTheDeadlineAndWaitsAgainAfterAnExtension() throws Exception {
    ProcessInstance pi = awaitingProviderReport("2026-12-18");

    setClock("2026-12-19T00:00");
    fireDueTimers(management, pi);
    assertThat(pi).hasPassed(REMIND_PROVIDER).isWaitingAt(HANDLE_OVERDUE_REPORT);
    assertThat(task(HANDLE_OVERDUE_REPORT, pi)).hasCandidateGroup("toezichthouders");

    complete(task(HANDLE_OVERDUE_REPORT, pi), withVariables(OVERDUE_ACTION.name(), "verlengen",
        PROVIDER_INVESTIGATION_DEADLINE.name(), "2027-01-15", "overdueMotivation", "Aanbieder vroeg uitstel."));
    runAsyncJobs(management, pi);

    assertThat(pi).hasPassed(NOTIFY_EXTENSION).isWaitingAt(AWAIT_PROVIDER_REPORT);
    assertThat(timerDue(management, pi, REPORT_OVERDUE)).isEqualTo(at("2027-01-16T00:00"));
    assertThat(subjects(pi)).anyMatch(s -> s.startsWith("Nieuwe termijn"));
  }

  @Test
  void acceptsALateReportWhileTheSupervisorDecides() throws Exception {
    ProcessInstance pi = awaitingProviderReport("2026-12-18");
    setClock("2026-12-21T09:00");
    fireDueTimers(management, pi);
    assertThat(pi).isWaitingAt(HANDLE_OVERDUE_REPORT);

    runtime.createMessageCorrelation(CalamityProcess.Messages.PROVIDER_INVESTIGATION)
        .processInstanceBusinessKey(caseNumber(pi)).setVariable(PROVIDER_REPORT_SUMMARY.name(), "Alsnog.").correlate();

    assertThat(pi).hasPassed(LATE_REPORT_RECEIVED).isWaitingAt(ASSESS_INVESTIGATION);
  }

  /** After the deadline without a report the supervisor investigates itself, or assesses without the report. */
  @ParameterizedTest(name = "{0} → {2}")
  @CsvSource({"eigenOnderzoek, Geen reactie., " + OWN_INVESTIGATION, "beoordelen, Weigert., " + ASSESS_INVESTIGATION})
  void handlesAnOverdueReport(String action, String motivation, String waitsAt) throws Exception {
    ProcessInstance pi = awaitingProviderReport("2026-12-18");
    setClock("2026-12-21T09:00");
    fireDueTimers(management, pi);

    complete(task(HANDLE_OVERDUE_REPORT, pi), withVariables(OVERDUE_ACTION.name(), action,
        "overdueMotivation", motivation));
    assertThat(pi).isWaitingAt(waitsAt);
  }

  @Test
  void handsOverToThePyramidWithTheAdvice() throws Exception {
    ProcessInstance pi = throughIntake(report(UUID.randomUUID().toString()));
    complete(task(CHOOSE_INVESTIGATION, pi), withVariables(INVESTIGATION_BY.name(), "toezichthouder",
        "investigationChoiceMotivation", "Ernstig."));
    complete(task(OWN_INVESTIGATION, pi), withVariables(OWN_FINDINGS.name(), "Geen protocol."));
    complete(task(ASSESS_INVESTIGATION, pi), withVariables(INVESTIGATION_CAREFUL.name(), false, MEASURES_SUFFICIENT.name(), false,
        ASSESSMENT_FINDINGS.name(), "Geen maatregelen.", ESCALATION_ROUTE.name(), "interventiepiramide",
        SERIOUSNESS.name(), "groot", RECURRENCE_CHANCE.name(), "gemiddeld"));
    assertThat(pi).isWaitingAt(HAND_OVER_TO_ENFORCEMENT);
    runAsyncJobs(management, pi);

    assertThat(pi).isEnded().hasPassed(ESCALATED_TO_ENFORCEMENT);
    ProcessInstance received = runtime.createProcessInstanceQuery().processDefinitionKey("interventiepiramide")
        .variableValueEquals(ORIGIN_CASE_NUMBER.name(), caseNumber(pi)).singleResult();
    assertThat(received).isNotNull();
    // the client's municipality leads the enforcement (decisions/initiatiefGemeente.dmn)
    assertThat(received.getTenantId()).isEqualTo("GM0917");
    assertThat(received).isWaitingAt("Task_WeighImmediateMeasures").variables()
        .containsEntry(SERIOUSNESS.name(), "groot").containsEntry(RECURRENCE_CHANCE.name(), "gemiddeld")
        .containsEntry(FINDINGS.name(), "Geen maatregelen.").containsEntry(MUNICIPALITY_CODE.name(), "GM0917")
        .containsEntry(LEAD_MUNICIPALITY.name(), "GM0917").containsEntry("suggestedCategory", 1)
        .containsEntry(PROVIDER_KVK_NUMBER.name(), "12345678").containsEntry(ORIGIN_PROCESS.name(), "calamiteit");
    assertThat(runtime.createProcessInstanceQuery().processInstanceId(pi.getId()).count()).isZero();
    assertThat(history.createHistoricVariableInstanceQuery().processInstanceId(pi.getId())
        .variableName("handedOverToProcessInstanceId").singleResult().getValue()).isEqualTo(received.getId());
  }

  @Test
  void handsOverToASignalInvestigation() throws Exception {
    ProcessInstance pi = awaitingProviderReport("2026-12-18");
    runtime.createMessageCorrelation(CalamityProcess.Messages.PROVIDER_INVESTIGATION)
        .processInstanceBusinessKey(caseNumber(pi)).setVariable(PROVIDER_REPORT_SUMMARY.name(), "Summier.").correlate();
    complete(task(ASSESS_INVESTIGATION, pi), withVariables(INVESTIGATION_CAREFUL.name(), false, MEASURES_SUFFICIENT.name(), true,
        ASSESSMENT_FINDINGS.name(), "Onderzoek onvolledig; meer signalen.", ESCALATION_ROUTE.name(), "signaalonderzoek"));
    runAsyncJobs(management, pi);

    assertThat(pi).isEnded().hasPassed(HAND_OVER_TO_INVESTIGATION, ESCALATED_TO_INVESTIGATION);
    ProcessInstance received = runtime.createProcessInstanceQuery().processDefinitionKey("signaalonderzoek")
        .variableValueEquals(ORIGIN_CASE_NUMBER.name(), caseNumber(pi)).singleResult();
    assertThat(received.getBusinessKey()).matches("SIG-2026-\\d{5}");
    assertThat(received.getTenantId()).isEqualTo("GM0917");
    assertThat(received).isWaitingAt("Task_Triage").variables()
        .containsEntry(FINDINGS.name(), "Onderzoek onvolledig; meer signalen.")
        .containsEntry(SIGNAL_SOURCE.name(), "calamiteit").containsEntry(ORIGIN_PROCESS.name(), "calamiteit")
        .containsEntry(PROVIDER_KVK_NUMBER.name(), "12345678").containsEntry(REPORTER_REFERENCE.name(), caseNumber(pi))
        .doesNotContainKey(SERIOUSNESS.name());
    assertThat((String) runtime.getVariable(received.getId(), DESCRIPTION.name()))
        .contains("Cliënt gevallen tijdens transfer", "Onderzoek onvolledig; meer signalen.");
    assertThat(history.createHistoricVariableInstanceQuery().processInstanceId(pi.getId())
        .variableName("handedOverToProcessInstanceId").singleResult().getValue()).isEqualTo(received.getId());
  }

  @Test
  void rejectsAnInvalidReportAndStartsNothing() {
    Map<String, Object> report = report(UUID.randomUUID().toString());
    PROVIDER_KVK_NUMBER.put(report, "1234");
    MUNICIPALITY_CODE.put(report, "GM9999");
    report.remove(DESCRIPTION.name());
    long before = runtime.createProcessInstanceQuery().processDefinitionKey(CalamityProcess.KEY).count();

    assertThatThrownBy(() -> reportCalamity(report)).isInstanceOfSatisfying(InvalidInputException.class,
        e -> assertThat(e.errors()).extracting("field")
            .containsExactlyInAnyOrder("providerKvkNumber", MUNICIPALITY_CODE.name(), DESCRIPTION.name()));
    assertThat(runtime.createProcessInstanceQuery().processDefinitionKey(CalamityProcess.KEY).count()).isEqualTo(before);
  }

  @Test
  void startsOneCaseForARepeatedReference() {
    String reference = UUID.randomUUID().toString();
    ProcessInstance first = reportCalamity(report(reference));

    assertThatThrownBy(() -> reportCalamity(report(reference))).isInstanceOfSatisfying(DuplicateReportException.class,
        e -> assertThat(e.caseNumber()).isEqualTo(first.getBusinessKey()));
    assertThat(runtime.createProcessInstanceQuery().variableValueEquals(REPORTER_REFERENCE.name(), reference).count())
        .isEqualTo(1);
  }

  @Test
  void registersAReportByHandWithoutReference() {
    identity.setAuthentication("toezichthouder", List.of("toezichthouders"), List.of("GM0917", "GM0935", "GM0928"));
    Map<String, Object> report = report(null);
    report.remove("reporterReference");
    MUNICIPALITY_CODE.put(report, "GM0935");
    ProcessInstance pi = runtime.startProcessInstanceByKey(CalamityProcess.KEY, report);
    identity.clearAuthentication();

    assertThat(pi).isWaitingAt(CONTACT_REPORTER).variables().containsEntry(INITIATOR.name(), "toezichthouder")
        .containsEntry(REPORTER_REFERENCE.name(), pi.getBusinessKey()).containsEntry(MUNICIPALITY_NAME.name(), "Maastricht");
    assertThat(pi.getTenantId()).isEqualTo("GM0935");
  }

  @Test
  void refusesAProviderDeadlineInThePast() throws Exception {
    ProcessInstance pi = throughIntake(report(UUID.randomUUID().toString()));
    String taskId = task(CHOOSE_INVESTIGATION, pi).getId();

    assertThatThrownBy(() -> tasks.complete(taskId, Map.of("investigationBy", "aanbieder",
        PROVIDER_INVESTIGATION_DEADLINE.name(), "2026-11-01", "investigationChoiceMotivation", "x")))
        .hasRootCauseInstanceOf(InvalidInputException.class).hasMessageContaining(PROVIDER_INVESTIGATION_DEADLINE.name());
    assertThat(pi).isWaitingAt(CHOOSE_INVESTIGATION);
  }

  private static String subjectOf(MimeMessage message) {
    try {
      return message.getSubject();
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }
}

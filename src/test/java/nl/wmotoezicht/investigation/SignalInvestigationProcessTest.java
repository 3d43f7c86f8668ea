package nl.wmotoezicht.investigation;

import static nl.wmotoezicht.dwangsom.DwangsomProcess.Variables.COMPLIANCE_FINDING;
import static nl.wmotoezicht.dwangsom.DwangsomProcess.Variables.COMPLIANCE_TERM;
import static nl.wmotoezicht.dwangsom.DwangsomProcess.Variables.DECISION;
import static nl.wmotoezicht.dwangsom.DwangsomProcess.Variables.DECISION_MOTIVATION;
import static nl.wmotoezicht.dwangsom.DwangsomProcess.Variables.DWANGSOM_AMOUNT;
import static nl.wmotoezicht.dwangsom.DwangsomProcess.Variables.DWANGSOM_KIND;
import static nl.wmotoezicht.dwangsom.DwangsomProcess.Variables.DWANGSOM_MAXIMUM;
import static nl.wmotoezicht.dwangsom.DwangsomProcess.Variables.LAST_DESCRIPTION;
import static nl.wmotoezicht.dwangsom.DwangsomProcess.Variables.RECHECK_DATE;
import static nl.wmotoezicht.dwangsom.DwangsomProcess.Variables.RECHECK_FINDINGS;
import static nl.wmotoezicht.dwangsom.DwangsomProcess.Variables.SANCTION_TYPE;
import static nl.wmotoezicht.dwangsom.DwangsomProcess.Variables.ZIENSWIJZE_TERM;
import static nl.wmotoezicht.investigation.InvestigationProcess.Variables.ACUTE_DANGER;
import static nl.wmotoezicht.investigation.InvestigationProcess.Variables.ADVICE;
import static nl.wmotoezicht.investigation.InvestigationProcess.Variables.ADVICE_MOTIVATION;
import static nl.wmotoezicht.investigation.InvestigationProcess.Variables.ANOTHER_POWER;
import static nl.wmotoezicht.investigation.InvestigationProcess.Variables.COOPERATION_REFUSED;
import static nl.wmotoezicht.investigation.InvestigationProcess.Variables.DESCRIPTION;
import static nl.wmotoezicht.investigation.InvestigationProcess.Variables.DWANGSOM_OUTCOME;
import static nl.wmotoezicht.investigation.InvestigationProcess.Variables.ESCALATION_MOTIVATION;
import static nl.wmotoezicht.investigation.InvestigationProcess.Variables.FINAL_CONCLUSION;
import static nl.wmotoezicht.investigation.InvestigationProcess.Variables.FINAL_REPORT_DOCUMENT;
import static nl.wmotoezicht.investigation.InvestigationProcess.Variables.FINDINGS;
import static nl.wmotoezicht.investigation.InvestigationProcess.Variables.FINDINGS_CLIENT_CENTRED;
import static nl.wmotoezicht.investigation.InvestigationProcess.Variables.FINDINGS_PROFESSIONALISM;
import static nl.wmotoezicht.investigation.InvestigationProcess.Variables.FINDINGS_SAFETY;
import static nl.wmotoezicht.investigation.InvestigationProcess.Variables.FRAUD_SUSPECTED;
import static nl.wmotoezicht.investigation.InvestigationProcess.Variables.INITIATOR;
import static nl.wmotoezicht.investigation.InvestigationProcess.Variables.IN_SCOPE;
import static nl.wmotoezicht.investigation.InvestigationProcess.Variables.LEAD_MUNICIPALITY;
import static nl.wmotoezicht.investigation.InvestigationProcess.Variables.LEAD_MUNICIPALITY_NAME;
import static nl.wmotoezicht.investigation.InvestigationProcess.Variables.LOCATION;
import static nl.wmotoezicht.investigation.InvestigationProcess.Variables.MANY_CLIENTS;
import static nl.wmotoezicht.investigation.InvestigationProcess.Variables.OBSERVED_ON;
import static nl.wmotoezicht.investigation.InvestigationProcess.Variables.ORIGIN_PROCESS;
import static nl.wmotoezicht.investigation.InvestigationProcess.Variables.PASS_TO_IKZ;
import static nl.wmotoezicht.investigation.InvestigationProcess.Variables.POWERS_USED;
import static nl.wmotoezicht.investigation.InvestigationProcess.Variables.POWERS_USED_TEXT;
import static nl.wmotoezicht.investigation.InvestigationProcess.Variables.POWER_DATE;
import static nl.wmotoezicht.investigation.InvestigationProcess.Variables.POWER_DESCRIPTION;
import static nl.wmotoezicht.investigation.InvestigationProcess.Variables.POWER_LEGAL_BASIS;
import static nl.wmotoezicht.investigation.InvestigationProcess.Variables.POWER_MOTIVATION;
import static nl.wmotoezicht.investigation.InvestigationProcess.Variables.RECURRENCE_CHANCE;
import static nl.wmotoezicht.investigation.InvestigationProcess.Variables.REFUSAL_DESCRIPTION;
import static nl.wmotoezicht.investigation.InvestigationProcess.Variables.REPAIR_ACTIONS;
import static nl.wmotoezicht.investigation.InvestigationProcess.Variables.REPAIR_ASSESSMENT;
import static nl.wmotoezicht.investigation.InvestigationProcess.Variables.REPAIR_DEADLINE;
import static nl.wmotoezicht.investigation.InvestigationProcess.Variables.REPAIR_REPORT;
import static nl.wmotoezicht.investigation.InvestigationProcess.Variables.REPAIR_ROUTE;
import static nl.wmotoezicht.investigation.InvestigationProcess.Variables.REPAIR_SUFFICIENT;
import static nl.wmotoezicht.investigation.InvestigationProcess.Variables.REPAIR_TERM;
import static nl.wmotoezicht.investigation.InvestigationProcess.Variables.REPORTER_EMAIL;
import static nl.wmotoezicht.investigation.InvestigationProcess.Variables.REPORTER_MAILABLE;
import static nl.wmotoezicht.investigation.InvestigationProcess.Variables.REPORTER_NAME;
import static nl.wmotoezicht.investigation.InvestigationProcess.Variables.REPORTER_REFERENCE;
import static nl.wmotoezicht.investigation.InvestigationProcess.Variables.REPORT_CONCLUSION;
import static nl.wmotoezicht.investigation.InvestigationProcess.Variables.SERIOUSNESS;
import static nl.wmotoezicht.investigation.InvestigationProcess.Variables.SHORTCOMINGS;
import static nl.wmotoezicht.investigation.InvestigationProcess.Variables.SIGNAL_SOURCE;
import static nl.wmotoezicht.investigation.InvestigationProcess.Variables.START_DEADLINE;
import static nl.wmotoezicht.investigation.InvestigationProcess.Variables.SUBJECT;
import static nl.wmotoezicht.investigation.InvestigationProcess.Variables.THEME_CLIENT_CENTRED;
import static nl.wmotoezicht.investigation.InvestigationProcess.Variables.THEME_PROFESSIONALISM;
import static nl.wmotoezicht.investigation.InvestigationProcess.Variables.THEME_SAFETY;
import static nl.wmotoezicht.investigation.InvestigationProcess.Variables.TRIAGE_MOTIVATION;
import static nl.wmotoezicht.investigation.InvestigationProcess.Variables.URGENCY;
import static nl.wmotoezicht.investigation.InvestigationProcess.Variables.ZIENSWIJZE;
import static nl.wmotoezicht.investigation.InvestigationProcess.Variables.ZIENSWIJZE_DEADLINE;
import static nl.wmotoezicht.investigation.InvestigationProcess.Variables.ZIENSWIJZE_RESPONSE;
import static nl.wmotoezicht.kernel.CaseVariables.CASE_NUMBER;
import static nl.wmotoezicht.kernel.CaseVariables.MUNICIPALITY_CODE;
import static nl.wmotoezicht.kernel.CaseVariables.MUNICIPALITY_NAME;
import static nl.wmotoezicht.kernel.CaseVariables.ORIGIN_CASE_NUMBER;
import static nl.wmotoezicht.kernel.ProviderVariables.PROVIDER_EMAIL;
import static nl.wmotoezicht.kernel.ProviderVariables.PROVIDER_KVK_NUMBER;
import static nl.wmotoezicht.kernel.ProviderVariables.PROVIDER_NAME;
import static nl.wmotoezicht.investigation.InvestigationProcess.Elements.*;
import static nl.wmotoezicht.investigation.ReportingProcess.Elements.*;
import static nl.wmotoezicht.testsupport.ProcessTestSupport.at;
import static nl.wmotoezicht.testsupport.ProcessTestSupport.fireDueTimers;
import static nl.wmotoezicht.testsupport.ProcessTestSupport.runAsyncJobs;
import static nl.wmotoezicht.testsupport.ProcessTestSupport.runAsyncJobsWithCalled;
import static nl.wmotoezicht.testsupport.ProcessTestSupport.setClock;
import static nl.wmotoezicht.testsupport.ProcessTestSupport.timerDue;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.withVariables;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.mail.Message;
import jakarta.mail.internet.MimeMessage;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import nl.wmotoezicht.cases.DuplicateReportException;
import nl.wmotoezicht.dwangsom.DwangsomProcess;
import nl.wmotoezicht.kernel.InvalidInputException;
import nl.wmotoezicht.testsupport.PdfDocuments;
import nl.wmotoezicht.testsupport.ProcessScenario;
import nl.wmotoezicht.testsupport.TestMailServer;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.history.HistoricVariableUpdate;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import nl.wmotoezicht.testsupport.TestProvider;

/** Every path of {@code processes/signaalonderzoek.bpmn}, as the supervisor, the provider and the other processes walk it. */
@ProcessScenario
class SignalInvestigationProcessTest {

  static final String ZORG_THUIS_ZUID = "12345678"; // contract Heerlen (40 indications) and Maastricht (12)
  static final String MAASVALLEI = "34567890"; // contract Maastricht (25) and Heerlen (5)
  static final String REPORTER = "toegang@heerlen.demo.example";
  static final String PROVIDER = "kwaliteit@zorgthuiszuid.example";
  static final String HEERLEN = "wmo-toezicht@heerlen.demo.example";
  static final String MAASTRICHT = "wmo-toezicht@maastricht.demo.example";

  @Autowired ProcessEngine engine;
  @Autowired RuntimeService runtime;
  @Autowired TaskService tasks;
  @Autowired ManagementService management;
  @Autowired HistoryService history;
  @Autowired IdentityService identity;
  private final ObjectMapper json = new ObjectMapper();
  /** The case's {@code rapportage} instance (herstel, reports, publication), once called. */
  private ProcessInstance report;

  /** The {@code rapportage} instance the investigation called (found while it runs, then kept). */
  private ProcessInstance report(ProcessInstance pi) {
    if (report == null) {
      report = runtime.createProcessInstanceQuery().superProcessInstanceId(pi.getId())
          .processDefinitionKey(ReportingProcess.KEY).singleResult();
      if (report == null) {
        throw new AssertionError("rapportage not called by " + pi.getId());
      }
      assertThat(report.getBusinessKey()).isEqualTo(pi.getBusinessKey());
      assertThat(report.getTenantId()).isEqualTo(pi.getTenantId());
    }
    return report;
  }

  private void runJobs(ProcessInstance pi) {
    runAsyncJobsWithCalled(management, runtime, pi);
  }

  /** A valid signal from the access team of Heerlen about Zorg Thuis Zuid. */
  static Map<String, Object> signal(String reference) {
    Map<String, Object> signal = new HashMap<>();
    signal.put(REPORTER_REFERENCE.name(), reference);
    signal.put(SIGNAL_SOURCE.name(), "toegang");
    new TestProvider("Zorg Thuis Zuid B.V.", ZORG_THUIS_ZUID, PROVIDER).into(signal);
    signal.put(LOCATION.name(), "Wijkteam Heerlen-Noord");
    signal.put(MUNICIPALITY_CODE.name(), "GM0917");
    signal.put(DESCRIPTION.name(), "Begeleiding komt al weken niet opdagen; cliënten worden niet gebeld.");
    signal.put(OBSERVED_ON.name(), "2026-11-18");
    signal.put(REPORTER_NAME.name(), "Team Toegang Heerlen");
    signal.put(REPORTER_EMAIL.name(), REPORTER);
    return signal;
  }

  private ProcessInstance receive(Map<String, Object> signal) {
    return runtime.createMessageCorrelation(InvestigationProcess.Messages.SIGNAL_RECEIVED).setVariables(signal)
        .correlateStartMessage();
  }

  private static Map<String, Object> triage(String subject, boolean inScope, boolean acute, boolean fraud) {
    return withVariables(SUBJECT.name(), subject, IN_SCOPE.name(), inScope, ACUTE_DANGER.name(), acute,
        MANY_CLIENTS.name(), false, FRAUD_SUSPECTED.name(), fraud, TRIAGE_MOTIVATION.name(), "Past in het Wmo-toezicht.");
  }

  /** Received and triaged as an ordinary quality signal: waiting for the first use of a power. */
  private ProcessInstance investigating(Map<String, Object> signal) {
    ProcessInstance pi = receive(signal);
    complete(task(TRIAGE, pi), triage("kwaliteit", true, false, false));
    runAsyncJobs(management, pi);
    assertThat(pi).isWaitingAt(RECORD_POWER_USE);
    return pi;
  }

  private static Map<String, Object> power(String basis, boolean refused, boolean another) {
    Map<String, Object> use = withVariables(POWER_LEGAL_BASIS.name(), basis, POWER_DATE.name(), "2026-11-23",
        POWER_DESCRIPTION.name(), "Dossiers van vijf cliënten ingezien.",
        POWER_MOTIVATION.name(), "Nodig om de signalen over uitval te toetsen; een gesprek alleen geeft onvoldoende zicht.",
        COOPERATION_REFUSED.name(), refused, ANOTHER_POWER.name(), another);
    if (refused) {
      use.put(REFUSAL_DESCRIPTION.name(), "De directie weigert inzage in de cliëntdossiers.");
    }
    return use;
  }

  private static Map<String, Object> judgement(String safety) {
    return withVariables(THEME_CLIENT_CENTRED.name(), "voldoet", FINDINGS_CLIENT_CENTRED.name(), "Cliënten voelen zich gehoord.",
        THEME_PROFESSIONALISM.name(), "voldoet", FINDINGS_PROFESSIONALISM.name(), "Medewerkers hebben een VOG.",
        THEME_SAFETY.name(), safety, FINDINGS_SAFETY.name(), "Uitval van begeleiding wordt niet opgevangen.");
  }

  /** Investigated with one power; the judgement given: waiting at the choice of herstelaanbod, or at the concept. */
  private ProcessInstance judged(Map<String, Object> signal, String safety) {
    ProcessInstance pi = investigating(signal);
    complete(task(RECORD_POWER_USE, pi), power("wmo-6.1-lid2", false, false));
    complete(task(JUDGE_THEMES, pi), judgement(safety));
    return pi;
  }

  /** Concept report written, generated and sent: waiting for the zienswijze. */
  private ProcessInstance awaitingZienswijze(Map<String, Object> signal) {
    ProcessInstance pi = judged(signal, "voldoet");
    assertThat(pi).isWaitingAt(CALL_REPORTING);
    assertThat(report(pi)).isWaitingAt(WRITE_CONCEPT_REPORT);
    complete(task(WRITE_CONCEPT_REPORT, report(pi)), withVariables(REPORT_CONCLUSION.name(), "De aanbieder voldoet aan de norm."));
    runJobs(pi);
    assertThat(report(pi)).isWaitingAt(AWAIT_ZIENSWIJZE);
    return pi;
  }

  /** Through the final report and the publication: waiting for the advice. */
  private ProcessInstance awaitingAdvice(Map<String, Object> signal) {
    ProcessInstance pi = awaitingZienswijze(signal);
    setClock("2026-12-08T00:00");
    fireDueTimers(management, report(pi));
    complete(task(FINAL_REPORT, report(pi)), withVariables(FINAL_CONCLUSION.name(), "De aanbieder voldoet aan de norm."));
    runJobs(pi);
    assertThat(report(pi)).isEnded();
    assertThat(pi).isWaitingAt(ADVISE_COLLEGE);
    return pi;
  }

  private String caseNumber(ProcessInstance pi) {
    return (String) history.createHistoricVariableInstanceQuery().processInstanceId(pi.getId())
        .variableName(CASE_NUMBER.name()).singleResult().getValue();
  }

  private Object variable(ProcessInstance pi, String name) {
    return history.createHistoricVariableInstanceQuery().processInstanceId(pi.getId()).variableName(name)
        .singleResult().getValue();
  }

  private MimeMessage mail(ProcessInstance pi, String template) throws Exception {
    return TestMailServer.mailsFor(caseNumber(pi)).stream().filter(m -> template.equals(TestMailServer.templateOf(m)))
        .findFirst().orElseThrow(() -> new AssertionError("no mail " + template));
  }

  private List<String> templates(ProcessInstance pi) throws Exception {
    return TestMailServer.mailsFor(caseNumber(pi)).stream().map(TestMailServer::templateOf).toList();
  }

  private static String to(MimeMessage mail) throws Exception {
    return mail.getRecipients(Message.RecipientType.TO)[0].toString();
  }

  // ------------------------------------------------------------------------------------------ intake and triage

  @Test
  void registersTheSignalTriagesItAndTellsTheReporterItIsPickedUp() throws Exception {
    ProcessInstance pi = receive(signal(UUID.randomUUID().toString()));

    assertThat(pi).isWaitingAt(TRIAGE).hasPassed(REGISTER_SIGNAL);
    assertThat(pi.getBusinessKey()).matches("SIG-2026-\\d{5}");
    assertThat(pi.getTenantId()).isEqualTo("GM0917");
    assertThat(task(TRIAGE, pi)).hasCandidateGroup("toezichthouders").hasDueDate(at("2026-11-25T17:00"));

    complete(task(TRIAGE, pi), triage("kwaliteit", true, false, false));
    runAsyncJobs(management, pi);

    assertThat(pi).hasPassedInOrder(EVALUATE_TRIAGE, DECIDE_LEAD_MUNICIPALITY, RECORD_LEAD_MUNICIPALITY);
    assertThat(history.createHistoricDecisionInstanceQuery().processInstanceId(pi.getId()).activityIdIn(EVALUATE_TRIAGE)
        .decisionDefinitionKey(InvestigationProcess.TRIAGE_DECISION).count()).isOne(); // taken in the model, on record
    assertThat(pi).hasPassed(EVALUATE_TRIAGE, FEEDBACK_PICKED_UP).hasNotPassed(INFORM_IKZ).isWaitingAt(RECORD_POWER_USE)
        .variables().containsEntry(URGENCY.name(), "normaal").containsEntry(START_DEADLINE.name(), "2026-12-07")
        .containsEntry(PASS_TO_IKZ.name(), false).containsEntry(LEAD_MUNICIPALITY.name(), "GM0917")
        .containsEntry(LEAD_MUNICIPALITY_NAME.name(), "Heerlen");
    assertThat(task(RECORD_POWER_USE, pi)).hasDueDate(at("2026-12-07T17:00")); // ten working days
    MimeMessage feedback = mail(pi, "signaal-terugkoppeling-ontvangen");
    assertThat(to(feedback)).isEqualTo(REPORTER);
    assertThat(TestMailServer.bodyOf(feedback)).contains("stelt een onderzoek in", "7 december 2026")
        .doesNotContain("Informatieknooppunt");
  }

  @Test
  void passesAFraudSignalToTheIkzAndStartsWithPriority() throws Exception {
    ProcessInstance pi = receive(signal(UUID.randomUUID().toString()));
    complete(task(TRIAGE, pi), triage("rechtmatigheid", true, false, true));
    runAsyncJobs(management, pi);

    assertThat(pi).hasPassed(INFORM_IKZ, FEEDBACK_PICKED_UP).isWaitingAt(RECORD_POWER_USE).variables()
        .containsEntry(URGENCY.name(), "hoog").containsEntry(START_DEADLINE.name(), "2026-11-30")
        .containsEntry(PASS_TO_IKZ.name(), true);
    assertThat(to(mail(pi, "signaal-ikz"))).isEqualTo("meldingen@ikz.demo.example");
    assertThat(TestMailServer.bodyOf(mail(pi, "signaal-terugkoppeling-ontvangen"))).contains("Informatieknooppunt Zorgfraude");
  }

  @Test
  void startsWithinOneWorkingDayOnAcuteDanger() {
    ProcessInstance pi = receive(signal(UUID.randomUUID().toString()));
    complete(task(TRIAGE, pi), triage("kwaliteit", true, true, false));
    runAsyncJobs(management, pi);

    assertThat(pi).isWaitingAt(RECORD_POWER_USE).variables().containsEntry(URGENCY.name(), "spoed")
        .containsEntry(START_DEADLINE.name(), "2026-11-24");
  }

  @Test
  void endsASignalOutsideTheScopeWithFeedbackToTheReporter() throws Exception {
    ProcessInstance pi = receive(signal(UUID.randomUUID().toString()));
    complete(task(TRIAGE, pi), triage("kwaliteit", false, false, false));
    runAsyncJobs(management, pi);

    assertThat(pi).isEnded().hasPassed(FEEDBACK_PICKED_UP, NOT_IN_SCOPE).hasNotPassed(RECORD_POWER_USE);
    assertThat(TestMailServer.bodyOf(mail(pi, "signaal-terugkoppeling-ontvangen")))
        .contains("niet binnen het toezicht op de Wmo 2015");
  }

  @Test
  void refusesAFraudSuspicionOnAPureQualitySignal() {
    ProcessInstance pi = receive(signal(UUID.randomUUID().toString()));
    String taskId = task(TRIAGE, pi).getId();

    assertThatThrownBy(() -> tasks.complete(taskId, triage("kwaliteit", true, false, true)))
        .hasRootCauseInstanceOf(InvalidInputException.class).hasMessageContaining("vermoedenFraude");
    assertThat(pi).isWaitingAt(TRIAGE);
  }

  @Test
  void rejectsAnInvalidSignalAndStartsNothing() {
    Map<String, Object> signal = signal(UUID.randomUUID().toString());
    signal.put(SIGNAL_SOURCE.name(), "buurman");
    signal.put(PROVIDER_KVK_NUMBER.name(), "1234");
    signal.remove("description");
    long before = runtime.createProcessInstanceQuery().processDefinitionKey(InvestigationProcess.KEY).count();

    assertThatThrownBy(() -> receive(signal)).isInstanceOfSatisfying(InvalidInputException.class,
        e -> assertThat(e.errors()).extracting("field")
            .containsExactlyInAnyOrder("signalSource", "providerKvkNumber", "description"));
    assertThat(runtime.createProcessInstanceQuery().processDefinitionKey(InvestigationProcess.KEY).count())
        .isEqualTo(before);
  }

  @Test
  void startsOneCaseForARepeatedReference() {
    String reference = UUID.randomUUID().toString();
    ProcessInstance first = receive(signal(reference));

    assertThatThrownBy(() -> receive(signal(reference))).isInstanceOfSatisfying(DuplicateReportException.class,
        e -> assertThat(e.caseNumber()).isEqualTo(first.getBusinessKey()));
    assertThat(runtime.createProcessInstanceQuery().processDefinitionKey(InvestigationProcess.KEY)
        .variableValueEquals(REPORTER_REFERENCE.name(), reference).count()).isEqualTo(1);
  }

  @Test
  void startsByHandWithoutReference() {
    identity.setAuthentication("contractmanager-maastricht", List.of("contractmanagers"), List.of("GM0935"));
    Map<String, Object> signal = signal(null);
    signal.remove("reporterReference");
    signal.remove("reporterEmail");
    signal.put(SIGNAL_SOURCE.name(), "contractmanager");
    signal.put(MUNICIPALITY_CODE.name(), "GM0935");
    ProcessInstance pi = runtime.startProcessInstanceByKey(InvestigationProcess.KEY, signal);
    identity.clearAuthentication();

    assertThat(pi).isWaitingAt(TRIAGE).variables().containsEntry(INITIATOR.name(), "contractmanager-maastricht")
        .containsEntry(REPORTER_REFERENCE.name(), pi.getBusinessKey()).containsEntry(MUNICIPALITY_NAME.name(), "Maastricht")
        .containsEntry(REPORTER_MAILABLE.name(), false);
    assertThat(pi.getTenantId()).isEqualTo("GM0935");

    complete(task(TRIAGE, pi), triage("kwaliteit", true, false, false));
    runAsyncJobs(management, pi);
    // no address, no mail; Zorg Thuis Zuid has most indications in Heerlen, which leads any enforcement
    assertThat(pi).hasNotPassed(FEEDBACK_PICKED_UP).isWaitingAt(RECORD_POWER_USE).variables()
        .containsEntry(LEAD_MUNICIPALITY.name(), "GM0917");
  }

  @Test
  void startsFromACalamityHandOverWithWhatIsKnownAndOnlyOnce() {
    Map<String, Object> handOver = new HashMap<>();
    String calamity = "CAL-2026-" + UUID.randomUUID().toString().substring(0, 5);
    handOver.put(ORIGIN_CASE_NUMBER.name(), calamity);
    handOver.put(ORIGIN_PROCESS.name(), "calamiteit");
    handOver.put(MUNICIPALITY_CODE.name(), "GM0928");
    new TestProvider("Zorg Thuis Zuid B.V.", ZORG_THUIS_ZUID, PROVIDER).into(handOver);
    handOver.put(LOCATION.name(), "Woonlocatie De Linde, Heerlen");
    handOver.put(DESCRIPTION.name(), "Cliënt gevallen tijdens transfer.");
    handOver.put(FINDINGS.name(), "Onderzoek van de aanbieder onvolledig.");
    ProcessInstance pi = runtime.createMessageCorrelation(InvestigationProcess.Messages.CALAMITY_ESCALATED)
        .setVariables(handOver).correlateStartMessage();

    assertThat(pi).hasPassed(START_CALAMITY_ESCALATED).isWaitingAt(TRIAGE).variables()
        .containsEntry(SIGNAL_SOURCE.name(), "calamiteit").containsEntry(REPORTER_REFERENCE.name(), calamity)
        .containsEntry(REPORTER_MAILABLE.name(), false);
    assertThat(pi.getTenantId()).isEqualTo("GM0928");
    complete(task(TRIAGE, pi), triage("kwaliteit", true, false, false));
    // after a calamity the client's municipality leads (decisions/initiatiefGemeente.dmn);
    // escalated calamities get priority
    assertThat(pi).isWaitingAt(RECORD_POWER_USE).variables().containsEntry(LEAD_MUNICIPALITY.name(), "GM0928")
        .containsEntry(URGENCY.name(), "hoog");

    assertThatThrownBy(() -> runtime.createMessageCorrelation(InvestigationProcess.Messages.CALAMITY_ESCALATED)
        .setVariables(handOver).correlateStartMessage()).isInstanceOf(DuplicateReportException.class);
  }

  // ------------------------------------------------------------------------------------------ the investigation

  @Test
  void recordsEachUseOfAPowerWithItsLegalBasisAndMotivation() throws Exception {
    ProcessInstance pi = investigating(signal(UUID.randomUUID().toString()));
    complete(task(RECORD_POWER_USE, pi), power("awb-5:16", false, true));
    assertThat(pi).isWaitingAt(RECORD_POWER_USE);
    complete(task(RECORD_POWER_USE, pi), power("awb-5:15", false, false));

    assertThat(pi).isWaitingAt(JUDGE_THEMES);
    JsonNode uses = json.readTree((String) runtime.getVariable(pi.getId(), POWERS_USED.name()));
    assertThat(uses).hasSize(2);
    assertThat(uses.get(0).get("legalBasis").asText()).isEqualTo("art. 5:16 Awb (vorderen van inlichtingen)");
    assertThat(uses.get(1).get("legalBasis").asText()).isEqualTo("art. 5:15 Awb (betreden van plaatsen)");
    assertThat(uses.get(1).get("necessityAndProportionality").asText()).startsWith("Nodig om de signalen");
    assertThat((String) runtime.getVariable(pi.getId(), POWERS_USED_TEXT.name()))
        .contains("23 november 2026 — art. 5:16 Awb", "\n23 november 2026 — art. 5:15 Awb");
    // every version of the list stays in the history
    List<String> versions = history.createHistoricDetailQuery().processInstanceId(pi.getId()).variableUpdates().list()
        .stream().map(d -> (HistoricVariableUpdate) d).filter(d -> d.getVariableName().equals("powersUsed"))
        .map(d -> (String) d.getValue()).toList();
    assertThat(versions).contains("[]").anyMatch(v -> v.contains("5:16") && !v.contains("5:15"));
  }

  @Test
  void refusesAPowerUseWithoutMotivationOfNecessityAndProportionality() {
    ProcessInstance pi = investigating(signal(UUID.randomUUID().toString()));
    Map<String, Object> use = power("awb-5:17", false, false);
    use.remove("powerMotivation");
    String taskId = task(RECORD_POWER_USE, pi).getId();

    assertThatThrownBy(() -> tasks.complete(taskId, use)).hasRootCauseInstanceOf(InvalidInputException.class)
        .hasMessageContaining("powerMotivation");
    Map<String, Object> unknown = power("awb-5:99", false, false);
    assertThatThrownBy(() -> tasks.complete(taskId, unknown)).hasMessageContaining("powerLegalBasis");
    assertThat(pi).isWaitingAt(RECORD_POWER_USE);
    assertThat(runtime.getVariable(pi.getId(), POWERS_USED.name())).isEqualTo("[]");
  }

  private static Map<String, Object> dwangsomTerms() {
    Map<String, Object> terms = new HashMap<>();
    terms.put(SANCTION_TYPE.name(), "dwangsom");
    terms.put(LAST_DESCRIPTION.name(), "Geef de toezichthouder inzage in de cliëntdossiers.");
    terms.put("remedyMeasures", "Inzage verlenen.");
    terms.put(COMPLIANCE_TERM.name(), "P4W");
    terms.put(DWANGSOM_KIND.name(), "ineens");
    terms.put(DWANGSOM_AMOUNT.name(), 5000);
    terms.put(DWANGSOM_MAXIMUM.name(), 5000);
    terms.put(ZIENSWIJZE_TERM.name(), "P2W");
    return terms;
  }

  /** A refusal recorded: the last onder dwangsom for the duty to cooperate waits for its intention. */
  private ProcessInstance[] refused() {
    ProcessInstance pi = investigating(signal(UUID.randomUUID().toString()));
    complete(task(RECORD_POWER_USE, pi), power("wmo-6.1-lid2", true, false));
    runAsyncJobs(management, pi);

    assertThat(pi).hasPassed(REQUEST_COOPERATION_DWANGSOM).isWaitingAt(AWAIT_DWANGSOM_OUTCOME)
        .variables().containsEntry(COOPERATION_REFUSED.name(), true);
    ProcessInstance last = runtime.createProcessInstanceQuery().processDefinitionKey(DwangsomProcess.KEY)
        .variableValueEquals(ORIGIN_CASE_NUMBER.name(), caseNumber(pi)).singleResult();
    assertThat(last).isWaitingAt(DwangsomProcess.Elements.PREPARE_VOORNEMEN).variables()
        .containsEntry(ORIGIN_PROCESS.name(), InvestigationProcess.KEY).containsEntry(PROVIDER_KVK_NUMBER.name(), ZORG_THUIS_ZUID);
    assertThat(last.getTenantId()).isEqualTo("GM0917");
    assertThat((String) runtime.getVariable(last.getId(), "violation"))
        .contains("art. 5:20 Awb", "weigert inzage in de cliëntdossiers");
    assertThat((String) runtime.getVariable(last.getId(), "legalBasis")).startsWith("art. 5:20 Awb");
    complete(task(DwangsomProcess.Elements.PREPARE_VOORNEMEN, last), dwangsomTerms());
    runAsyncJobs(management, last);
    runtime.createMessageCorrelation(DwangsomProcess.Messages.ZIENSWIJZE_RECEIVED)
        .processInstanceBusinessKey(last.getBusinessKey()).setVariable(ZIENSWIJZE.name(), "Wij werken mee.").correlate();
    return new ProcessInstance[] {pi, last};
  }

  @Test
  void refusalToCooperateStartsADwangsomAndTheInvestigationContinuesWhenItIsComplied() {
    ProcessInstance[] cases = refused();
    ProcessInstance pi = cases[0];
    ProcessInstance last = cases[1];
    setClock("2026-11-25T10:00");
    Map<String, Object> decision = dwangsomTerms();
    decision.put(DECISION.name(), "opleggen");
    decision.put(DECISION_MOTIVATION.name(), "Medewerking is verplicht.");
    complete(task(DwangsomProcess.Elements.DECIDE, last), decision);
    runAsyncJobs(management, last);
    assertThat(pi).isWaitingAt(AWAIT_DWANGSOM_OUTCOME);

    setClock("2026-12-24T09:00");
    fireDueTimers(management, last);
    complete(task(DwangsomProcess.Elements.RECHECK, last), withVariables(COMPLIANCE_FINDING.name(), "nageleefd",
        RECHECK_DATE.name(), "2026-12-24", RECHECK_FINDINGS.name(), "Inzage verleend op 22 december."));
    runAsyncJobs(management, last);

    assertThat(last).isEnded();
    assertThat(pi).isWaitingAt(RECORD_POWER_USE).variables().containsEntry(DWANGSOM_OUTCOME.name(), "nageleefd")
        .containsEntry(COOPERATION_REFUSED.name(), false);
    complete(task(RECORD_POWER_USE, pi), power("wmo-6.1-lid2", false, false));
    assertThat(pi).isWaitingAt(JUDGE_THEMES);
  }

  @Test
  void refusalToCooperateWithoutComplianceGoesToTheAdvice() throws Exception {
    ProcessInstance[] cases = refused();
    ProcessInstance pi = cases[0];
    ProcessInstance last = cases[1];
    complete(task(DwangsomProcess.Elements.DECIDE, last), withVariables(DECISION.name(), "afzien",
        DECISION_MOTIVATION.name(), "Eerst bestuurlijk overleg."));
    runAsyncJobs(management, last);

    assertThat(pi).hasNotPassed(JUDGE_THEMES, CALL_REPORTING).isWaitingAt(ADVISE_COLLEGE).variables()
        .containsEntry(DWANGSOM_OUTCOME.name(), "afgezien");
    complete(task(ADVISE_COLLEGE, pi), withVariables(ADVICE.name(), "handhaven", ADVICE_MOTIVATION.name(),
        "De aanbieder belemmert het toezicht.", SERIOUSNESS.name(), "gemiddeld", RECURRENCE_CHANCE.name(), "groot"));
    runAsyncJobs(management, pi);
    assertThat(pi).isEnded();
    assertThat(TestMailServer.bodyOf(mail(pi, "signaal-advies"))).contains("weigerde medewerking", "afgezien");
  }

  // ------------------------------------------------------------------------------------------ herstelaanbod

  @Test
  void herstelaanbodAcceptedGoesIntoTheConceptReport() throws Exception {
    ProcessInstance pi = judged(signal(UUID.randomUUID().toString()), "voldoetDeels");
    assertThat(report(pi)).isWaitingAt(CHOOSE_REPAIR_OR_ESCALATE).variables().containsEntry(SHORTCOMINGS.name(), true);
    complete(task(CHOOSE_REPAIR_OR_ESCALATE, report(pi)), withVariables(REPAIR_ROUTE.name(), "herstelaanbod",
        REPAIR_ACTIONS.name(), "Zorg voor vervanging bij uitval en bel cliënten vooraf.", REPAIR_TERM.name(), "P4W"));
    runJobs(pi);

    assertThat(report(pi)).hasPassed(SEND_REPAIR_OFFER).isWaitingAt(AWAIT_REPAIR).variables()
        .containsEntry(REPAIR_DEADLINE.name(), "2026-12-21");
    assertThat(timerDue(management, report(pi), REPAIR_TERM_EXPIRED)).isEqualTo(at("2026-12-22T00:00"));
    MimeMessage offer = mail(pi, "signaal-herstelaanbod");
    assertThat(to(offer)).isEqualTo(PROVIDER);
    assertThat(offer.getRecipients(Message.RecipientType.CC)[0].toString()).isEqualTo(HEERLEN);
    assertThat(TestMailServer.bodyOf(offer)).contains("21 december 2026", "Zorg voor vervanging bij uitval");

    runtime.createMessageCorrelation(InvestigationProcess.Messages.REPAIR_REPORTED)
        .processInstanceBusinessKey(caseNumber(pi)).setVariable(REPAIR_REPORT.name(), "Invalpool ingericht.").correlate();
    assertThat(report(pi)).isWaitingAt(ASSESS_REPAIR).variables().containsEntry("repairReported", true);
    complete(task(ASSESS_REPAIR, report(pi)), withVariables(REPAIR_SUFFICIENT.name(), true,
        REPAIR_ASSESSMENT.name(), "De invalpool werkt; steekproef zonder uitval."));
    complete(task(WRITE_CONCEPT_REPORT, report(pi)), withVariables(REPORT_CONCLUSION.name(), "Na herstel voldoet de aanbieder."));
    runJobs(pi);

    assertThat(report(pi)).hasPassed(GENERATE_CONCEPT_REPORT, SEND_CONCEPT_REPORT).isWaitingAt(AWAIT_ZIENSWIJZE);
    MimeMessage concept = mail(pi, "signaal-concept-rapport");
    assertThat(to(concept)).isEqualTo(PROVIDER);
    List<PdfDocuments.Attachment> pdfs = PdfDocuments.attachments(concept);
    assertThat(pdfs).hasSize(1);
    assertThat(pdfs.get(0).text()).contains("CONCEPT", caseNumber(pi), "Herstelaanbod", "Invalpool ingericht.",
        "De invalpool werkt", "Oordeel: voldoet deels", "art. 6.1 lid 2 Wmo 2015", "Noodzaak en evenredigheid",
        "Na herstel voldoet de aanbieder.", "signaal van de Toegang")
        .doesNotContain("Team Toegang Heerlen", REPORTER);
  }

  @Test
  void herstelaanbodTermExpiresWithoutARepair() {
    ProcessInstance pi = judged(signal(UUID.randomUUID().toString()), "voldoetNiet");
    complete(task(CHOOSE_REPAIR_OR_ESCALATE, report(pi)), withVariables(REPAIR_ROUTE.name(), "herstelaanbod",
        REPAIR_ACTIONS.name(), "Invalpool inrichten.", REPAIR_TERM.name(), "P2W"));
    runJobs(pi);
    assertThat(report(pi)).isWaitingAt(AWAIT_REPAIR).variables().containsEntry(REPAIR_DEADLINE.name(), "2026-12-07");

    setClock("2026-12-08T00:00");
    fireDueTimers(management, report(pi));

    assertThat(report(pi)).hasPassed(REPAIR_TERM_EXPIRED).isWaitingAt(ASSESS_REPAIR).variables()
        .containsEntry("repairReported", false);
  }

  @Test
  void escalatesAtOnceWithoutHerstelaanbodOnlyWithAMotivation() throws Exception {
    ProcessInstance pi = judged(signal(UUID.randomUUID().toString()), "voldoetNiet");
    String taskId = task(CHOOSE_REPAIR_OR_ESCALATE, report(pi)).getId();

    assertThatThrownBy(() -> tasks.complete(taskId, withVariables(REPAIR_ROUTE.name(), "escaleren")))
        .hasRootCauseInstanceOf(InvalidInputException.class).hasMessageContaining("escalationMotivation");

    complete(task(CHOOSE_REPAIR_OR_ESCALATE, report(pi)), withVariables(REPAIR_ROUTE.name(), "escaleren",
        ESCALATION_MOTIVATION.name(), "Cliënten zonder zorg; de aanbieder heeft geen personeel om te herstellen."));
    runJobs(pi);

    assertThat(report(pi)).hasPassed(NOTIFY_ESCALATION).hasNotPassed(SEND_REPAIR_OFFER, AWAIT_REPAIR)
        .isWaitingAt(WRITE_CONCEPT_REPORT);
    MimeMessage escalation = mail(pi, "signaal-escalatie");
    assertThat(to(escalation)).isEqualTo(HEERLEN);
    assertThat(TestMailServer.bodyOf(escalation)).contains("geen personeel om te herstellen", "Veiligheid: voldoet niet");
  }

  // ------------------------------------------------------------------------------------------ reports

  @Test
  void includesTheZienswijzeInTheFinalReportAndAsksForPublication() throws Exception {
    ProcessInstance pi = awaitingZienswijze(signal(UUID.randomUUID().toString()));
    assertThat(report(pi)).variables().containsEntry(ZIENSWIJZE_DEADLINE.name(), "2026-12-07");
    assertThat(timerDue(management, report(pi), ZIENSWIJZE_TERM_EXPIRED)).isEqualTo(at("2026-12-08T00:00"));

    runtime.createMessageCorrelation(InvestigationProcess.Messages.ZIENSWIJZE_RECEIVED)
        .processInstanceBusinessKey(caseNumber(pi))
        .setVariable(ZIENSWIJZE.name(), "Wij herkennen het beeld en hebben de planning verbeterd.").correlate();
    complete(task(PROCESS_ZIENSWIJZE, report(pi)), withVariables(ZIENSWIJZE_RESPONSE.name(), "Opgenomen; het oordeel blijft."));
    complete(task(FINAL_REPORT, report(pi)), withVariables(FINAL_CONCLUSION.name(), "De aanbieder voldoet aan de norm."));
    runJobs(pi);

    assertThat(report(pi)).hasPassed(GENERATE_FINAL_REPORT, SEND_FINAL_REPORT, REQUEST_PUBLICATION, REPORTED).isEnded();
    assertThat(pi).hasPassed(CALL_REPORTING).isWaitingAt(ADVISE_COLLEGE)
        .variables().containsEntry(InvestigationProcess.Variables.ZIENSWIJZE_RECEIVED.name(), true);
    MimeMessage report = mail(pi, "signaal-definitief-rapport");
    assertThat(to(report)).isEqualTo(PROVIDER);
    assertThat(report.getRecipients(Message.RecipientType.CC)[0].toString()).isEqualTo(HEERLEN);
    String pdf = PdfDocuments.attachments(report).get(0).text();
    assertThat(pdf).contains("Zienswijze van de aanbieder", "Wij herkennen het beeld", "Opgenomen; het oordeel blijft.",
        "De aanbieder voldoet aan de norm.").doesNotContain("CONCEPT");

    ProcessInstance publication = runtime.createProcessInstanceQuery().processDefinitionKey("openbaarmaking")
        .processInstanceBusinessKey(caseNumber(pi)).singleResult();
    assertThat(publication).isNotNull();
    assertThat(publication.getTenantId()).isEqualTo("GM0917");
    assertThat(variable(pi, "publicationProcessInstanceId")).isEqualTo(publication.getId());
    // the supervisor starts the public version from the judgement and the conclusion
    assertThat(publication).isWaitingAt("Task_PreparePublicationVersion").variables()
        .containsEntry(ORIGIN_PROCESS.name(), InvestigationProcess.KEY)
        .containsEntry(THEME_SAFETY.name(), "voldoet")
        .containsEntry("publicationFindingsVeiligheid", "Uitval van begeleiding wordt niet opgevangen.")
        .containsEntry("publicationConclusion", "De aanbieder voldoet aan de norm.")
        .containsEntry(MUNICIPALITY_CODE.name(), "GM0917").containsEntry(MUNICIPALITY_NAME.name(), "Heerlen")
        .containsEntry(PROVIDER_NAME.name(), "Zorg Thuis Zuid B.V.").containsEntry(PROVIDER_KVK_NUMBER.name(), ZORG_THUIS_ZUID)
        .containsEntry(PROVIDER_EMAIL.name(), PROVIDER)
        .containsEntry(FINAL_REPORT_DOCUMENT.name(), variable(pi, "finalReportDocumentId"));
  }

  @Test
  void finalReportWithoutZienswijzeWhenTheTermExpires() throws Exception {
    ProcessInstance pi = awaitingZienswijze(signal(UUID.randomUUID().toString()));
    setClock("2026-12-08T00:00");
    fireDueTimers(management, report(pi));

    assertThat(report(pi)).hasPassed(ZIENSWIJZE_TERM_EXPIRED).hasNotPassed(PROCESS_ZIENSWIJZE).isWaitingAt(FINAL_REPORT)
        .variables().containsEntry(InvestigationProcess.Variables.ZIENSWIJZE_RECEIVED.name(), false);
    complete(task(FINAL_REPORT, report(pi)), withVariables(FINAL_CONCLUSION.name(), "De aanbieder voldoet."));
    runJobs(pi);
    assertThat(PdfDocuments.attachments(mail(pi, "signaal-definitief-rapport")).get(0).text())
        .contains("geen zienswijze op het conceptrapport gegeven");
    assertThat(TestMailServer.bodyOf(mail(pi, "signaal-definitief-rapport"))).contains("geen zienswijze");
  }

  // ------------------------------------------------------------------------------------------ advice

  @Test
  void adviceNoActionClosesTheCaseWithFeedbackToTheReporter() throws Exception {
    ProcessInstance pi = awaitingAdvice(signal(UUID.randomUUID().toString()));
    complete(task(ADVISE_COLLEGE, pi), withVariables(ADVICE.name(), "geenActie", ADVICE_MOTIVATION.name(), "Voldoet."));
    runAsyncJobs(management, pi);

    assertThat(pi).isEnded().hasPassed(SEND_ADVICE, CLOSING_FEEDBACK, CLOSED).hasNotPassed(HAND_OVER_TO_ENFORCEMENT);
    assertThat(to(mail(pi, "signaal-advies"))).isEqualTo(HEERLEN);
    MimeMessage closing = mail(pi, "signaal-terugkoppeling-afgerond");
    assertThat(to(closing)).isEqualTo(REPORTER);
    assertThat(TestMailServer.bodyOf(closing)).contains("geen tekortkomingen", "Verdere maatregelen zijn niet nodig");
    assertThat(templates(pi)).containsExactlyInAnyOrder("signaal-terugkoppeling-ontvangen", "signaal-concept-rapport",
        "signaal-definitief-rapport", "signaal-advies", "signaal-terugkoppeling-afgerond");
  }

  @Test
  void adviceToMonitorImprovementGoesToTheMunicipality() throws Exception {
    ProcessInstance pi = awaitingAdvice(signal(UUID.randomUUID().toString()));
    complete(task(ADVISE_COLLEGE, pi), withVariables(ADVICE.name(), "verbeteringMonitoren",
        ADVICE_MOTIVATION.name(), "Plan van aanpak volgen."));
    runAsyncJobs(management, pi);

    assertThat(pi).isEnded().hasNotPassed(HAND_OVER_TO_ENFORCEMENT);
    assertThat(TestMailServer.bodyOf(mail(pi, "signaal-advies"))).contains("verbeteringen bij de aanbieder monitoren",
        "Plan van aanpak volgen.");
    assertThat(TestMailServer.bodyOf(mail(pi, "signaal-terugkoppeling-afgerond"))).contains("verbeteringen");
  }

  @Test
  void adviceToEnforceNeedsTheMatrixInputs() {
    ProcessInstance pi = awaitingAdvice(signal(UUID.randomUUID().toString()));
    String taskId = task(ADVISE_COLLEGE, pi).getId();

    assertThatThrownBy(() -> tasks.complete(taskId, withVariables(ADVICE.name(), "handhaven",
        ADVICE_MOTIVATION.name(), "Ernstig.")))
        .hasRootCauseInstanceOf(InvalidInputException.class).hasMessageContaining("seriousness")
        .hasMessageContaining("recurrenceChance");
    assertThat(pi).isWaitingAt(ADVISE_COLLEGE);
  }

  @Test
  void adviceToEnforceStartsThePyramidInTheLeadMunicipality() throws Exception {
    Map<String, Object> signal = signal(UUID.randomUUID().toString());
    signal.put(PROVIDER_NAME.name(), "Thuiszorg Maasvallei B.V.");
    signal.put(PROVIDER_KVK_NUMBER.name(), MAASVALLEI);
    ProcessInstance pi = awaitingAdvice(signal);
    assertThat(pi.getTenantId()).isEqualTo("GM0917");
    assertThat(pi).variables().containsEntry(LEAD_MUNICIPALITY.name(), "GM0935"); // most indications at Maasvallei

    complete(task(ADVISE_COLLEGE, pi), withVariables(ADVICE.name(), "handhaven", ADVICE_MOTIVATION.name(),
        "Structurele uitval; eerder een overtreding.", SERIOUSNESS.name(), "groot", RECURRENCE_CHANCE.name(), "gemiddeld"));
    runAsyncJobs(management, pi);

    assertThat(pi).isEnded().hasPassed(HAND_OVER_TO_ENFORCEMENT, CLOSING_FEEDBACK);
    ProcessInstance pyramid = runtime.createProcessInstanceQuery().processDefinitionKey("interventiepiramide")
        .variableValueEquals(ORIGIN_CASE_NUMBER.name(), caseNumber(pi)).singleResult();
    assertThat(pyramid).isNotNull();
    assertThat(pyramid.getTenantId()).isEqualTo("GM0935");
    assertThat(pyramid).isWaitingAt("Task_WeighImmediateMeasures").variables()
        .containsEntry(MUNICIPALITY_CODE.name(), "GM0935").containsEntry(ORIGIN_PROCESS.name(), InvestigationProcess.KEY)
        .containsEntry(SERIOUSNESS.name(), "groot").containsEntry(RECURRENCE_CHANCE.name(), "gemiddeld")
        .containsEntry(PROVIDER_KVK_NUMBER.name(), MAASVALLEI).containsEntry(LEAD_MUNICIPALITY.name(), "GM0935");
    assertThat((String) runtime.getVariable(pyramid.getId(), FINDINGS.name()))
        .contains("Veiligheid: voldoet", "Structurele uitval");
    assertThat(variable(pi, "enforcementProcessInstanceId")).isEqualTo(pyramid.getId());
    assertThat(to(mail(pi, "signaal-advies"))).isEqualTo(MAASTRICHT);
    assertThat(TestMailServer.bodyOf(mail(pi, "signaal-advies"))).contains("handhavingszaak", "groot");
  }
}

package nl.wmotoezicht.investigation;

import static nl.wmotoezicht.investigation.InvestigationProcess.Variables.REPORTER_REFERENCE;
import static nl.wmotoezicht.testsupport.ProcessTestSupport.instancesWith;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Map;
import java.util.UUID;
import nl.wmotoezicht.testsupport.ApiClient;
import nl.wmotoezicht.testsupport.IntakeEndpoint;
import nl.wmotoezicht.testsupport.PdfDocuments;
import nl.wmotoezicht.testsupport.ProcessTestSupport;
import nl.wmotoezicht.testsupport.TestMailServer;
import nl.wmotoezicht.testsupport.WmoIntegrationTest;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvFileSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/** The signal intake as an external system calls it, and a signal worked to its end the way Tasklist does. */
@WmoIntegrationTest
class SignalRestApiTest {

  private static final String SYSTEM = "intake-systeem";
  private static final String SUPERVISOR = "toezichthouder";

  @LocalServerPort int port;
  @Autowired RuntimeService runtime;
  @Autowired ManagementService management;
  @Autowired IdentityService identity;
  private final ObjectMapper json = new ObjectMapper();
  private ApiClient api;
  private IntakeEndpoint intake;

  @BeforeEach
  void setUp() {
    api = new ApiClient(port);
    intake = new IntakeEndpoint(api, runtime, "/api/signal-reports", InvestigationProcess.KEY,
        InvestigationProcess.Variables.REPORTER_REFERENCE);
    TestMailServer.get();
    // another class's test of a wrong password locks the supervisor's account for a moment (brute force protection)
    identity.unlockUser(SUPERVISOR);
  }

  @AfterEach
  void resetClock() {
    ClockUtil.reset();
  }

  private ObjectNode signal(String reference) {
    return ApiClient.jsonOf(SignalInvestigationProcessTest.signal(reference));
  }

  @Test
  void startsACaseAndAnswersARepeatWithTheSameCase() throws Exception {
    String reference = UUID.randomUUID().toString();
    HttpResponse<String> created = api.send("POST", "/api/signal-reports", SYSTEM, signal(reference).toString());

    assertThat(created.statusCode()).isEqualTo(201);
    String caseNumber = ApiClient.json(created).get("caseNumber").asText();
    assertThat(caseNumber).matches("SIG-\\d{4}-\\d{5}");
    assertThat(created.headers().firstValue("Location")).hasValue("/api/cases/" + caseNumber);
    JsonNode status = ApiClient.json(api.send("GET", "/api/cases/" + caseNumber, SUPERVISOR, null));
    assertThat(status.get("process").asText()).isEqualTo(InvestigationProcess.KEY);
    assertThat(status.get("municipalityCode").asText()).isEqualTo("GM0917");
    assertThat(status.get("openTasks").get(0).get("taskDefinitionKey").asText())
        .isEqualTo(InvestigationProcess.Elements.TRIAGE);

    HttpResponse<String> repeat = api.send("POST", "/api/signal-reports", SYSTEM, signal(reference).toString());
    intake.assertRepeatOf(repeat, caseNumber, reference);
  }

  @ParameterizedTest(name = "{0} = {1}")
  @CsvFileSource(resources = {"/intake/bad-provider-fields.csv", "/intake/bad-signal-fields.csv"}, delimiter = '|',
      quoteCharacter = '\'', numLinesToSkip = 1)
  void namesEachBadFieldAndStartsNothing(String field, String value, String message) throws Exception {
    String reference = UUID.randomUUID().toString();
    ObjectNode signal = signal(reference);
    signal.put(field, value);

    intake.assertRefused(signal, reference, field, message);
  }

  @Test
  void refusesUnknownFieldsAndBrokenJson() throws Exception {
    ObjectNode unknown = signal(UUID.randomUUID().toString());
    unknown.put("clientBsn", "123456782");
    HttpResponse<String> response = api.send("POST", "/api/signal-reports", SYSTEM, unknown.toString());
    assertThat(response.statusCode()).isEqualTo(400);
    assertThat(ApiClient.json(response).get("errors").get(0).get("field").asText()).isEqualTo("clientBsn");
    assertThat(api.send("POST", "/api/signal-reports", SYSTEM, "{\"providerName\": ").statusCode()).isEqualTo(400);
  }

  @Test
  void letsSystemsSupervisorsAndContractManagersReportButNoOneElse() throws Exception {
    assertThat(api.send("POST", "/api/signal-reports", null, signal(UUID.randomUUID().toString()).toString())
        .statusCode()).isEqualTo(401);
    assertThat(api.send("POST", "/api/signal-reports", "college-heerlen", signal(UUID.randomUUID().toString()).toString())
        .statusCode()).isEqualTo(403);
    assertThat(api.send("POST", "/api/signal-reports", "manager-heerlen", signal(UUID.randomUUID().toString()).toString())
        .statusCode()).isEqualTo(403);
    assertThat(api.send("POST", "/api/signal-reports", "contractmanager-heerlen",
        signal(UUID.randomUUID().toString()).toString()).statusCode()).isEqualTo(201);
    assertThat(api.send("POST", "/api/signal-reports", SUPERVISOR, signal(UUID.randomUUID().toString()).toString())
        .statusCode()).isEqualTo(201);
  }

  private String message(String messageName, String businessKey, Map<String, Object> variables) {
    ObjectNode message = json.createObjectNode().put("messageName", messageName);
    if (businessKey != null) {
      message.put("businessKey", businessKey);
    }
    ObjectNode values = message.putObject("processVariables");
    variables.forEach((key, value) -> values.putObject(key).putPOJO("value", value));
    return message.toString();
  }

  @Test
  void protectsTheGenericMessageEndpointTheSameWay() throws Exception {
    String reference = UUID.randomUUID().toString();
    String body = message(InvestigationProcess.Messages.SIGNAL_RECEIVED, null,
        SignalInvestigationProcessTest.signal(reference));

    assertThat(api.send("POST", "/engine-rest/message", SYSTEM, body).statusCode()).isEqualTo(204);
    HttpResponse<String> again = api.send("POST", "/engine-rest/message", SYSTEM, body);
    assertThat(again.statusCode()).isEqualTo(409);
    assertThat(ApiClient.json(again).get("caseNumber").asText()).matches("SIG-\\d{4}-\\d{5}");
    assertThat(instancesWith(runtime, InvestigationProcess.KEY, REPORTER_REFERENCE, reference)).isEqualTo(1);

    Map<String, Object> invalid = SignalInvestigationProcessTest.signal(UUID.randomUUID().toString());
    invalid.put("signalSource", "buurman");
    HttpResponse<String> rejected = api.send("POST", "/engine-rest/message", SYSTEM,
        message(InvestigationProcess.Messages.SIGNAL_RECEIVED, null, invalid));
    assertThat(rejected.statusCode()).isEqualTo(400);
    assertThat(ApiClient.json(rejected).get("errors").get(0).get("field").asText()).isEqualTo("signalSource");
  }

  // ------------------------------------------------------------------------------------------ as Tasklist does

  private JsonNode openTask(String caseNumber, String process, String user) throws Exception {
    JsonNode found = ApiClient.json(api.send("GET", "/engine-rest/task?processInstanceBusinessKey=" + caseNumber
        + "&processDefinitionKey=" + process, user, null));
    assertThat(found).as(() -> "open task of " + caseNumber + " (" + process + ") for " + user + "; the case is at "
        + runtime.createProcessInstanceQuery().processInstanceBusinessKey(caseNumber).list().stream()
            .map(pi -> pi.getProcessDefinitionId() + " " + runtime.getActiveActivityIds(pi.getId()))
            .toList() + ", jobs " + management.createJobQuery().processInstanceId(runtime.createProcessInstanceQuery()
            .processInstanceBusinessKey(caseNumber).list().get(0).getId()).list().stream()
            .map(j -> j.getExceptionMessage() + " retries " + j.getRetries()).toList()).hasSize(1);
    return found.get(0);
  }

  /** Submits the form of the case's open task as the user, as Tasklist does; checks which task it was. */
  private HttpResponse<String> submit(String caseNumber, String user, String taskKey, Map<String, Object> values)
      throws Exception {
    return submit(caseNumber, InvestigationProcess.KEY, user, taskKey, values);
  }

  private HttpResponse<String> submit(String caseNumber, String process, String user, String taskKey,
      Map<String, Object> values) throws Exception {
    JsonNode task = openTask(caseNumber, process, user);
    assertThat(task.get("taskDefinitionKey").asText()).isEqualTo(taskKey);
    HttpResponse<String> deployedForm = api.send("GET", "/engine-rest/task/" + task.get("id").asText() + "/deployed-form",
        user, null);
    assertThat(deployedForm.statusCode()).isEqualTo(200);
    ObjectNode form = json.createObjectNode();
    ObjectNode variables = form.putObject("variables");
    values.forEach((key, value) -> variables.putObject(key).putPOJO("value", value));
    return api.send("POST", "/engine-rest/task/" + task.get("id").asText() + "/submit-form", user, form.toString());
  }

  private void work(String caseNumber, String taskKey, Map<String, Object> values) throws Exception {
    work(caseNumber, InvestigationProcess.KEY, taskKey, values);
  }

  /** As {@link #work(String, String, Map)}, for a task of the case's called process (e.g. {@code rapportage}). */
  private void work(String caseNumber, String process, String taskKey, Map<String, Object> values) throws Exception {
    HttpResponse<String> response = submit(caseNumber, process, SUPERVISOR, taskKey, values);
    assertThat(response.statusCode()).as(taskKey + ": " + response.body()).isEqualTo(204);
    runJobs(caseNumber);
  }

  private void runJobs(String caseNumber) {
    for (ProcessInstance instance : runtime.createProcessInstanceQuery().processInstanceBusinessKey(caseNumber).list()) {
      ProcessTestSupport.runAsyncJobs(management, instance);
    }
  }

  @Test
  void aSignalPostedOverRestEndsWithAReportAPublicationAndAnEnforcementCase() throws Exception {
    // the real clock: moving it back would meet the login lock of a user another test locked (wrong password)
    String publicationDate = LocalDate.now(ProcessTestSupport.ZONE).plusWeeks(3).toString();
    ObjectNode signal = signal(UUID.randomUUID().toString());
    signal.put("providerName", "Thuiszorg Maasvallei B.V.");
    signal.put("providerKvkNumber", SignalInvestigationProcessTest.MAASVALLEI);
    String caseNumber = ApiClient.json(api.send("POST", "/api/signal-reports", SYSTEM, signal.toString())).get("caseNumber").asText();
    assertThat(ApiClient.json(api.send("GET", "/engine-rest/task?processInstanceBusinessKey=" + caseNumber, "college-heerlen", null)))
        .isEmpty();

    work(caseNumber, "Task_Triage", Map.of("onderwerp", "kwaliteit", "binnenReikwijdte", true,
        "acuutGevaarClienten", false, "veelClientenGeraakt", true, "vermoedenFraude", false,
        "triageMotivation", "Meerdere cliënten zonder begeleiding."));
    HttpResponse<String> refused = submit(caseNumber, SUPERVISOR, "Task_RecordPowerUse", Map.of(
        "powerLegalBasis", "awb-5:17", "powerDate", "2026-11-20", "powerDescription", "Roosters ingezien.",
        "cooperationRefused", false, "anotherPower", false));
    assertThat(refused.statusCode()).isEqualTo(400);
    assertThat(ApiClient.json(refused).get("errors").get(0).get("field").asText()).isEqualTo("powerMotivation");
    work(caseNumber, "Task_RecordPowerUse", Map.of("powerLegalBasis", "awb-5:17", "powerDate", "2026-11-20",
        "powerDescription", "Roosters van oktober en november ingezien.",
        "powerMotivation", "Alleen de roosters tonen of de uitval structureel is.", "cooperationRefused", false,
        "anotherPower", false));
    work(caseNumber, "Task_JudgeThemes", Map.of("judgementClientgerichtheid", "voldoetDeels",
        "findingsClientgerichtheid", "Cliënten worden niet gebeld bij uitval.", "judgementProfessionaliteit", "voldoet",
        "findingsProfessionaliteit", "Bevoegd personeel.", "judgementVeiligheid", "voldoetNiet",
        "findingsVeiligheid", "Structurele uitval van begeleiding."));
    work(caseNumber, ReportingProcess.KEY, "Task_ChooseRepairOrEscalate", Map.of("repairRoute", "herstelaanbod",
        "repairActions", "Invalpool en belprotocol.", "repairTerm", "P4W"));
    assertThat(api.send("POST", "/engine-rest/message", SYSTEM, message(InvestigationProcess.Messages.REPAIR_REPORTED,
        caseNumber, Map.of("repairReport", "Invalpool ingericht per 1 december."))).statusCode()).isEqualTo(204);
    work(caseNumber, ReportingProcess.KEY, "Task_AssessRepair", Map.of("repairSufficient", false,
        "repairAssessment", "De invalpool dekt de avonden niet."));
    work(caseNumber, ReportingProcess.KEY, "Task_WriteConceptReport", Map.of("reportConclusion", "De veiligheid voldoet niet."));
    assertThat(api.send("POST", "/engine-rest/message", SYSTEM, message(InvestigationProcess.Messages.ZIENSWIJZE_RECEIVED,
        caseNumber, Map.of("zienswijze", "Wij breiden de invalpool uit."))).statusCode()).isEqualTo(204);
    work(caseNumber, ReportingProcess.KEY, "Task_ProcessZienswijze", Map.of("zienswijzeResponse", "Opgenomen; het oordeel blijft."));
    work(caseNumber, ReportingProcess.KEY, "Task_FinalReport", Map.of("finalConclusion", "De veiligheid voldoet niet; handhaving is nodig."));
    work(caseNumber, "Task_AdviseCollege", Map.of("adviceOutcome", "handhaven", "adviceMotivation",
        "Herstel onvoldoende.", "seriousness", "groot", "recurrenceChance", "groot"));

    JsonNode status = ApiClient.json(api.send("GET", "/api/cases/" + caseNumber, SUPERVISOR, null));
    assertThat(status.get("state").asText()).isEqualTo("COMPLETED");

    // the final report as a PDF with the case
    JsonNode documents = ApiClient.json(api.send("GET", "/api/cases/" + caseNumber + "/documents", SUPERVISOR, null));
    JsonNode finalReport = null;
    for (JsonNode document : documents) {
      if (document.get("kind").asText().equals("rapport-definitief")) {
        finalReport = document;
      }
    }
    assertThat(finalReport).as("final report of " + caseNumber + " in " + documents).isNotNull();
    HttpResponse<byte[]> pdf = new ApiClient(port).download("/api/cases/" + caseNumber + "/documents/"
        + finalReport.get("id").asText(), SUPERVISOR);
    assertThat(pdf.statusCode()).isEqualTo(200);
    assertThat(PdfDocuments.text(pdf.body())).contains("Wij breiden de invalpool uit.", "Oordeel: voldoet niet",
        "art. 5:17 Awb", "De veiligheid voldoet niet; handhaving is nodig.");

    // the publication: the supervisor removes personal data, the provider gives its view, the college decides
    HttpResponse<String> version = submit(caseNumber, "openbaarmaking", SUPERVISOR, "Task_PreparePublicationVersion",
        Map.of("publicationTitle", "Toezichtrapport Wmo Thuiszorg Maasvallei B.V.",
            "judgementClientgerichtheid", "voldoetDeels", "judgementProfessionaliteit", "voldoet",
            "judgementVeiligheid", "voldoetNiet",
            "publicationFindingsClientgerichtheid", "Cliënten worden niet gebeld bij uitval.",
            "publicationFindingsProfessionaliteit", "Bevoegd personeel.",
            "publicationFindingsVeiligheid", "Structurele uitval van begeleiding.",
            "publicationConclusion", "De veiligheid voldoet niet.", "personalDataRemoved", true));
    assertThat(version.statusCode()).as(version.body()).isEqualTo(204);
    runJobs(caseNumber);
    assertThat(api.send("POST", "/engine-rest/message", SYSTEM, message("ZienswijzePublicatieOntvangen", caseNumber,
        Map.of("publicationView", "Geen bezwaar."))).statusCode()).isEqualTo(204);
    HttpResponse<String> decided = submit(caseNumber, "openbaarmaking", "college-heerlen", "Task_DecidePublication",
        Map.of("publicationDecision", "publiceren", "publicationDate", publicationDate,
            "publicationMotivation", "Transparantie over de kwaliteit."));
    assertThat(decided.statusCode()).as(decided.body()).isEqualTo(204);
    runJobs(caseNumber);
    ProcessTestSupport.setClock(publicationDate + "T00:00");
    ProcessInstance publication = runtime.createProcessInstanceQuery().processInstanceBusinessKey(caseNumber)
        .processDefinitionKey("openbaarmaking").singleResult();
    ProcessTestSupport.fireDueTimers(management, publication);
    assertThat(runtime.createProcessInstanceQuery().processInstanceId(publication.getId()).count()).isZero();

    JsonNode listing = ApiClient.json(api.send("GET", "/openbaar/rapporten", null, null));
    JsonNode published = null;
    for (JsonNode report : listing) {
      if (report.get("url").asText().contains("/openbaar/rapporten/")
          && report.get("providerKvkNumber").asText().equals(SignalInvestigationProcessTest.MAASVALLEI)
          && report.get("publicationDate").asText().equals(publicationDate)) {
        published = report;
      }
    }
    assertThat(published).as("published report in " + listing).isNotNull();
    HttpResponse<byte[]> publicPdf = new ApiClient(port).download(published.get("url").asText(), null);
    assertThat(publicPdf.statusCode()).isEqualTo(200);
    assertThat(PdfDocuments.text(publicPdf.body())).contains("Structurele uitval van begeleiding.")
        .doesNotContain("Team Toegang Heerlen", "toegang@heerlen.demo.example", "Begeleiding komt al weken niet opdagen",
            "Wij breiden de invalpool uit.");

    // and a running pyramid case in Maastricht, where Maasvallei has the most indications
    String pyramids = "/engine-rest/process-instance?processDefinitionKey=interventiepiramide&variables="
        + URLEncoder.encode("originCaseNumber_eq_" + caseNumber, StandardCharsets.UTF_8);
    JsonNode maastricht = ApiClient.json(api.send("GET", pyramids, "manager-maastricht", null));
    assertThat(maastricht).hasSize(1);
    assertThat(maastricht.get(0).get("tenantId").asText()).isEqualTo("GM0935");
    assertThat(ApiClient.json(api.send("GET", pyramids, "manager-heerlen", null))).isEmpty();
    String pyramidCase = maastricht.get(0).get("businessKey").asText();
    JsonNode collegeTask = openTask(pyramidCase, "interventiepiramide", "college-maastricht");
    assertThat(collegeTask.get("taskDefinitionKey").asText()).isEqualTo("Task_WeighImmediateMeasures");
    assertThat(ApiClient.json(api.send("GET", "/engine-rest/task?processInstanceBusinessKey=" + pyramidCase, "college-heerlen", null)))
        .isEmpty();
  }
}

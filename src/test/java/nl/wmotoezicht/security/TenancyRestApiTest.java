package nl.wmotoezicht.security;

import static nl.wmotoezicht.investigation.InvestigationProcess.Variables.CONCEPT_REPORT_DOCUMENT;
import static nl.wmotoezicht.investigation.InvestigationProcess.Variables.SIGNAL_SOURCE;
import static nl.wmotoezicht.kernel.CaseVariables.MUNICIPALITY_CODE;
import static nl.wmotoezicht.kernel.ProviderVariables.PROVIDER_EMAIL;
import static nl.wmotoezicht.kernel.ProviderVariables.PROVIDER_KVK_NUMBER;
import static nl.wmotoezicht.kernel.ProviderVariables.PROVIDER_NAME;
import static nl.wmotoezicht.notification.MailVariables.ATTACHMENTS;
import static nl.wmotoezicht.notification.MailVariables.CC;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.net.CookieManager;
import java.net.HttpCookie;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import nl.wmotoezicht.calamity.CalamityFixtures;
import nl.wmotoezicht.testsupport.ApiClient;
import nl.wmotoezicht.testsupport.TestMailServer;
import nl.wmotoezicht.testsupport.WmoIntegrationTest;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RuntimeService;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Case tenancy on both REST paths (docs/security/tenancy.md): the probes of the attack on the platform, as the users
 * made them.
 */
@WmoIntegrationTest
class TenancyRestApiTest {

  private static final String SYSTEM = "intake-systeem";
  private static final String HEERLEN = "contractmanager-heerlen";
  private static final String COLLEGE_HEERLEN = "college-heerlen";
  private static final String SUPERVISOR = "toezichthouder";
  private static final String ADMIN = "demo";
  private static final String MAASTRICHT = "GM0935";
  private static final String HEERLEN_CODE = "GM0917";

  @LocalServerPort int port;
  @Autowired RuntimeService runtime;
  @Autowired IdentityService identity;
  @Autowired List<nl.wmotoezicht.cases.StartContracts> contracts;
  private final ObjectMapper json = new ObjectMapper();

  @BeforeEach
  void setUp() {
    TestMailServer.get();
    // another class's test of wrong passwords may have locked an account for a moment
    for (String user : List.of(SYSTEM, HEERLEN, COLLEGE_HEERLEN, SUPERVISOR, ADMIN)) {
      identity.unlockUser(user);
    }
  }

  private HttpResponse<String> send(String method, String path, String user, String body) throws Exception {
    return new ApiClient(port).send(method, path, user, body);
  }

  private JsonNode body(HttpResponse<String> response) throws Exception {
    return json.readTree(response.body());
  }

  private static void assertProblem(HttpResponse<String> response, int status, String type) {
    assertThat(response.statusCode()).as(response.body()).isEqualTo(status);
    assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(
        contentType -> assertThat(contentType).startsWith("application/problem+json"));
    assertThat(response.body()).contains("https://wmotoezicht.nl/problemen/" + type);
  }

  /** A calamity of Maastricht, reported by the intake system: a case number of GM0935. */
  private String maastrichtCase() throws Exception {
    Map<String, Object> report = CalamityFixtures.report(UUID.randomUUID().toString());
    MUNICIPALITY_CODE.put(report, MAASTRICHT);
    HttpResponse<String> created = send("POST", "/api/calamity-reports", SYSTEM, json.writeValueAsString(report));
    assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
    return body(created).get("caseNumber").asText();
  }

  private ObjectNode signal(String reference, String municipality) {
    ObjectNode signal = json.createObjectNode();
    Map<String, Object> values = new java.util.HashMap<>(Map.of(
        "reporterReference", reference, SIGNAL_SOURCE.name(), "contractmanager", PROVIDER_NAME.name(), "Zorg Thuis Zuid B.V.",
        PROVIDER_KVK_NUMBER.name(), "12345678", PROVIDER_EMAIL.name(), "kwaliteit@zorgthuiszuid.example",
        MUNICIPALITY_CODE.name(), municipality, "description", "Begeleiding komt al weken niet opdagen."));
    values.forEach(signal::putPOJO);
    return signal;
  }

  private String message(String messageName, String businessKey, Map<String, ?> variables) {
    ObjectNode message = json.createObjectNode().put("messageName", messageName);
    if (businessKey != null) {
      message.put("businessKey", businessKey);
    }
    ObjectNode values = message.putObject("processVariables");
    variables.forEach((key, value) -> values.putObject(key).putPOJO("value", value));
    return message.toString();
  }

  private static Map<String, Object> variablesOf(ObjectNode signal) {
    Map<String, Object> variables = new java.util.HashMap<>();
    signal.fields().forEachRemaining(f -> variables.put(f.getKey(), f.getValue().asText()));
    return variables;
  }

  private static String probe(String businessKey) {
    return "{\"businessKey\":\"" + businessKey + "\",\"startInstructions\":[{\"type\":\"startBeforeActivity\","
        + "\"activityId\":\"Task_Triage\"}],\"variables\":{\"municipalityCode\":{\"value\":\"GM0917\"}}}";
  }

  // ------------------------------------------------------------------------------ finding 1: case identity

  @Test
  void aStartAtAnActivityWithAForeignCaseNumberIsRefusedAndTheCaseStaysHidden() throws Exception {
    String maastricht = maastrichtCase();

    HttpResponse<String> probe = send("POST", "/engine-rest/process-definition/key/signaalonderzoek/start", HEERLEN,
        probe(maastricht));

    assertProblem(probe, 403, "geen-toegang");
    assertThat(runtime.createProcessInstanceQuery().processInstanceBusinessKey(maastricht)
        .processDefinitionKey("signaalonderzoek").count()).isZero();
    assertProblem(send("GET", "/api/cases/" + maastricht + "/documents", HEERLEN, null), 404, "zaak-onbekend");
    assertThat(send("GET", "/api/deadlines", HEERLEN, null).body()).doesNotContain(maastricht);
  }

  @Test
  void tasklistsEngineApiRefusesTheSameProbe() throws Exception {
    String maastricht = maastrichtCase();
    CookieManager cookies = new CookieManager();
    HttpClient browser = HttpClient.newBuilder().cookieHandler(cookies).build();
    String base = "http://localhost:" + port;
    browser.send(HttpRequest.newBuilder(URI.create(base + "/camunda/app/tasklist/default/")).build(),
        HttpResponse.BodyHandlers.discarding());
    HttpResponse<String> login = browser.send(HttpRequest.newBuilder(
            URI.create(base + "/camunda/api/admin/auth/user/default/login/tasklist"))
        .header("Content-Type", "application/x-www-form-urlencoded").header("X-XSRF-TOKEN", xsrf(cookies))
        .POST(HttpRequest.BodyPublishers.ofString("username=" + HEERLEN + "&password=demo")).build(),
        HttpResponse.BodyHandlers.ofString());
    assertThat(login.statusCode()).as(login.body()).isEqualTo(200);

    HttpResponse<String> probe = browser.send(HttpRequest.newBuilder(URI.create(base
            + "/camunda/api/engine/engine/default/process-definition/key/signaalonderzoek/start"))
        .header("Content-Type", "application/json").header("X-XSRF-TOKEN", xsrf(cookies))
        .POST(HttpRequest.BodyPublishers.ofString(probe(maastricht))).build(), HttpResponse.BodyHandlers.ofString());

    assertProblem(probe, 403, "geen-toegang");
    assertThat(runtime.createProcessInstanceQuery().processInstanceBusinessKey(maastricht)
        .processDefinitionKey("signaalonderzoek").count()).isZero();
  }

  private static String xsrf(CookieManager cookies) {
    return cookies.getCookieStore().getCookies().stream().filter(c -> c.getName().equals("XSRF-TOKEN"))
        .map(HttpCookie::getValue).findFirst().orElseThrow();
  }

  @Test
  void aCaseIsOnlyItsOwnMunicipalitysInstancesAndRecordsEvenWhenAnotherInstanceCarriesItsNumber() throws Exception {
    String maastricht = maastrichtCase();
    // administrators may start at an activity with a business key: a Heerlen instance that carries Maastricht's number
    HttpResponse<String> started = send("POST", "/engine-rest/process-definition/key/signaalonderzoek/start", ADMIN,
        probe(maastricht));
    assertThat(started.statusCode()).as(started.body()).isEqualTo(200);
    String foreign = body(started).get("id").asText();
    try {
      for (String path : List.of("", "/documents", "/forfeitures", "/history")) {
        assertProblem(send("GET", "/api/cases/" + maastricht + path, HEERLEN, null), 404, "zaak-onbekend");
      }
      assertThat(send("GET", "/api/deadlines", HEERLEN, null).body()).doesNotContain(maastricht);

      JsonNode status = body(send("GET", "/api/cases/" + maastricht, SUPERVISOR, null));
      assertThat(status.get("municipalityCode").asText()).isEqualTo(MAASTRICHT);
      assertThat(status.get("process").asText()).isEqualTo("calamiteit");
      JsonNode file = body(send("GET", "/api/cases/" + maastricht + "/history", SUPERVISOR, null));
      List<String> started1 = new ArrayList<>();
      file.get("history").forEach(entry -> {
        if (entry.get("kind").asText().equals("gestart")) {
          started1.add(entry.get("title").asText());
        }
      });
      assertThat(started1).hasSize(1);
      JsonNode deadlines = body(send("GET", "/api/deadlines", SUPERVISOR, null));
      List<String> heerlenRows = new ArrayList<>();
      (deadlines.isArray() ? deadlines : deadlines.path("cases")).forEach(row -> {
        if (maastricht.equals(row.path("caseNumber").asText()) && !MAASTRICHT.equals(row.path("municipalityCode").asText())) {
          heerlenRows.add(row.toString());
        }
      });
      assertThat(heerlenRows).isEmpty();
    } finally {
      runtime.deleteProcessInstance(foreign, "test");
    }
  }

  @Test
  void aMessageForACaseOfAnotherMunicipalityOrWithAChosenCaseNumberIsRefused() throws Exception {
    String maastricht = maastrichtCase();

    assertProblem(send("POST", "/engine-rest/message", HEERLEN, message("HerstelGemeld", maastricht,
        Map.of("repairReport", "Hersteld."))), 403, "geen-toegang");
    assertProblem(send("POST", "/engine-rest/message", SYSTEM, message("SignaalOntvangen", maastricht,
        variablesOf(signal(UUID.randomUUID().toString(), HEERLEN_CODE)))), 403, "geen-toegang");
    assertProblem(send("POST", "/engine-rest/process-instance/" + runtime.createProcessInstanceQuery()
        .processInstanceBusinessKey(maastricht).list().get(0).getId() + "/modification", HEERLEN,
        "{\"instructions\":[{\"type\":\"startBeforeActivity\",\"activityId\":\"Task_Triage\"}]}"), 403, "geen-toegang");
    assertProblem(send("POST", "/engine-rest/message", SYSTEM, message("DwangsomVerbeurd", null,
        Map.of("caseNumber", maastricht + "-V1"))), 403, "geen-toegang");
  }

  @Test
  void everyMessageOfTheModelsHasAContractAndAMessageWithoutOneIsClosed() throws Exception {
    java.util.Set<String> contracted = new java.util.HashSet<>();
    contracts.forEach(module -> module.contracts().forEach(contract -> contracted.add(contract.name())));
    java.util.Set<String> inModels = new java.util.TreeSet<>();
    try (var models = java.nio.file.Files.newDirectoryStream(java.nio.file.Path.of("processes"), "*.bpmn")) {
      for (java.nio.file.Path model : models) {
        org.camunda.bpm.model.bpmn.Bpmn.readModelFromFile(model.toFile())
            .getModelElementsByType(org.camunda.bpm.model.bpmn.instance.Message.class)
            .forEach(message -> inModels.add(message.getName()));
      }
    }
    assertThat(inModels).isNotEmpty();
    assertThat(contracted).as("a StartContract per message of the models").containsAll(inModels);

    // a message without a contract is never open from outside
    assertProblem(send("POST", "/engine-rest/message", SYSTEM, message("BezwaarIngetrokken", maastrichtCase(),
        Map.of("objectionOutcome", "gegrond"))), 400, "bericht-niet-verwerkt");
    // nor is one the platform sends itself (the objection's outcome to the case that took the decision)
    assertProblem(send("POST", "/engine-rest/message", SYSTEM, message("BezwaarBeslist", maastrichtCase(),
        Map.of("objectionOutcome", "gegrond"))), 403, "geen-toegang");
    // the legal department's messages carry only their date
    assertProblem(send("POST", "/engine-rest/message", SYSTEM, message("BeroepIngesteld", maastrichtCase(),
        Map.of("remedyDate", "2027-01-05", CC.name(), "buiten@aanvaller.example"))), 400, "ongeldige-invoer");
  }

  // ------------------------------------------------------------------------------ finding 2: mail variables

  @Test
  void aMessageCarriesOnlyTheDocumentedVariablesOfItsReport() throws Exception {
    String reference = UUID.randomUUID().toString();
    Map<String, Object> variables = variablesOf(signal(reference, HEERLEN_CODE));
    CC.put(variables, "buiten@aanvaller.example");
    ATTACHMENTS.put(variables, CONCEPT_REPORT_DOCUMENT.name());

    HttpResponse<String> refused = send("POST", "/engine-rest/message", SYSTEM, message("SignaalOntvangen", null,
        variables));

    assertProblem(refused, 400, "ongeldige-invoer");
    List<String> fields = new ArrayList<>();
    body(refused).get("errors").forEach(error -> fields.add(error.get("field").asText()));
    assertThat(fields).containsExactlyInAnyOrder("mailCc", ATTACHMENTS.name());
    assertThat(runtime.createProcessInstanceQuery().variableValueEquals("reporterReference", reference).count())
        .isZero();

    HttpResponse<String> byHand = send("POST", "/engine-rest/process-definition/key/signaalonderzoek/start",
        SUPERVISOR, "{\"variables\":{\"municipalityCode\":{\"value\":\"GM0917\"},\"mailTo\":{\"value\":\"x@y.example\"}}}");
    assertProblem(byHand, 400, "ongeldige-invoer");
    assertThat(byHand.body()).contains("mailTo");
  }

  // ------------------------------------------------------------------------------ finding 5: own municipality only

  @Test
  void onlyRegionWideGroupsStartCasesForAnyMunicipality() throws Exception {
    String dwangsom = "{\"variables\":{\"municipalityCode\":{\"value\":\"%s\"},"
        + "\"providerName\":{\"value\":\"Zorg Thuis Zuid B.V.\"},\"providerKvkNumber\":{\"value\":\"12345678\"},"
        + "\"providerEmail\":{\"value\":\"kwaliteit@zorgthuiszuid.example\"},"
        + "\"violation\":{\"value\":\"Weigert inzage in dossiers.\"}}}";
    assertProblem(send("POST", "/engine-rest/process-definition/key/lastOnderDwangsom/start", COLLEGE_HEERLEN,
        dwangsom.formatted(MAASTRICHT)), 403, "geen-toegang");
    HttpResponse<String> own = send("POST", "/engine-rest/process-definition/key/lastOnderDwangsom/start",
        COLLEGE_HEERLEN, dwangsom.formatted(HEERLEN_CODE));
    assertThat(own.statusCode()).as(own.body()).isEqualTo(200);
    runtime.deleteProcessInstance(body(own).get("id").asText(), "test");

    String reference = UUID.randomUUID().toString();
    assertProblem(send("POST", "/api/signal-reports", HEERLEN, signal(reference, MAASTRICHT).toString()), 403,
        "geen-toegang");
    assertProblem(send("POST", "/engine-rest/message", HEERLEN, message("SignaalOntvangen", null,
        variablesOf(signal(reference, MAASTRICHT)))), 403, "geen-toegang");
    ObjectNode byHand = json.createObjectNode();
    signal(reference, MAASTRICHT).fields().forEachRemaining(f -> byHand.putObject(f.getKey()).set("value", f.getValue()));
    assertProblem(send("POST", "/engine-rest/process-definition/key/signaalonderzoek/start", HEERLEN,
        json.createObjectNode().set("variables", byHand).toString()), 403, "geen-toegang");
    assertThat(runtime.createProcessInstanceQuery().variableValueEquals("reporterReference", reference).count())
        .isZero();

    assertThat(send("POST", "/api/signal-reports", HEERLEN, signal(reference, HEERLEN_CODE).toString()).statusCode())
        .isEqualTo(201);
    assertThat(send("POST", "/api/signal-reports", SYSTEM, signal(UUID.randomUUID().toString(), MAASTRICHT).toString())
        .statusCode()).isEqualTo(201);
  }

  // ------------------------------------------------------------------------------ finding 6: idempotency

  @Test
  void theIdempotencyKeyIsTheSenderWithItsReference() throws Exception {
    String reference = "TOEGANG-" + UUID.randomUUID();
    HttpResponse<String> heerlen = send("POST", "/api/signal-reports", HEERLEN, signal(reference, HEERLEN_CODE).toString());
    assertThat(heerlen.statusCode()).as(heerlen.body()).isEqualTo(201);
    String heerlenCase = body(heerlen).get("caseNumber").asText();

    ObjectNode maastricht = signal(reference, MAASTRICHT);
    maastricht.put("description", "Een ander signaal, over Maastricht.");
    HttpResponse<String> other = send("POST", "/api/signal-reports", SYSTEM, maastricht.toString());
    assertThat(other.statusCode()).as(other.body()).isEqualTo(201);
    String systemCase = body(other).get("caseNumber").asText();
    assertThat(systemCase).isNotEqualTo(heerlenCase);

    HttpResponse<String> repeat = send("POST", "/api/signal-reports", SYSTEM, maastricht.toString());
    assertThat(repeat.statusCode()).isEqualTo(200);
    assertThat(body(repeat).get("duplicate").asBoolean()).isTrue();
    assertThat(body(repeat).get("caseNumber").asText()).isEqualTo(systemCase);

    ObjectNode changed = maastricht.deepCopy();
    changed.put("description", "Weer een ander signaal onder dezelfde referentie.");
    HttpResponse<String> conflict = send("POST", "/api/signal-reports", SYSTEM, changed.toString());
    assertProblem(conflict, 409, "referentie-al-gebruikt");
    assertThat(body(conflict).get("caseNumber").asText()).isEqualTo(systemCase);
    HttpResponse<String> conflictByMessage = send("POST", "/engine-rest/message", SYSTEM, message("SignaalOntvangen",
        null, variablesOf(changed)));
    assertProblem(conflictByMessage, 409, "referentie-al-gebruikt");
    assertThat(runtime.createProcessInstanceQuery().variableValueEquals("reporterReference", reference).count())
        .isEqualTo(2);
  }

  @Test
  void aBurstOfDuplicatesDrawsNoCaseNumbers() throws Exception {
    String reference = "BURST-" + UUID.randomUUID();
    String report = signal(reference, HEERLEN_CODE).toString();
    HttpResponse<String> first = send("POST", "/api/signal-reports", SYSTEM, report);
    assertThat(first.statusCode()).isEqualTo(201);
    long firstNumber = sequenceOf(body(first).get("caseNumber").asText());

    ExecutorService clients = Executors.newFixedThreadPool(10);
    List<Future<HttpResponse<String>>> burst = new ArrayList<>();
    for (int i = 0; i < 10; i++) {
      burst.add(clients.submit(() -> send("POST", "/api/signal-reports", SYSTEM, report)));
    }
    for (Future<HttpResponse<String>> answer : burst) {
      assertThat(answer.get().statusCode()).isEqualTo(200);
    }
    clients.shutdown();

    HttpResponse<String> next = send("POST", "/api/signal-reports", SYSTEM,
        signal(UUID.randomUUID().toString(), HEERLEN_CODE).toString());
    assertThat(sequenceOf(body(next).get("caseNumber").asText())).isEqualTo(firstNumber + 1);
  }

  private static long sequenceOf(String caseNumber) {
    return Long.parseLong(caseNumber.substring(caseNumber.lastIndexOf('-') + 1));
  }
}

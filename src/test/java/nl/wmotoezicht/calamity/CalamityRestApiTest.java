package nl.wmotoezicht.calamity;

import static nl.wmotoezicht.calamity.CalamityProcess.Variables.REPORTER_REFERENCE;
import static nl.wmotoezicht.testsupport.ProcessTestSupport.instancesWith;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import nl.wmotoezicht.testsupport.ApiClient;
import nl.wmotoezicht.testsupport.IntakeEndpoint;
import nl.wmotoezicht.testsupport.ProcessTestSupport;
import nl.wmotoezicht.testsupport.TestMailServer;
import nl.wmotoezicht.testsupport.WmoIntegrationTest;
import org.camunda.bpm.engine.RuntimeService;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvFileSource;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/** The REST APIs as an external system and the users' browsers call them. */
@WmoIntegrationTest
class CalamityRestApiTest {

  private static final String SYSTEM = "intake-systeem";

  @LocalServerPort int port;
  @Autowired RuntimeService runtime;
  @Autowired org.camunda.bpm.engine.ManagementService management;
  private final ObjectMapper json = new ObjectMapper();
  private IntakeEndpoint intake;

  @BeforeEach
  void clients() {
    intake = new IntakeEndpoint(new ApiClient(port), runtime, "/api/calamity-reports", CalamityProcess.KEY,
        CalamityProcess.Variables.REPORTER_REFERENCE);
  }

  private ObjectNode report(String reference) {
    return ApiClient.jsonOf(CalamityFixtures.report(reference));
  }

  @ParameterizedTest
  @CsvSource({
      "GET, /engine-rest/engine", "GET, /engine-rest/task", "POST, /engine-rest/message",
      "GET, /engine-rest/process-definition", "POST, /api/calamity-reports", "GET, /api/cases/CAL-2026-00001",
      "GET, /api/terms?from=2026-12-01&period=P6W", "GET, /camunda/api/engine/engine/default/task"})
  void refusesEveryApiPathWithoutCredentials(String method, String path) throws Exception {
    assertThat(intake.api().send(method, path, null, method.equals("POST") ? "{}" : null).statusCode()).isEqualTo(401);
  }

  @Test
  void refusesWrongCredentials() throws Exception {
    HttpRequest request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/engine-rest/task"))
        .header("Authorization", "Basic " + Base64.getEncoder().encodeToString("toezichthouder:fout".getBytes()))
        .build();
    assertThat(HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofString()).statusCode()).isEqualTo(401);
  }

  @Test
  void startsACaseAndPointsToIt() throws Exception {
    String reference = UUID.randomUUID().toString();
    HttpResponse<String> response = intake.api().send("POST", "/api/calamity-reports", SYSTEM, report(reference).toString());

    assertThat(response.statusCode()).isEqualTo(201);
    String caseNumber = ApiClient.json(response).get("caseNumber").asText();
    assertThat(caseNumber).matches("CAL-\\d{4}-\\d{5}");
    assertThat(response.headers().firstValue("Location")).hasValue("/api/cases/" + caseNumber);
    assertThat(ApiClient.json(response).get("duplicate").asBoolean()).isFalse();

    HttpResponse<String> status = intake.api().send("GET", "/api/cases/" + caseNumber, SYSTEM, null);
    assertThat(status.statusCode()).isEqualTo(200);
    assertThat(ApiClient.json(status).get("municipalityCode").asText()).isEqualTo("GM0917");
    assertThat(ApiClient.json(status).get("state").asText()).isEqualTo("ACTIVE");
    assertThat(ApiClient.json(status).get("process").asText()).isEqualTo("calamiteit");
  }

  @Test
  void answersARepeatWithTheFirstCase() throws Exception {
    String reference = UUID.randomUUID().toString();
    String first = ApiClient.json(intake.api().send("POST", "/api/calamity-reports", SYSTEM, report(reference).toString()))
        .get("caseNumber").asText();

    HttpResponse<String> repeat = intake.api().send("POST", "/api/calamity-reports", SYSTEM, report(reference).toString());

    intake.assertRepeatOf(repeat, first, reference);
  }

  @ParameterizedTest(name = "{0} = {1}")
  @CsvFileSource(resources = {"/intake/bad-provider-fields.csv", "/intake/bad-calamity-fields.csv"}, delimiter = '|',
      quoteCharacter = '\'', numLinesToSkip = 1)
  void namesEachBadFieldAndStartsNothing(String field, String value, String message) throws Exception {
    String reference = UUID.randomUUID().toString();
    ObjectNode report = report(reference);
    if (field.equals("reporterReference")) {
      reference = value;
    }
    report.put(field, value);

    intake.assertRefused(report, reference, field, message);
  }

  @Test
  void namesAFieldOfTheWrongTypeOrUnknown() throws Exception {
    ObjectNode report = report(UUID.randomUUID().toString());
    report.put("careUnderWlz", "ja");
    HttpResponse<String> wrongType = intake.api().send("POST", "/api/calamity-reports", SYSTEM, report.toString());
    assertThat(wrongType.statusCode()).isEqualTo(400);
    assertThat(ApiClient.json(wrongType).get("errors").get(0).get("field").asText()).isEqualTo("careUnderWlz");

    ObjectNode unknown = report(UUID.randomUUID().toString());
    unknown.put("clientBsn", "123456782");
    HttpResponse<String> unknownField = intake.api().send("POST", "/api/calamity-reports", SYSTEM, unknown.toString());
    assertThat(unknownField.statusCode()).isEqualTo(400);
    assertThat(ApiClient.json(unknownField).get("errors").get(0).get("field").asText()).isEqualTo("clientBsn");

    HttpResponse<String> malformed = intake.api().send("POST", "/api/calamity-reports", SYSTEM, "{\"providerName\": ");
    assertThat(malformed.statusCode()).isEqualTo(400);
    assertThat(ApiClient.json(malformed).get("title").asText()).isEqualTo("Ongeldige JSON");
  }

  @Test
  void startsOneCaseForTenSimultaneousIdenticalReports() throws Exception {
    String reference = UUID.randomUUID().toString();
    String payload = report(reference).toString();
    List<HttpResponse<String>> responses = concurrently(10, () -> intake.api().send("POST", "/api/calamity-reports", SYSTEM, payload));

    assertThat(responses).extracting(HttpResponse::statusCode).containsOnly(200, 201);
    assertThat(responses.stream().filter(r -> r.statusCode() == 201)).hasSize(1);
    assertThat(responses.stream().map(r -> {
      try {
        return ApiClient.json(r).get("caseNumber").asText();
      } catch (Exception e) {
        throw new IllegalStateException(e);
      }
    }).distinct()).hasSize(1);
    assertThat(instancesWith(runtime, CalamityProcess.KEY, REPORTER_REFERENCE, reference)).isEqualTo(1);
  }

  private String messageBody(String reference) {
    ObjectNode variables = json.createObjectNode();
    CalamityFixtures.report(reference).forEach((key, value) -> variables.putObject(key)
        .put("value", value.toString()).put("type", "String"));
    ObjectNode message = json.createObjectNode().put("messageName", CalamityProcess.Messages.REPORTED);
    message.set("processVariables", variables);
    return message.toString();
  }

  @Test
  void protectsTheGenericMessageEndpointTheSameWay() throws Exception {
    String reference = UUID.randomUUID().toString();
    List<HttpResponse<String>> responses = concurrently(10, () -> intake.api().send("POST", "/engine-rest/message", SYSTEM,
        messageBody(reference)));

    assertThat(responses).extracting(HttpResponse::statusCode).containsOnly(204, 409);
    assertThat(responses.stream().filter(r -> r.statusCode() == 204)).hasSize(1);
    HttpResponse<String> conflict = responses.stream().filter(r -> r.statusCode() == 409).findFirst().orElseThrow();
    assertThat(ApiClient.json(conflict).get("caseNumber").asText()).matches("CAL-\\d{4}-\\d{5}");
    assertThat(instancesWith(runtime, CalamityProcess.KEY, REPORTER_REFERENCE, reference)).isEqualTo(1);
    String theCase = runtime.createProcessInstanceQuery().variableValueEquals("reporterReference", reference)
        .singleResult().getBusinessKey();
    for (HttpResponse<String> repeat : responses.stream().filter(r -> r.statusCode() == 409).toList()) {
      assertThat(ApiClient.json(repeat).get("caseNumber").asText()).isEqualTo(theCase);
    }

    String invalid = messageBody(UUID.randomUUID().toString()).replace("12345678", "1");
    HttpResponse<String> rejected = intake.api().send("POST", "/engine-rest/message", SYSTEM, invalid);
    assertThat(rejected.statusCode()).isEqualTo(400);
    assertThat(ApiClient.json(rejected).get("errors").get(0).get("field").asText()).isEqualTo("providerKvkNumber");
  }

  @Test
  void rejectsExpressionsInNestedQueriesAndJavaSerializedVariables() throws Exception {
    HttpResponse<String> nested = intake.api().send("POST", "/engine-rest/task", "toezichthouder",
        "{\"orQueries\":[{\"assigneeExpression\":\"${doesNotExist.foo}\"}]}");
    assertThat(nested.statusCode()).isEqualTo(400);
    assertThat(ApiClient.json(nested).get("detail").asText()).contains("orQueries[0].assigneeExpression");

    HttpResponse<String> inQuery = intake.api().send("GET", "/engine-rest/task?assigneeExpression=%24%7BcurrentUser()%7D",
        "toezichthouder", null);
    assertThat(inQuery.statusCode()).isEqualTo(400);

    String serialized = "{\"messageName\":\"CalamiteitGemeld\",\"processVariables\":{\"x\":{\"type\":\"Object\","
        + "\"value\":\"rO0ABXNyABNqYXZhLnV0aWwuQXJyYXlMaXN0\",\"valueInfo\":{\"objectTypeName\":\"java.util.ArrayList\","
        + "\"serializationDataFormat\":\"application/x-java-serialized-object\"}}}}";
    HttpResponse<String> javaObject = intake.api().send("POST", "/engine-rest/message", SYSTEM, serialized);
    assertThat(javaObject.statusCode()).isEqualTo(400);
    assertThat(ApiClient.json(javaObject).get("title").asText()).contains("Java");
  }

  @Test
  void showsTheTaskOnlyToItsGroupAndMunicipality() throws Exception {
    String caseNumber = ApiClient.json(intake.api().send("POST", "/api/calamity-reports", SYSTEM, report(UUID.randomUUID().toString())
        .toString())).get("caseNumber").asText();
    String taskQuery = "/engine-rest/task?processInstanceBusinessKey=" + caseNumber;

    JsonNode supervisorTasks = ApiClient.json(intake.api().send("GET", taskQuery, "toezichthouder", null));
    assertThat(supervisorTasks).hasSize(1);
    String taskId = supervisorTasks.get(0).get("id").asText();
    assertThat(ApiClient.json(intake.api().send("GET", taskQuery, "contractmanager-heerlen", null))).isEmpty();
    assertThat(ApiClient.json(intake.api().send("GET", taskQuery, "college-maastricht", null))).isEmpty();

    String instances = "/engine-rest/process-instance?businessKey=" + caseNumber;
    assertThat(ApiClient.json(intake.api().send("GET", instances, "manager-heerlen", null))).hasSize(1);
    assertThat(ApiClient.json(intake.api().send("GET", instances, "manager-maastricht", null))).isEmpty();

    HttpResponse<String> foreign = intake.api().send("POST", "/engine-rest/task/" + taskId + "/complete", "contractmanager-heerlen",
        "{}");
    assertThat(foreign.statusCode()).isIn(403, 404);
    assertThat(intake.api().send("POST", "/engine-rest/task/" + taskId + "/complete", "manager-heerlen", "{}").statusCode())
        .isIn(403, 404);
    assertThat(intake.api().send("GET", "/api/cases/" + caseNumber, "manager-maastricht", null).statusCode()).isEqualTo(404);

    HttpResponse<String> form = intake.api().send("GET", "/engine-rest/task/" + taskId + "/deployed-form", "toezichthouder", null);
    assertThat(form.statusCode()).isEqualTo(200);
    assertThat(ApiClient.json(form).get("id").asText()).isEqualTo("calamiteit-contact-melder");

    HttpResponse<String> completed = intake.api().send("POST", "/engine-rest/task/" + taskId + "/complete", "toezichthouder",
        "{\"variables\":{\"contactDate\":{\"value\":\"2026-11-24\"},\"contactNotes\":{\"value\":\"Gesproken.\"}}}");
    assertThat(completed.statusCode()).isEqualTo(204);
    assertThat(ApiClient.json(intake.api().send("GET", taskQuery, "toezichthouder", null))).isEmpty();
  }

  @Test
  void answersAFormRefusedByTheEngineWithTheField() throws Exception {
    TestMailServer.get();
    String caseNumber = ApiClient.json(intake.api().send("POST", "/api/calamity-reports", SYSTEM, report(UUID.randomUUID().toString())
        .toString())).get("caseNumber").asText();
    String contactTask = ApiClient.json(intake.api().send("GET", "/engine-rest/task?processInstanceBusinessKey=" + caseNumber,
        "toezichthouder", null)).get(0).get("id").asText();
    intake.api().send("POST", "/engine-rest/task/" + contactTask + "/complete", "toezichthouder", "{}");
    org.camunda.bpm.engine.runtime.ProcessInstance pi = runtime.createProcessInstanceQuery()
        .processInstanceBusinessKey(caseNumber).singleResult();
    ProcessTestSupport.runAsyncJobs(management, pi);
    String chooseTask = ApiClient.json(intake.api().send("GET", "/engine-rest/task?processInstanceBusinessKey=" + caseNumber,
        "toezichthouder", null)).get(0).get("id").asText();

    HttpResponse<String> refused = intake.api().send("POST", "/engine-rest/task/" + chooseTask + "/complete", "toezichthouder",
        "{\"variables\":{\"investigationBy\":{\"value\":\"aanbieder\"},"
            + "\"providerInvestigationDeadline\":{\"value\":\"2020-01-01\"}}}");

    assertThat(refused.statusCode()).isEqualTo(400);
    assertThat(ApiClient.json(refused).get("errors").get(0).get("field").asText()).isEqualTo("providerInvestigationDeadline");
  }

  @Test
  void refusesReportsFromGroupsThatMayNotStartCases() throws Exception {
    HttpResponse<String> response = intake.api().send("POST", "/api/calamity-reports", "contractmanager-heerlen",
        report(UUID.randomUUID().toString()).toString());
    assertThat(response.statusCode()).isEqualTo(403);
  }

  private static <T> List<T> concurrently(int count, Callable<T> call) throws Exception {
    ExecutorService pool = Executors.newFixedThreadPool(count);
    try {
      List<Future<T>> futures = new ArrayList<>();
      for (int i = 0; i < count; i++) {
        futures.add(pool.submit(call));
      }
      List<T> results = new ArrayList<>();
      for (Future<T> future : futures) {
        results.add(future.get());
      }
      return results;
    } finally {
      pool.shutdownNow();
    }
  }
}

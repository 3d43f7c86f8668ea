package nl.wmotoezicht.security;

import static nl.wmotoezicht.kernel.ProviderVariables.PROVIDER_NAME;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.net.http.HttpResponse;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Stream;
import nl.wmotoezicht.calamity.CalamityFixtures;
import nl.wmotoezicht.calamity.CalamityProcess;
import nl.wmotoezicht.testsupport.ApiClient;
import nl.wmotoezicht.testsupport.WmoIntegrationTest;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.identity.DefaultPasswordPolicyImpl;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The catalogue of bad input of issue 7, on both REST paths (our {@code /api} and the engine's
 * {@code /engine-rest}): each gets a clear 4xx that says what was wrong, and nothing of it is left in
 * the database — no process instance, task, variable, job, history or intake registration.
 * (Unit-level variants of the request guard: {@code RequestGuardFilterTest}; single invalid fields:
 * {@code CalamityRestApiTest}.)
 */
@WmoIntegrationTest
@ExtendWith(OutputCaptureExtension.class)
class BadInputCatalogueTest {

  private static final String SYSTEM = "intake-systeem";
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final String SCRIPT = "<script>alert('xss')</script>";
  private static final String IMG = "\"><img src=x onerror=alert(1)>";

  @LocalServerPort int port;
  @Autowired RuntimeService runtime;
  @Autowired TaskService tasks;
  @Autowired HistoryService history;
  @Autowired ManagementService management;
  @Autowired IdentityService identity;
  @Autowired ProcessEngine engine;
  @Autowired JdbcTemplate jdbc;

  /** A bad request: where it goes, who sends it, the body, the expected status and problem type (null: the engine's own error body). */
  record BadInput(String name, String method, String path, String user, String body, int status, String problemType) {
    @Override
    public String toString() {
      return name;
    }
  }

  private static String report(Map<String, Object> changes) {
    ObjectNode report = JSON.createObjectNode();
    Map<String, Object> values = new LinkedHashMap<>(CalamityFixtures.report(UUID.randomUUID().toString()));
    values.putAll(changes);
    values.forEach(report::putPOJO);
    return report.toString();
  }

  private static String message(String messageName, String extraVariable) {
    StringBuilder variables = new StringBuilder();
    CalamityFixtures.report(UUID.randomUUID().toString()).forEach((key, value) -> variables
        .append('"').append(key).append("\":{\"value\":\"").append(value).append("\",\"type\":\"String\"},"));
    variables.append(extraVariable == null ? "\"careUnderWlz\":{\"value\":false,\"type\":\"Boolean\"}" : extraVariable);
    return "{\"messageName\":\"" + messageName + "\",\"processVariables\":{" + variables + "}}";
  }

  private static final String JAVA_OBJECT = "\"x\":{\"type\":\"Object\",\"value\":\"rO0ABXNyABNqYXZhLnV0aWwuQXJyYXlMaXN0\","
      + "\"valueInfo\":{\"objectTypeName\":\"java.util.ArrayList\","
      + "\"serializationDataFormat\":\"application/x-java-serialized-object\"}}";

  static Stream<Arguments> catalogue() {
    String big = "x".repeat(1_048_576);
    return Stream.of(
        new BadInput("malformed JSON to the intake API", "POST", "/api/calamity-reports", SYSTEM,
            "{\"providerName\": \"Zorg", 400, "ongeldige-json"),
        new BadInput("malformed JSON to the message endpoint", "POST", "/engine-rest/message", SYSTEM,
            "{\"messageName\": CalamiteitGemeld}", 400, "ongeldige-json"),
        new BadInput("not JSON at all", "POST", "/api/calamity-reports", SYSTEM, "melding=ja", 400, "ongeldige-json"),
        new BadInput("a boolean field given as text", "POST", "/api/calamity-reports", SYSTEM,
            report(Map.of("careUnderWlz", "ja")), 400, "ongeldige-invoer"),
        new BadInput("a text field given as an object", "POST", "/api/calamity-reports", SYSTEM,
            report(Map.of("providerName", Map.of("naam", "x"))), 400, "ongeldige-invoer"),
        new BadInput("a date that is no date", "POST", "/api/calamity-reports", SYSTEM,
            report(Map.of("eventDate", "gisteren")), 400, "ongeldige-invoer"),
        new BadInput("a JSON array instead of a report", "POST", "/api/calamity-reports", SYSTEM, "[1,2,3]", 400,
            "ongeldige-invoer"),
        new BadInput("a variable that does not fit its declared type", "POST", "/engine-rest/message", SYSTEM,
            message(CalamityProcess.Messages.REPORTED, "\"careUnderWlz\":{\"value\":\"misschien\",\"type\":\"Boolean\"}"),
            400, null),
        new BadInput("a variable of the wrong type for the model", "POST", "/engine-rest/message", SYSTEM,
            message(CalamityProcess.Messages.REPORTED, "\"careUnderWlz\":{\"value\":12,\"type\":\"Integer\"}"),
            400, "ongeldige-invoer"),
        new BadInput("an oversized report", "POST", "/api/calamity-reports", SYSTEM,
            report(Map.of("description", big)), 413, "te-groot"),
        new BadInput("an oversized message", "POST", "/engine-rest/message", SYSTEM,
            message(CalamityProcess.Messages.REPORTED, "\"description2\":{\"value\":\"" + big + "\"}"), 413, "te-groot"),
        new BadInput("an unknown message name", "POST", "/engine-rest/message", SYSTEM,
            message("BestaatNiet", null), 400, "bericht-niet-verwerkt"),
        new BadInput("a message name that is an expression", "POST", "/engine-rest/message", SYSTEM,
            message("${true}", null), 400, "bericht-niet-verwerkt"),
        new BadInput("a Java-serialized variable in a message", "POST", "/engine-rest/message", SYSTEM,
            message(CalamityProcess.Messages.REPORTED, JAVA_OBJECT), 400, "verboden-invoer"),
        new BadInput("a Java-serialized variable in a start by hand", "POST",
            "/engine-rest/process-definition/key/calamiteit/start", "toezichthouder",
            "{\"variables\":{" + JAVA_OBJECT + "}}", 400, "verboden-invoer"),
        new BadInput("an expression in a query parameter", "GET",
            "/engine-rest/task?candidateGroupExpression=%24%7BcurrentUserGroups()%7D", "toezichthouder", null, 400,
            "verboden-invoer"),
        new BadInput("an expression in a query body", "POST", "/engine-rest/task/count", "toezichthouder",
            "{\"dueDateExpression\":\"${now()}\"}", 400, "verboden-invoer"),
        new BadInput("an expression nested in orQueries", "POST", "/engine-rest/task", "toezichthouder",
            "{\"orQueries\":[{\"assignee\":\"x\"},{\"assigneeExpression\":\"${doesNotExist.foo}\"}]}", 400,
            "verboden-invoer"),
        new BadInput("an expression nested in a new filter's query", "POST", "/engine-rest/filter/create",
            "toezichthouder", "{\"resourceType\":\"Task\",\"name\":\"f\",\"query\":{\"orQueries\":[{"
                + "\"candidateUserExpression\":\"${execution.getProcessEngineServices()}\"}]}}", 400, "verboden-invoer"),
        new BadInput("an expression in a filter's extending query", "POST", "/engine-rest/filter/x/list",
            "toezichthouder", "{\"orQueries\":[{\"dueAfterExpression\":\"${dateTime()}\"}]}", 400, "verboden-invoer"),
        new BadInput("a script tag as a user id", "POST", "/engine-rest/user/create", "demo",
            "{\"profile\":{\"id\":\"" + SCRIPT.replace("'", "") + "\",\"firstName\":\"a\",\"lastName\":\"b\",\"email\":\"a@b.nl\"},"
                + "\"credentials\":{\"password\":\"geheim-wachtwoord-1\"}}", 400, "ongeldige-invoer"),
        new BadInput("a script tag as a group id", "POST", "/engine-rest/group/create", "demo",
            "{\"id\":\"" + IMG.replace("\"", "\\\"") + "\",\"name\":\"x\",\"type\":\"WORKFLOW\"}", 400, "ongeldige-invoer"),
        new BadInput("a REVOKE authorization (grants only)", "POST", "/engine-rest/authorization/create", "demo",
            "{\"type\":2,\"permissions\":[\"READ\"],\"groupId\":\"toezichthouders\",\"resourceType\":7,"
                + "\"resourceId\":\"*\"}", 400, "ongeldige-invoer"),
        new BadInput("a user made a member of a group twice", "PUT", "/engine-rest/group/toezichthouders/members/"
            + "toezichthouder", "demo", null, 409, "bestaat-al"),
        new BadInput("a second authorization for the same group and resource", "POST",
            "/engine-rest/authorization/create", "demo", "{\"type\":1,\"permissions\":[\"READ\"],"
                + "\"groupId\":\"managers\",\"resourceType\":6,\"resourceId\":\"*\"}", 409, "bestaat-al"),
        new BadInput("a member of a group that does not exist", "PUT", "/engine-rest/group/bestaat-niet/members/"
            + "toezichthouder", "demo", null, 404, "niet-gevonden"),
        new BadInput("the retries of a job that is gone (retried meanwhile)", "PUT", "/engine-rest/job/bestaat-niet/retries",
            "demo", "{\"retries\":1}", 404, "niet-gevonden"),
        new BadInput("a change to a case that does not exist", "POST", "/engine-rest/process-instance/bestaat-niet/"
            + "modification", "demo", "{\"instructions\":[{\"type\":\"startBeforeActivity\",\"activityId\":\"X\"}]}",
            404, "niet-gevonden"),
        new BadInput("a script tag as a reporter reference", "POST", "/api/calamity-reports", SYSTEM,
            report(Map.of("reporterReference", SCRIPT)), 400, "ongeldige-invoer"),
        new BadInput("a script tag as a municipality code", "POST", "/api/calamity-reports", SYSTEM,
            report(Map.of("municipalityCode", SCRIPT)), 400, "ongeldige-invoer"),
        new BadInput("a deadline page larger than maxResults allows", "GET", "/api/deadlines?maxResults=100000",
            "manager-heerlen", null, 400, "ongeldige-invoer"),
        new BadInput("a negative firstResult of the deadline overview", "GET", "/api/deadlines?firstResult=-1",
            "manager-heerlen", null, 400, "ongeldige-invoer"),
        new BadInput("deadlines of a municipality the manager does not work for", "GET",
            "/api/deadlines?municipality=GM0935", "manager-heerlen", null, 400, "ongeldige-invoer"),
        new BadInput("a script tag as the deadline overview's municipality", "GET",
            "/api/deadlines/count?municipality=%3Cscript%3Ealert(1)%3C%2Fscript%3E", "manager-heerlen", null, 400,
            "ongeldige-invoer"),
        new BadInput("a within of the deadline overview that is no number", "GET", "/api/deadlines/count?within=week",
            "manager-heerlen", null, 400, "ongeldige-invoer"))
        .map(Arguments::of);
  }

  private Map<String, Long> footprint() {
    Map<String, Long> counts = new LinkedHashMap<>();
    counts.put("process instances", runtime.createProcessInstanceQuery().count());
    counts.put("tasks", tasks.createTaskQuery().count());
    counts.put("variables", runtime.createVariableInstanceQuery().count());
    counts.put("jobs", management.createJobQuery().count());
    counts.put("historic instances", history.createHistoricProcessInstanceQuery().count());
    counts.put("historic variables", history.createHistoricVariableInstanceQuery().count());
    counts.put("users", identity.createUserQuery().count());
    counts.put("groups", identity.createGroupQuery().count());
    counts.put("authorizations", jdbc.queryForObject("SELECT COUNT(*) FROM ACT_RU_AUTHORIZATION", Long.class));
    counts.put("filters", (long) jdbc.queryForObject("SELECT COUNT(*) FROM ACT_RU_FILTER", Long.class));
    counts.put("intake registrations", jdbc.queryForObject("SELECT COUNT(*) FROM wmo_intake_report", Long.class));
    return counts;
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("catalogue")
  void refusesWithAClearClientErrorAndLeavesNothingBehind(BadInput bad, CapturedOutput output) throws Exception {
    Map<String, Long> before = footprint();
    int logFrom = output.getOut().length();

    HttpResponse<String> response = new ApiClient(port).send(bad.method(), bad.path(), bad.user(), bad.body());

    assertThat(response.statusCode()).as(response.body()).isEqualTo(bad.status());
    JsonNode body = JSON.readTree(response.body());
    if (bad.problemType() != null) {
      assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(
          type -> assertThat(type).startsWith("application/problem+json"));
      assertThat(body.get("type").asText()).isEqualTo("https://wmotoezicht.nl/problemen/" + bad.problemType());
      assertThat(body.get("status").asInt()).isEqualTo(bad.status());
      assertThat(body.get("title").asText()).isNotBlank();
      assertThat(body.get("detail").asText()).isNotBlank();
    } else {
      // the engine's own error body: a type and a message saying what was wrong
      assertThat(body.get("type").asText()).isNotBlank();
      assertThat(body.get("message").asText()).isNotBlank();
    }
    assertThat(response.body()).doesNotContain("\tat ").doesNotContain("Exception: ").doesNotContain("<script>");
    assertThat(footprint()).isEqualTo(before);
    // the caller's mistake, not a fault of the system: nothing for an operator to act on
    assertThat(output.getOut().substring(logFrom).lines().filter(line -> line.matches(".*\\sERROR\\s.*")))
        .as("ERROR lines logged for this request").isEmpty();
  }

  /**
   * Outside the demo profile Camunda's password policy is on (application.yaml); the suite runs in the demo profile,
   * so this test turns it on for its own duration. A refused password is the caller's input: 400 with the rules in
   * Dutch, nothing stored, no ERROR in the log.
   */
  @Test
  void aPasswordThePolicyRefusesIsAClearClientErrorAndNoUserIsCreated(CapturedOutput output) throws Exception {
    ProcessEngineConfigurationImpl configuration = (ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration();
    ApiClient client = new ApiClient(port);
    String id = "beleid-" + UUID.randomUUID().toString().substring(0, 8);
    String weak = "{\"profile\":{\"id\":\"" + id + "\",\"firstName\":\"Anna\",\"lastName\":\"Jansen\","
        + "\"email\":\"a@b.nl\"},\"credentials\":{\"password\":\"wachtwoord12\"}}";
    int logFrom = output.getOut().length();
    configuration.setEnablePasswordPolicy(true);
    configuration.setPasswordPolicy(new DefaultPasswordPolicyImpl()); // what the engine sets up when it starts with it
    try {
      HttpResponse<String> refused = client.send("POST", "/engine-rest/user/create", "demo", weak);
      assertThat(refused.statusCode()).as(refused.body()).isEqualTo(400);
      assertThat(JSON.readTree(refused.body()).get("detail").asText()).startsWith("Het wachtwoord voldoet niet");
      assertThat(identity.createUserQuery().userId(id).count()).isZero();

      HttpResponse<String> created = client.send("POST", "/engine-rest/user/create", "demo",
          weak.replace("wachtwoord12", "Kr8-vuurtoren!q"));
      assertThat(created.statusCode()).as(created.body()).isEqualTo(204);
      HttpResponse<String> changed = client.send("PUT", "/engine-rest/user/" + id + "/credentials", "demo",
          "{\"password\":\"Anna-Jansen-1!\",\"authenticatedUserPassword\":\"demo\"}");
      assertThat(changed.statusCode()).as("a new password with the user's name: " + changed.body()).isEqualTo(400);
    } finally {
      configuration.setEnablePasswordPolicy(false);
      configuration.setPasswordPolicy(null);
      identity.deleteUser(id);
    }
    assertThat(output.getOut().substring(logFrom).lines().filter(line -> line.matches(".*\\sERROR\\s.*"))).isEmpty();
  }

  @Test
  void keepsMarkupInNamesAndVariablesAsInertData() throws Exception {
    ApiClient client = new ApiClient(port);
    String reference = UUID.randomUUID().toString();
    String description = "Cliënt gevallen. " + SCRIPT + " " + IMG;
    String body = report(Map.of("reporterReference", reference, "reporterName", SCRIPT,
        PROVIDER_NAME.name(), "Zorg " + IMG, "description", description));

    HttpResponse<String> created = client.send("POST", "/api/calamity-reports", SYSTEM, body);
    assertThat(created.statusCode()).isEqualTo(201);
    String caseNumber = JSON.readTree(created.body()).get("caseNumber").asText();

    // the supervisor's Tasklist reads the task and its variables as JSON data, character for character
    HttpResponse<String> taskList = client.send("GET", "/engine-rest/task?processInstanceBusinessKey=" + caseNumber,
        "toezichthouder", null);
    assertThat(taskList.headers().firstValue("Content-Type")).hasValueSatisfying(
        type -> assertThat(type).startsWith("application/json"));
    String taskId = JSON.readTree(taskList.body()).get(0).get("id").asText();
    HttpResponse<String> variables = client.send("GET", "/engine-rest/task/" + taskId + "/variables", "toezichthouder",
        null);
    assertThat(variables.headers().firstValue("Content-Type")).hasValueSatisfying(
        type -> assertThat(type).startsWith("application/json"));
    JsonNode values = JSON.readTree(variables.body());
    assertThat(values.get("reporterName").get("value").asText()).isEqualTo(SCRIPT);
    assertThat(values.get("providerName").get("value").asText()).isEqualTo("Zorg " + IMG);
    assertThat(values.get("description").get("value").asText()).isEqualTo(description);

    // Cockpit's history of the case: the same, as data
    HttpResponse<String> historic = client.send("GET", "/engine-rest/history/variable-instance?variableName=reporterName"
        + "&processInstanceId=" + runtime.createProcessInstanceQuery().processInstanceBusinessKey(caseNumber)
        .singleResult().getId(), "manager-heerlen", null);
    assertThat(historic.headers().firstValue("Content-Type")).hasValueSatisfying(
        type -> assertThat(type).startsWith("application/json"));
    assertThat(JSON.readTree(historic.body()).get(0).get("value").asText()).isEqualTo(SCRIPT);
  }
}

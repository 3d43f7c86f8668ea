package nl.wmotoezicht.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.CookieManager;
import java.net.HttpCookie;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.StreamSupport;
import nl.wmotoezicht.calamity.CalamityProcess;
import nl.wmotoezicht.kernel.TaskListColumns;
import nl.wmotoezicht.testsupport.ApiClient;
import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.FilterService;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.TaskQueryImpl;
import nl.wmotoezicht.testsupport.WmoIntegrationTest;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The webapps' side of the product without a browser: the Dutch locale files, the saved filters each group
 * sees, and our API read with a Camunda webapp session (a write needs the session's CSRF token as well).
 */
@WmoIntegrationTest
class WebappIntegrationTest {

  @LocalServerPort int port;
  @Autowired RuntimeService runtime;
  @Autowired ManagementService management;
  @Autowired FilterService filterService;
  @Autowired AuthorizationService authorizationService;
  @Autowired TaskService taskService;
  private final ObjectMapper json = new ObjectMapper();

  @BeforeEach
  void realClock() {
    ClockUtil.reset();
  }

  private String url(String path) {
    return "http://localhost:" + port + path;
  }

  @ParameterizedTest
  @CsvSource({"tasklist, CLAIM_TASK, Oppakken", "tasklist, PAGE_LOGIN_USERNAME, Gebruikersnaam",
      "cockpit, DASHBOARD_RUNNING_PROCESS_INSTANCE, Lopende zaken", "admin, USERS_USERS, Gebruikers",
      "welcome, PAGE_LOGIN_PASSWORD, Wachtwoord"})
  void theWebappsHaveADutchLocaleOverCamundasEnglishOne(String app, String key, String dutch) throws Exception {
    HttpResponse<String> response = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
        URI.create(url("/camunda/app/" + app + "/locales/nl.json"))).build(), HttpResponse.BodyHandlers.ofString());
    assertThat(response.statusCode()).isEqualTo(200);
    JsonNode locale = json.readTree(response.body());
    assertThat(locale.get("labels").get(key).asText()).isEqualTo(dutch);
    // a label we did not translate is Camunda's English text, never a bare key
    HttpResponse<String> english = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
        URI.create(url("/camunda/app/" + app + "/locales/en.json"))).build(), HttpResponse.BodyHandlers.ofString());
    JsonNode original = json.readTree(english.body().replace("\uFEFF", ""));
    assertThat(locale.get("labels").size()).isGreaterThanOrEqualTo(original.get("labels").size());
    if (original.has("dateLocales")) {
      assertThat(locale.get("dateLocales").get("months").get(10).asText()).isEqualTo("november");
    }
  }

  @Test
  void everyGroupSeesItsOwnSavedFilters() throws Exception {
    assertThat(filterNames("toezichthouder")).contains("Mijn taken", "Taken van mijn groepen",
        "Termijn verloopt deze week", "Achterstallig", "Wacht op aanbieder")
        .doesNotContain("Alle open taken van mijn gemeente");
    assertThat(filterNames("college-heerlen")).contains("Mijn taken", "Termijn verloopt deze week", "Achterstallig")
        .doesNotContain("Wacht op aanbieder", "Alle open taken van mijn gemeente");
    assertThat(filterNames("manager-heerlen")).containsExactlyInAnyOrder("Alle open taken van mijn gemeente",
        "Achterstallig in mijn gemeente");
  }

  @Test
  void theWeeksFilterHoldsACalamityTaskDueInThreeWorkingDays() throws Exception {
    String caseNumber = BrowserTestSupport.reportCalamity(port, runtime, management, "GM0917");
    JsonNode filters = json.readTree(new ApiClient(port).send("GET", "/engine-rest/filter?resourceType=Task",
        "toezichthouder", null).body());
    String id = StreamSupport.stream(filters.spliterator(), false)
        .filter(f -> f.get("name").asText().equals("Termijn verloopt deze week")).findFirst().orElseThrow()
        .get("id").asText();
    HttpResponse<String> listed = new ApiClient(port).send("POST", "/engine-rest/filter/" + id + "/list?maxResults=1000",
        "toezichthouder", "{\"processInstanceBusinessKey\":\"" + caseNumber + "\"}");
    assertThat(listed.statusCode()).as(listed.body()).isEqualTo(200);
    assertThat(StreamSupport.stream(json.readTree(listed.body()).spliterator(), false).map(t -> t.get("name").asText()))
        .contains("Contact opnemen met melder");
  }

  @Test
  void everyRolesTaskListShowsCaseMunicipalityProviderAndTermButOnlyOfItsOwnMunicipality() throws Exception {
    String heerlen = BrowserTestSupport.reportCalamity(port, runtime, management, "GM0917");
    String maastricht = BrowserTestSupport.reportCalamity(port, runtime, management, "GM0935");

    // the supervisor works region-wide without READ on the process instances: the columns come from the task
    Map<String, JsonNode> supervisor = listedWithVariables("toezichthouder", "Taken van mijn groepen");
    assertThat(supervisor).containsKeys(heerlen, maastricht);
    JsonNode row = supervisor.get(maastricht);
    assertThat(row.get("listMunicipality").asText()).isEqualTo("Maastricht");
    assertThat(row.get("listProvider").asText()).isNotBlank();
    assertThat(row.get("listTermEnd").asText()).matches("\\d{1,2}-\\d{1,2}-\\d{4}");

    // the manager of Heerlen sees Heerlen's tasks with their columns, and nothing of Maastricht
    Map<String, JsonNode> manager = listedWithVariables("manager-heerlen", "Alle open taken van mijn gemeente");
    assertThat(manager).containsKey(heerlen).doesNotContainKey(maastricht);
    assertThat(manager.get(heerlen).get("listMunicipality").asText()).isEqualTo("Heerlen");
    assertThat(manager.values()).allSatisfy(v -> assertThat(v.get("listMunicipality").asText()).isEqualTo("Heerlen"));
  }

  /**
   * What Tasklist sends for text typed in its search box, widened by {@code app/tasklist/scripts/wmo/zoeken.js}: the
   * task name or one of the case columns (case number, municipality, provider) contains the text, ignoring case.
   */
  private String searchBox(String text) {
    ObjectNode query = json.createObjectNode();
    query.putArray("processVariables");
    query.putArray("taskVariables");
    query.putArray("caseInstanceVariables");
    ObjectNode or = query.putArray("orQueries").addObject();
    or.put("nameLike", "%" + text + "%");
    or.put("variableValuesIgnoreCase", true);
    for (String column : List.of(TaskListColumns.CASE_NUMBER.name(), TaskListColumns.MUNICIPALITY.name(),
        TaskListColumns.PROVIDER.name())) {
      or.withArray("taskVariables").addObject().put("name", column).put("operator", "like")
          .put("value", "%" + text + "%");
    }
    query.putArray("sorting").addObject().put("sortBy", "dueDate").put("sortOrder", "asc");
    return query.toString();
  }

  @Test
  void theSearchBoxFindsATaskByCaseNumberOrProviderForEveryRoleWithinItsMunicipalities() throws Exception {
    String heerlen = BrowserTestSupport.reportCalamity(port, runtime, management, "GM0917");
    String maastricht = BrowserTestSupport.reportCalamity(port, runtime, management, "GM0935");

    // the supervisor (region-wide) types a case number, in lower case: only that case's tasks
    Map<String, JsonNode> found = listedWithVariables("toezichthouder", "Taken van mijn groepen",
        searchBox(heerlen.toLowerCase(java.util.Locale.ROOT)));
    assertThat(found).containsOnlyKeys(heerlen);
    // the manager of Heerlen: his own case by number, Maastricht's not at all
    assertThat(listedWithVariables("manager-heerlen", "Alle open taken van mijn gemeente", searchBox(heerlen)))
        .containsOnlyKeys(heerlen);
    assertThat(listedWithVariables("manager-heerlen", "Alle open taken van mijn gemeente", searchBox(maastricht)))
        .isEmpty();
    // by (part of) the provider's name: the provider's cases of the user's own municipality only
    Map<String, JsonNode> byProvider = listedWithVariables("manager-maastricht", "Alle open taken van mijn gemeente",
        searchBox("thuis zuid"));
    assertThat(byProvider).containsKey(maastricht).doesNotContainKey(heerlen);
    assertThat(byProvider.values()).allSatisfy(v -> assertThat(v.get("listProvider").asText())
        .containsIgnoringCase("thuis zuid"));
    // the task's name is still searched
    assertThat(listedWithVariables("toezichthouder", "Taken van mijn groepen", searchBox("contact opnemen")))
        .containsKeys(heerlen, maastricht);
  }

  @Test
  void theWebappsReadTheMunicipalitiesNamesForTheTenantIdsTheyShow() throws Exception {
    HttpResponse<String> response = new ApiClient(port).send("GET", "/api/municipalities", "college-heerlen", null);

    assertThat(response.statusCode()).isEqualTo(200);
    Map<String, String> names = new HashMap<>();
    json.readTree(response.body()).forEach(m -> names.put(m.get("code").asText(), m.get("name").asText()));
    assertThat(names).containsEntry("GM0917", "Heerlen").containsEntry("GM0935", "Maastricht")
        .containsEntry("GM0928", "Kerkrade");
    assertThat(new ApiClient(port).send("GET", "/api/municipalities", null, null).statusCode()).isEqualTo(401);
  }

  @Test
  void aStartFormOffersOnlyTheMunicipalitiesTheUserMayStartACaseFor() throws Exception {
    assertThat(mine("college-heerlen")).containsExactly("GM0917=Heerlen");
    assertThat(mine("contractmanager-maastricht")).containsExactly("GM0935=Maastricht");
    // region-wide and the administrator: the whole region, in its order
    assertThat(mine("toezichthouder")).containsExactly("GM0917=Heerlen", "GM0935=Maastricht", "GM0928=Kerkrade");
    assertThat(mine("demo")).containsExactly("GM0917=Heerlen", "GM0935=Maastricht", "GM0928=Kerkrade");
    assertThat(new ApiClient(port).send("GET", "/api/municipalities/mine", null, null).statusCode()).isEqualTo(401);
  }

  private List<String> mine(String user) throws Exception {
    HttpResponse<String> response = new ApiClient(port).send("GET", "/api/municipalities/mine", user, null);
    assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
    List<String> codes = new java.util.ArrayList<>();
    json.readTree(response.body()).forEach(m -> codes.add(m.get("code").asText() + "=" + m.get("name").asText()));
    return codes;
  }

  @Test
  void theSavedFiltersLeaveTheSortToTasklistSoItsSortLabelIsTheSort() {
    assertThat(filterService.createFilterQuery().list()).isNotEmpty().allSatisfy(filter -> assertThat(
        ((TaskQueryImpl) filter.getQuery()).getOrderingProperties()).as(filter.getName()).isEmpty());
  }

  @Test
  void theTasklistScriptSearchesTheCaseColumnsTheTasksCarry() throws Exception {
    String script = new String(getClass().getResourceAsStream(
        "/META-INF/resources/webjars/camunda/app/tasklist/scripts/wmo/zoeken.js").readAllBytes(),
        java.nio.charset.StandardCharsets.UTF_8);
    assertThat(script).contains("'" + TaskListColumns.CASE_NUMBER.name() + "'",
        "'" + TaskListColumns.MUNICIPALITY.name() + "'", "'" + TaskListColumns.PROVIDER.name() + "'");
  }

  @Test
  void cockpitsDiagramGetsEachWaitingTimerWithItsDutchDateAndLegalBasisForWhoMayReadTheInstance()
      throws Exception {
    String caseNumber = BrowserTestSupport.reportCalamity(port, runtime, management, "GM0917");
    String instanceId = BrowserTestSupport.awaitProviderReport(caseNumber, runtime, management, taskService,
        java.time.LocalDate.of(2027, 3, 15));

    WebappSession manager = WebappSession.login(port, "cockpit", "manager-heerlen");
    HttpResponse<String> response = manager.send("GET", "/api/process-instances/" + instanceId + "/timers", null);
    assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
    Map<String, JsonNode> timers = new HashMap<>();
    json.readTree(response.body()).forEach(t -> timers.put(t.get("activityId").asText(), t));
    assertThat(timers).containsOnlyKeys(CalamityProcess.Elements.REMINDER_DUE, "Event_ReportOverdue");
    JsonNode reminder = timers.get(CalamityProcess.Elements.REMINDER_DUE);
    assertThat(reminder.get("name").asText()).isEqualTo("5 werkdagen voor de termijn");
    assertThat(reminder.get("date").asText()).isEqualTo("8 maart 2027 om 08:00");
    assertThat(reminder.get("legalBasis").asText()).isEqualTo("werkafspraak toezichthouder");
    assertThat(timers.get("Event_ReportOverdue").get("date").asText()).startsWith("16 maart 2027");

    // another municipality's manager may not read the instance: unknown to him
    WebappSession other = WebappSession.login(port, "cockpit", "manager-maastricht");
    assertThat(other.send("GET", "/api/process-instances/" + instanceId + "/timers", null).statusCode())
        .isEqualTo(404);
  }

  /** docs/webapps.md, "Roles, apps and what each may do": each group exactly the webapps of its role. */
  @ParameterizedTest
  @CsvSource(delimiter = ';', value = {"toezichthouders; tasklist", "contractmanagers; tasklist", "college; tasklist",
      "managers; cockpit,tasklist", "proceseigenaren; cockpit", "koppelingen; ''", "camunda-admin; *"})
  void eachGroupHasExactlyTheAppsOfItsRole(String group, String apps) {
    List<String> granted = authorizationService.createAuthorizationQuery().resourceType(Resources.APPLICATION)
        .groupIdIn(group).list().stream().filter(a -> a.getAuthorizationType() == Authorization.AUTH_TYPE_GRANT)
        .map(Authorization::getResourceId).sorted().toList();
    assertThat(granted).isEqualTo(apps.isEmpty() ? List.of() : List.of(apps.split(",")));
    // and no user holds an app of her own beside her groups' apps
    assertThat(authorizationService.createAuthorizationQuery().resourceType(Resources.APPLICATION).list())
        .allSatisfy(a -> assertThat(a.getUserId()).as("application authorization %s", a.getId()).isNull());
  }

  @Test
  void aUserOpeningAnAppHerRoleDoesNotIncludeReadsADutchPage() throws Exception {
    WebappSession owner = WebappSession.login(port, "cockpit", "proceseigenaar");
    HttpResponse<String> tasklist = owner.sendHtml("/camunda/app/tasklist/default/");
    assertThat(tasklist.statusCode()).isEqualTo(403);
    assertThat(tasklist.body()).contains("U heeft geen toegang tot deze toepassing", "Proceseigenaar")
        .doesNotContain("Whitelabel");
    WebappSession supervisor = WebappSession.login(port, "tasklist", "toezichthouder");
    HttpResponse<String> admin = supervisor.sendHtml("/camunda/app/admin/default/");
    assertThat(admin.statusCode()).isEqualTo(403);
    assertThat(admin.body()).contains("U heeft geen toegang tot deze toepassing").doesNotContain("Whitelabel");
  }

  /** The filter's list as Tasklist loads it (HAL with the embedded variables), keyed by the listed case number. */
  private Map<String, JsonNode> listedWithVariables(String user, String filterName) throws Exception {
    return listedWithVariables(user, filterName, "{}");
  }

  /** The filter's list for a query as Tasklist sends it, keyed by the listed case number. */
  private Map<String, JsonNode> listedWithVariables(String user, String filterName, String query) throws Exception {
    WebappSession tasklist = WebappSession.login(port, "tasklist", user);
    JsonNode filters = json.readTree(tasklist.engine("GET", "/filter?resourceType=Task", null).body());
    String id = StreamSupport.stream(filters.spliterator(), false)
        .filter(f -> f.get("name").asText().equals(filterName)).findFirst().orElseThrow().get("id").asText();
    HttpResponse<String> listed = tasklist.sendHal("POST", "/camunda/api/engine/engine/default/filter/" + id
        + "/list?firstResult=0&maxResults=2000", query);
    assertThat(listed.statusCode()).as(listed.body()).isEqualTo(200);
    JsonNode hal = json.readTree(listed.body());
    Map<String, ObjectNode> byTask = new HashMap<>();
    for (JsonNode variable : hal.path("_embedded").path("variable")) {
      if (variable.hasNonNull("taskId")) {
        byTask.computeIfAbsent(variable.get("taskId").asText(), t -> json.createObjectNode())
            .put(variable.get("name").asText(), variable.get("value").asText());
      }
    }
    Map<String, JsonNode> byCase = new HashMap<>();
    for (JsonNode task : hal.path("_embedded").path("task")) {
      ObjectNode variables = byTask.getOrDefault(task.get("id").asText(), json.createObjectNode());
      for (JsonNode variable : task.path("_embedded").path("variable")) { // embedded per task
        variables.put(variable.get("name").asText(), variable.get("value").asText());
      }
      if (variables.has("listCaseNumber")) {
        byCase.put(variables.get("listCaseNumber").asText(), variables);
      }
    }
    return byCase;
  }

  private List<String> filterNames(String user) throws Exception {
    HttpResponse<String> response = new ApiClient(port).send("GET", "/engine-rest/filter?resourceType=Task", user, null);
    assertThat(response.statusCode()).isEqualTo(200);
    return StreamSupport.stream(json.readTree(response.body()).spliterator(), false).map(f -> f.get("name").asText())
        .toList();
  }

  @Test
  void aWebappSessionMayReadOurApiButNotWriteWithoutItsTokenNorUseTheEngineRestApi() throws Exception {
    CookieManager cookies = new CookieManager();
    HttpClient browser = HttpClient.newBuilder().cookieHandler(cookies).build();
    assertThat(browser.send(HttpRequest.newBuilder(URI.create(url("/api/deadlines"))).build(),
        HttpResponse.BodyHandlers.ofString()).statusCode()).isEqualTo(401);

    browser.send(HttpRequest.newBuilder(URI.create(url("/camunda/app/cockpit/default/"))).build(),
        HttpResponse.BodyHandlers.discarding());
    String xsrf = cookies.getCookieStore().getCookies().stream().filter(c -> c.getName().equals("XSRF-TOKEN"))
        .map(HttpCookie::getValue).findFirst().orElseThrow();
    HttpResponse<String> login = browser.send(HttpRequest.newBuilder(
            URI.create(url("/camunda/api/admin/auth/user/default/login/cockpit")))
        .header("Content-Type", "application/x-www-form-urlencoded").header("X-XSRF-TOKEN", xsrf)
        .POST(HttpRequest.BodyPublishers.ofString("username=manager-heerlen&password=demo")).build(),
        HttpResponse.BodyHandlers.ofString());
    assertThat(login.statusCode()).as(login.body()).isEqualTo(200);

    HttpResponse<String> deadlines = browser.send(HttpRequest.newBuilder(URI.create(url("/api/deadlines")))
        .header("Accept", "application/json").build(), HttpResponse.BodyHandlers.ofString());
    assertThat(deadlines.statusCode()).isEqualTo(200);
    assertThat(StreamSupport.stream(json.readTree(deadlines.body()).spliterator(), false))
        .allSatisfy(c -> assertThat(c.get("municipalityCode").asText()).isEqualTo("GM0917"));

    // a write with the session needs this session's CSRF token and the own origin (SessionWriteIntegrationTest);
    // the token of before the login (the login starts a new session) and no Origin: refused, nothing stored
    String token = cookies.getCookieStore().getCookies().stream().filter(c -> c.getName().equals("XSRF-TOKEN"))
        .map(HttpCookie::getValue).findFirst().orElseThrow();
    HttpResponse<String> write = browser.send(HttpRequest.newBuilder(URI.create(url("/api/calamity-reports")))
        .header("Content-Type", "application/json").header("X-XSRF-TOKEN", token)
        .POST(HttpRequest.BodyPublishers.ofString("{}")).build(), HttpResponse.BodyHandlers.ofString());
    assertThat(write.statusCode()).isEqualTo(403);
    assertThat(json.readTree(write.body()).get("type").asText()).endsWith("/sessie-verzoek-geweigerd");
    assertThat(browser.send(HttpRequest.newBuilder(URI.create(url("/engine-rest/task"))).build(),
        HttpResponse.BodyHandlers.ofString()).statusCode()).isEqualTo(401);
  }
}

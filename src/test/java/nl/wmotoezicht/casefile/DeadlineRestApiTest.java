package nl.wmotoezicht.casefile;

import static nl.wmotoezicht.testsupport.ProcessTestSupport.fireDueTimers;
import static nl.wmotoezicht.testsupport.ProcessTestSupport.runAsyncJobs;
import static nl.wmotoezicht.testsupport.ProcessTestSupport.setClock;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.StreamSupport;
import nl.wmotoezicht.calamity.CalamityFixtures;
import nl.wmotoezicht.calamity.CalamityProcess;
import nl.wmotoezicht.dwangsom.DwangsomFixtures;
import nl.wmotoezicht.dwangsom.DwangsomProcess;
import nl.wmotoezicht.kernel.CaseVariables;
import nl.wmotoezicht.testsupport.ApiClient;
import nl.wmotoezicht.testsupport.ProcessScenario;
import nl.wmotoezicht.identity.Groups;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The deadline overview ({@code GET /api/deadlines}), the next deadline of a case and the case file
 * ({@code GET /api/cases/{n}/history}) as managers, the college and other municipalities call them.
 */
@ProcessScenario
class DeadlineRestApiTest {

  @LocalServerPort int port;
  @Autowired RuntimeService runtime;
  @Autowired TaskService tasks;
  @Autowired ManagementService management;
  @Autowired RepositoryService repository;
  @Autowired LegalBasis legalBasis;
  @Autowired IdentityService identity;
  private final ObjectMapper json = new ObjectMapper();

  private JsonNode get(String path, String user) throws Exception {
    HttpResponse<String> response = new ApiClient(port).send("GET", path, user, null);
    assertThat(response.statusCode()).as(path + " " + response.body()).isEqualTo(200);
    return json.readTree(response.body());
  }

  private ProcessInstance calamity(String municipalityCode) {
    Map<String, Object> report = new HashMap<>(CalamityFixtures.report(UUID.randomUUID().toString()));
    CaseVariables.MUNICIPALITY_CODE.put(report, municipalityCode);
    ProcessInstance pi = runtime.createMessageCorrelation(CalamityProcess.Messages.REPORTED).setVariables(report)
        .correlateStartMessage();
    runAsyncJobs(management, pi);
    return pi;
  }

  /** A last onder dwangsom of Heerlen, decided by college-heerlen over REST on 25 November, P4W to comply. */
  private ProcessInstance decidedLast() throws Exception {
    ProcessInstance pi = runtime.createMessageCorrelation(DwangsomProcess.Messages.REQUESTED)
        .setVariables(DwangsomFixtures.request()).correlateStartMessage();
    Map<String, Object> terms = DwangsomFixtures.termsWithoutHearing("perTijdseenheid", 500L, 5000L);
    tasks.complete(tasks.createTaskQuery().processInstanceId(pi.getId()).singleResult().getId(), terms);
    runAsyncJobs(management, pi);
    setClock("2026-11-25T10:00");
    String decide = tasks.createTaskQuery().processInstanceId(pi.getId()).singleResult().getId();
    HttpResponse<String> decided = new ApiClient(port).send("POST", "/engine-rest/task/" + decide + "/complete",
        "college-heerlen", "{\"variables\":{\"decision\":{\"value\":\"opleggen\"},"
            + "\"decisionMotivation\":{\"value\":\"De overtreding duurt voort; een dwangsom is evenredig.\"}}}");
    assertThat(decided.statusCode()).as(decided.body()).isEqualTo(204);
    runAsyncJobs(management, pi);
    return pi;
  }

  private HttpResponse<String> send(String path, String user) throws Exception {
    return new ApiClient(port).send("GET", path, user, null);
  }

  /** The cases of an answer as "case number / instance": what identifies a row and its place. */
  private static List<String> rows(JsonNode overview) {
    return list(overview).stream().map(DeadlineRestApiTest::row).toList();
  }

  private static String row(JsonNode c) {
    return c.get("caseNumber").asText() + "/" + c.get("processInstanceId").asText();
  }

  private long count(String path, String user) throws Exception {
    return get(path, user).get("count").asLong();
  }

  /** A 400 problem body naming exactly these fields. */
  private JsonNode assertBadRequest(String path, String user, String... fields) throws Exception {
    HttpResponse<String> response = send(path, user);
    assertThat(response.statusCode()).as(path + " " + response.body()).isEqualTo(400);
    assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(
        type -> assertThat(type).startsWith("application/problem+json"));
    JsonNode problem = json.readTree(response.body());
    assertThat(problem.get("type").asText()).isEqualTo("https://wmotoezicht.nl/problemen/ongeldige-invoer");
    assertThat(list(problem.get("errors")).stream().map(e -> e.get("field").asText()).toList())
        .containsExactlyInAnyOrder(fields);
    return problem;
  }

  /** A manager of Heerlen and Maastricht (not Kerkrade), as a team leader serving several municipalities is set up. */
  private String twoMunicipalityManager() {
    String id = "manager-twee-" + UUID.randomUUID().toString().substring(0, 8);
    User user = identity.newUser(id);
    user.setFirstName("Teamleider");
    user.setLastName("Twee gemeenten");
    user.setPassword(ApiClient.DEMO_PASSWORD);
    identity.saveUser(user);
    identity.createMembership(id, Groups.MANAGERS);
    identity.createTenantUserMembership("GM0917", id);
    identity.createTenantUserMembership("GM0935", id);
    return id;
  }

  private void remove(String user) {
    identity.createTenantQuery().userMember(user).list().forEach(t -> identity.deleteTenantUserMembership(t.getId(), user));
    identity.deleteMembership(user, Groups.MANAGERS);
    identity.deleteUser(user);
  }

  private static List<JsonNode> list(JsonNode array) {
    return StreamSupport.stream(array.spliterator(), false).toList();
  }

  private static JsonNode caseIn(JsonNode overview, String caseNumber) {
    return list(overview).stream().filter(c -> c.get("caseNumber").asText().equals(caseNumber)).findFirst()
        .orElse(null);
  }

  @Test
  void managersSeeTheirRunningCasesMostUrgentFirstWithLegalBasisAndVerjaring() throws Exception {
    ProcessInstance calamityHeerlen = calamity("GM0917");
    ProcessInstance calamityMaastricht = calamity("GM0935");
    ProcessInstance last = decidedLast();
    // the begunstigingstermijn ends 23 December; the recheck finds the last not complied with: forfeited
    setClock("2026-12-24T09:00");
    fireDueTimers(management, last);
    String recheck = tasks.createTaskQuery().processInstanceId(last.getId())
        .taskDefinitionKey(DwangsomProcess.Elements.RECHECK).singleResult().getId();
    Map<String, Object> finding = new HashMap<>();
    DwangsomProcess.Variables.COMPLIANCE_FINDING.put(finding, "nietNageleefd");
    DwangsomProcess.Variables.RECHECK_DATE.put(finding, "2026-12-24");
    DwangsomProcess.Variables.RECHECK_FINDINGS.put(finding, "Drie begeleiders zonder VOG.");
    tasks.complete(recheck, finding);
    runAsyncJobs(management, last);
    ProcessInstance collection = runtime.createProcessInstanceQuery()
        .processInstanceBusinessKey(last.getBusinessKey() + "-V1").singleResult();
    assertThat(collection).isNotNull();
    runAsyncJobs(management, collection);

    JsonNode overview = get("/api/deadlines", "manager-heerlen");

    assertThat(list(overview)).allSatisfy(c -> {
      assertThat(c.get("municipalityCode").asText()).isEqualTo("GM0917");
      assertThat(c.get("municipalityName").asText()).isEqualTo("Heerlen");
    });
    assertThat(caseIn(overview, calamityMaastricht.getBusinessKey())).isNull();
    // most urgent first: days left of the next deadline never decrease down the list; cases without dates last
    List<Long> daysLeft = new ArrayList<>();
    boolean undatedSeen = false;
    for (JsonNode c : overview) {
      if (c.get("nextDeadline").isNull()) {
        undatedSeen = true;
      } else {
        assertThat(undatedSeen).as("a dated case after an undated one").isFalse();
        daysLeft.add(c.get("nextDeadline").get("daysLeft").asLong());
      }
    }
    assertThat(daysLeft).isSorted();

    // the calamity's contact task was due on 26 November: overdue, so before the last
    JsonNode calamity = caseIn(overview, calamityHeerlen.getBusinessKey());
    assertThat(calamity.get("nextDeadline").get("overdue").asBoolean()).isTrue();
    assertThat(calamity.get("nextDeadline").get("daysLeft").asLong()).isEqualTo(-28);
    assertThat(calamity.get("nextDeadline").get("date").asText()).isEqualTo("2026-11-26");
    JsonNode lastCase = caseIn(overview, last.getBusinessKey());
    assertThat(list(overview).indexOf(calamity)).isLessThan(list(overview).indexOf(lastCase));

    // the forfeiture of 24 December lapses a year later (art. 5:35 Awb): on the last and on its collection
    JsonNode verjaring = list(lastCase.get("deadlines")).stream()
        .filter(d -> d.get("kind").asText().equals("verjaring")).findFirst().orElseThrow();
    assertThat(verjaring.get("date").asText()).isEqualTo("2027-12-24");
    assertThat(verjaring.get("legalBasis").asText()).isEqualTo("art. 5:35 Awb");
    assertThat(verjaring.get("daysLeft").asLong()).isEqualTo(365);
    JsonNode collectionCase = caseIn(overview, collection.getBusinessKey());
    assertThat(list(collectionCase.get("deadlines"))).anySatisfy(d -> {
      assertThat(d.get("kind").asText()).isEqualTo("timer");
      // the last day of the payment term, labelled as such (the timer fires the day after)
      assertThat(d.get("label").asText()).isEqualTo("Laatste dag betalingstermijn");
      assertThat(d.get("legalBasis").asText()).isEqualTo("art. 5:33 Awb");
    });
    assertThat(list(collectionCase.get("deadlines"))).anySatisfy(d ->
        assertThat(d.get("kind").asText()).isEqualTo("verjaring"));

    JsonNode maastricht = get("/api/deadlines", "manager-maastricht");
    assertThat(caseIn(maastricht, calamityMaastricht.getBusinessKey())).isNotNull();
    assertThat(caseIn(maastricht, calamityHeerlen.getBusinessKey())).isNull();
    assertThat(caseIn(maastricht, last.getBusinessKey())).isNull();

    // the case status names its next deadline too
    JsonNode status = get("/api/cases/" + calamityHeerlen.getBusinessKey(), "manager-heerlen");
    assertThat(status.get("nextDeadline").get("label").asText())
        .isEqualTo(calamity.get("nextDeadline").get("label").asText());
  }

  @Test
  void theCaseFileTellsWhoDecidedWhatAndWhy() throws Exception {
    ProcessInstance last = decidedLast();

    JsonNode file = get("/api/cases/" + last.getBusinessKey() + "/history", "college-heerlen");

    assertThat(file.get("municipalityCode").asText()).isEqualTo("GM0917");
    List<JsonNode> history = list(file.get("history"));
    assertThat(history.get(0).get("kind").asText()).isEqualTo("gestart");
    assertThat(history).anySatisfy(e -> {
      assertThat(e.get("kind").asText()).isEqualTo("taak");
      assertThat(e.get("title").asText()).isEqualTo("Besluit nemen");
      // users by name, not by id (issue 13 point 5)
      assertThat(e.get("user").asText()).isEqualTo("Gemandateerde Heerlen");
    });
    assertThat(history).anySatisfy(e -> {
      assertThat(e.get("kind").asText()).isEqualTo("motivering");
      // the label of the field in the process's own form, not the variable's name
      assertThat(e.get("title").asText()).isEqualTo("Motivering, met de afweging van de zienswijze");
      assertThat(e.get("user").asText()).isEqualTo("Gemandateerde Heerlen");
      assertThat(e.get("detail").asText()).isEqualTo("De overtreding duurt voort; een dwangsom is evenredig.");
    });
    assertThat(history).anySatisfy(e -> {
      assertThat(e.get("kind").asText()).isEqualTo("motivering");
      assertThat(e.get("detail").asText()).isEqualTo("Medewerking is dringend nodig.");
    });
    List<JsonNode> deadlines = list(file.get("deadlines"));
    assertThat(deadlines).anySatisfy(d -> {
      // one date, one meaning: the letter's "uiterlijk op 23 december 2026 ... tot en met die dag" (was: 24th)
      assertThat(d.get("label").asText()).isEqualTo("Laatste dag begunstigingstermijn");
      assertThat(d.get("legalBasis").asText()).isEqualTo("art. 5:32a Awb");
      assertThat(d.get("date").asText()).isEqualTo("2026-12-23");
      assertThat(d.get("dueAt").asText()).startsWith("2026-12-23T23:00");
    });

    HttpResponse<String> foreign = new ApiClient(port).send("GET", "/api/cases/" + last.getBusinessKey() + "/history",
        "college-maastricht", null);
    assertThat(foreign.statusCode()).isEqualTo(404);
    assertThat(foreign.body()).contains("zaak-onbekend");
    assertThat(new ApiClient(port).send("GET", "/api/cases/" + last.getBusinessKey() + "/history", null, null)
        .statusCode()).isEqualTo(401);
    assertThat(new ApiClient(port).send("GET", "/api/deadlines", null, null).statusCode()).isEqualTo(401);
  }

  @Test
  void theModelsNameTheLegalBasisOfStatutoryDates() {
    String lastDefinition = repository.createProcessDefinitionQuery().processDefinitionKey(DwangsomProcess.KEY)
        .latestVersion().withoutTenantId().singleResult().getId();
    // the objection (art. 7:10 Awb) is decided in the objection process now; the request to lift the last is here
    assertThat(legalBasis.of(lastDefinition, DwangsomProcess.Elements.DECIDE_OPHEFFING)).isEqualTo("art. 4:13 Awb");
    assertThat(legalBasis.of(lastDefinition, "Event_ZienswijzeTermExpired")).isEqualTo("art. 4:8 Awb");
    assertThat(legalBasis.of(lastDefinition, DwangsomProcess.Elements.RECHECK)).isNull();
  }

  @Test
  void pagesOfTheOverviewFollowTheUnpagedOrderAndTheCountIsItsLength() throws Exception {
    for (int i = 0; i < 3; i++) {
      calamity("GM0917");
      calamity("GM0935");
    }
    calamity("GM0928");
    setClock("2026-11-30T10:00");
    // cases with equal days left (the calamities of one day): the case number decides, also across pages
    JsonNode all = get("/api/deadlines", "demo");
    List<String> expected = rows(all);
    assertThat(expected).hasSizeGreaterThanOrEqualTo(7);
    assertThat(count("/api/deadlines/count", "demo")).isEqualTo(expected.size());

    List<String> paged = new ArrayList<>();
    for (int first = 0; first < expected.size(); first += 2) {
      List<String> page = rows(get("/api/deadlines?firstResult=" + first + "&maxResults=2", "demo"));
      assertThat(page).hasSizeLessThanOrEqualTo(2).isNotEmpty();
      paged.addAll(page);
    }
    assertThat(paged).isEqualTo(expected);
    assertThat(rows(get("/api/deadlines?firstResult=" + (expected.size() - 1) + "&maxResults=50", "demo")))
        .containsExactly(expected.get(expected.size() - 1));
    assertThat(list(get("/api/deadlines?firstResult=" + expected.size() + "&maxResults=50", "demo"))).isEmpty();
    assertThat(list(get("/api/deadlines?firstResult=1000000", "demo"))).isEmpty();
    assertThat(list(get("/api/deadlines?maxResults=0", "demo"))).isEmpty();
    assertThat(rows(get("/api/deadlines?firstResult=1", "demo"))).isEqualTo(expected.subList(1, expected.size()));
    assertThat(rows(get("/api/deadlines?maxResults=3", "demo"))).isEqualTo(expected.subList(0, 3));
    // the same JSON per case, paged or not
    assertThat(get("/api/deadlines?firstResult=0&maxResults=1", "demo").get(0)).isEqualTo(all.get(0));

    // one municipality: its rows of the whole list, in the same order, and its count
    List<String> maastricht = list(all).stream().filter(c -> c.get("municipalityCode").asText().equals("GM0935"))
        .map(DeadlineRestApiTest::row).toList();
    assertThat(maastricht).hasSizeGreaterThanOrEqualTo(3);
    assertThat(rows(get("/api/deadlines?municipality=GM0935", "demo"))).isEqualTo(maastricht);
    assertThat(rows(get("/api/deadlines?municipality=GM0935&firstResult=1&maxResults=2", "demo")))
        .isEqualTo(maastricht.subList(1, 3));
    assertThat(count("/api/deadlines/count?municipality=GM0935", "demo")).isEqualTo(maastricht.size());

    // next date overdue or within N days: the rows of the whole list that qualify, in its order
    for (int days : new int[] {0, 3, 30}) {
      List<String> within = list(all).stream().filter(c -> {
        JsonNode next = c.get("nextDeadline");
        return !next.isNull() && !next.get("untilDecided").asBoolean()
            && (next.get("overdue").asBoolean() || next.get("daysLeft").asLong() <= days);
      }).map(DeadlineRestApiTest::row).toList();
      assertThat(rows(get("/api/deadlines?within=" + days, "demo"))).as("within=" + days).isEqualTo(within);
      assertThat(count("/api/deadlines/count?within=" + days, "demo")).isEqualTo(within.size());
    }
    // the calamities' contact tasks were due on 26 November: overdue on the 30th, so within 0 days
    assertThat(count("/api/deadlines/count?within=0&municipality=GM0935", "demo")).isGreaterThanOrEqualTo(3);
  }

  @Test
  void aManagerFiltersOnlyOnHisOwnMunicipalitiesAndCannotTellAForeignOneFromAnUnknownOne() throws Exception {
    ProcessInstance heerlen = calamity("GM0917");
    ProcessInstance maastricht = calamity("GM0935");
    ProcessInstance kerkrade = calamity("GM0928");
    String manager = twoMunicipalityManager();
    try {
      // the select of the page: one's own municipalities, in the region's order; all for a region-wide user
      assertThat(get("/api/deadlines/municipalities", "manager-heerlen").toString())
          .isEqualTo("[{\"code\":\"GM0917\",\"name\":\"Heerlen\"}]");
      assertThat(list(get("/api/deadlines/municipalities", manager)).stream().map(m -> m.get("code").asText()))
          .containsExactly("GM0917", "GM0935");
      assertThat(list(get("/api/deadlines/municipalities", "demo")).stream().map(m -> m.get("code").asText()))
          .containsExactlyInAnyOrder("GM0917", "GM0935", "GM0928");

      // the manager of two municipalities sees both, and each on its own
      JsonNode bothJson = get("/api/deadlines", manager);
      List<String> both = rows(bothJson);
      assertThat(both).anyMatch(r -> r.startsWith(heerlen.getBusinessKey() + "/"))
          .anyMatch(r -> r.startsWith(maastricht.getBusinessKey() + "/"))
          .noneMatch(r -> r.startsWith(kerkrade.getBusinessKey() + "/"));
      JsonNode onlyMaastricht = get("/api/deadlines?municipality=GM0935", manager);
      assertThat(list(onlyMaastricht)).isNotEmpty()
          .allSatisfy(c -> assertThat(c.get("municipalityCode").asText()).isEqualTo("GM0935"));
      assertThat(rows(onlyMaastricht)).isEqualTo(list(bothJson).stream()
          .filter(c -> c.get("municipalityCode").asText().equals("GM0935")).map(DeadlineRestApiTest::row).toList());
      assertThat(count("/api/deadlines/count?municipality=GM0917", manager)
          + count("/api/deadlines/count?municipality=GM0935", manager)).isEqualTo(both.size());
      assertThat(rows(get("/api/deadlines?municipality=GM0917", "manager-heerlen")))
          .isEqualTo(rows(get("/api/deadlines", "manager-heerlen")));

      // another municipality of the region and one that does not exist: the same refusal, word for word
      JsonNode foreign = assertBadRequest("/api/deadlines?municipality=GM0928", manager, "municipality");
      JsonNode unknown = assertBadRequest("/api/deadlines?municipality=GM9999", manager, "municipality");
      assertThat(foreign.get("detail")).isEqualTo(unknown.get("detail"));
      assertThat(foreign.get("errors")).isEqualTo(unknown.get("errors"));
      assertThat(assertBadRequest("/api/deadlines/count?municipality=GM0935", "manager-heerlen", "municipality")
          .get("errors")).isEqualTo(unknown.get("errors"));
      // the region-wide administrator may filter on any municipality of the region, not on an unknown code
      assertThat(list(get("/api/deadlines?municipality=GM0928", "demo"))).anySatisfy(c ->
          assertThat(c.get("caseNumber").asText()).isEqualTo(kerkrade.getBusinessKey()));
      assertBadRequest("/api/deadlines?municipality=GM9999", "demo", "municipality");
    } finally {
      remove(manager);
    }
  }

  @Test
  void badPagingAndFilterValuesAreRefusedWithAProblemNamingEachField() throws Exception {
    assertBadRequest("/api/deadlines?firstResult=-1", "manager-heerlen", "firstResult");
    assertBadRequest("/api/deadlines?firstResult=een", "manager-heerlen", "firstResult");
    assertBadRequest("/api/deadlines?maxResults=1001", "manager-heerlen", "maxResults");
    assertBadRequest("/api/deadlines?maxResults=-5", "manager-heerlen", "maxResults");
    assertBadRequest("/api/deadlines?maxResults=99999999999", "manager-heerlen", "maxResults");
    assertBadRequest("/api/deadlines?within=-1", "manager-heerlen", "within");
    assertBadRequest("/api/deadlines?within=3651", "manager-heerlen", "within");
    assertBadRequest("/api/deadlines/count?within=week", "manager-heerlen", "within");
    JsonNode all = assertBadRequest("/api/deadlines?municipality=%3Cscript%3E&within=x&firstResult=x&maxResults=x",
        "manager-heerlen", "municipality", "within", "firstResult", "maxResults");
    assertThat(all.toString()).doesNotContain("<script>");
    assertThat(list(get("/api/deadlines?maxResults=1000", "manager-heerlen"))).hasSizeLessThanOrEqualTo(1000);
    assertThat(send("/api/deadlines/count", null).statusCode()).isEqualTo(401);
    assertThat(send("/api/deadlines/municipalities", null).statusCode()).isEqualTo(401);
  }
}

package nl.wmotoezicht.platform;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import nl.wmotoezicht.calamity.CalamityFixtures;
import nl.wmotoezicht.calamity.CalamityProcess;
import nl.wmotoezicht.kernel.CaseVariables;
import nl.wmotoezicht.testsupport.ApiClient;
import nl.wmotoezicht.testsupport.TestMailServer;
import nl.wmotoezicht.testsupport.WmoIntegrationTest;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RuntimeService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Issue 16, P5: the Cockpit-like history list (finished calamity cases, newest first) shows a manager the cases of
 * their own municipality and no other, on both databases, with the start-up DDL and the history list's sort memory
 * ({@link CamundaTableDdl}, {@link CustomPlansForListQueries}) in place: an index, a statistic or a sort setting decides
 * how the rows are found, never which.
 */
@WmoIntegrationTest
class HistoryListRestApiTest {

  private static final String LIST = "/engine-rest/history/process-instance?processDefinitionKey=calamiteit"
      + "&finished=true&sortBy=startTime&sortOrder=desc&firstResult=0&maxResults=1000";

  @LocalServerPort int port;
  @Autowired RuntimeService runtime;
  @Autowired HistoryService history;
  @Autowired IdentityService identity;
  private final ObjectMapper json = new ObjectMapper();

  @Test
  void aManagerSeesTheFinishedCasesOfTheirOwnMunicipalityNewestFirst() throws Exception {
    TestMailServer.get();
    String heerlenOld = finishedCase("GM0917");
    String maastricht = finishedCase("GM0935");
    String heerlenNew = finishedCase("GM0917");

    for (String manager : List.of("manager-heerlen", "manager-maastricht")) {
      identity.unlockUser(manager);
    }
    List<JsonNode> heerlen = list("manager-heerlen");
    List<JsonNode> maastrichts = list("manager-maastricht");

    assertThat(ids(heerlen)).contains(heerlenOld, heerlenNew).doesNotContain(maastricht);
    assertThat(heerlen).allSatisfy(row -> assertThat(row.get("tenantId").isNull() ? null : row.get("tenantId").asText())
        .isIn("GM0917", null));
    assertThat(ids(heerlen).indexOf(heerlenNew)).isLessThan(ids(heerlen).indexOf(heerlenOld));
    assertThat(ids(maastrichts)).contains(maastricht).doesNotContain(heerlenOld, heerlenNew);
    // exactly the rows the engine finds for that tenant (and without one) with no user signed in: nothing lost or added
    List<String> expected = new ArrayList<>();
    history.createHistoricProcessInstanceQuery().processDefinitionKey(CalamityProcess.KEY).finished()
        .tenantIdIn("GM0917").list().forEach(instance -> expected.add(instance.getId()));
    history.createHistoricProcessInstanceQuery().processDefinitionKey(CalamityProcess.KEY).finished()
        .withoutTenantId().list().forEach(instance -> expected.add(instance.getId()));
    assertThat(ids(heerlen)).containsExactlyInAnyOrderElementsOf(expected);
  }

  private String finishedCase(String municipality) throws InterruptedException {
    Map<String, Object> report = CalamityFixtures.report(UUID.randomUUID().toString());
    CaseVariables.MUNICIPALITY_CODE.put(report, municipality);
    String id = runtime.startProcessInstanceByKey(CalamityProcess.KEY, report).getId();
    runtime.deleteProcessInstance(id, "HistoryListRestApiTest");
    Thread.sleep(5);   // distinct start times, so "newest first" is decided
    return id;
  }

  private List<JsonNode> list(String user) throws Exception {
    HttpResponse<String> response = new ApiClient(port).send("GET", LIST, user, null);
    assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
    List<JsonNode> rows = new ArrayList<>();
    json.readTree(response.body()).forEach(rows::add);
    return rows;
  }

  private static List<String> ids(List<JsonNode> rows) {
    return rows.stream().map(row -> row.get("id").asText()).toList();
  }
}

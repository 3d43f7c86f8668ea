package nl.wmotoezicht.cases;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import nl.wmotoezicht.calamity.CalamityFixtures;
import nl.wmotoezicht.calamity.CalamityProcess;
import nl.wmotoezicht.testsupport.ApiClient;
import nl.wmotoezicht.testsupport.TestDatabase;
import nl.wmotoezicht.testsupport.WmoIntegrationTest;
import org.camunda.bpm.engine.RuntimeService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Many distinct reports at once through the intake API: every accepted report is a case, none is
 * lost or doubled. (Ten identical reports at once on both paths: {@code CalamityRestApiTest}.)
 */
@WmoIntegrationTest
class IntakeUnderLoadTest {

  /** Issue 7: 1,000 reports from 20 clients on PostgreSQL; the H2 pass of the suite sends 200. */
  private static final int REPORTS = TestDatabase.isPostgres() ? 1_000 : 200;
  private static final int CLIENTS = 20;

  @LocalServerPort int port;
  @Autowired RuntimeService runtime;
  @Autowired JdbcTemplate jdbc;
  private final ObjectMapper json = new ObjectMapper();

  @Test
  void everyDistinctReportFromTwentyClientsBecomesExactlyOneCase() throws Exception {
    String run = "LOAD-" + UUID.randomUUID().toString().substring(0, 8) + "-";
    ApiClient client = new ApiClient(port);
    ExecutorService clients = Executors.newFixedThreadPool(CLIENTS);
    List<Future<HttpResponse<String>>> sent = new ArrayList<>();
    try {
      for (int i = 0; i < REPORTS; i++) {
        ObjectNode report = CalamityFixtures.jsonReport(run + i, i);
        sent.add(clients.submit(() -> client.send("POST", "/api/calamity-reports", "intake-systeem", report.toString())));
      }
      Set<String> caseNumbers = new HashSet<>();
      for (Future<HttpResponse<String>> response : sent) {
        HttpResponse<String> answer = response.get();
        assertThat(answer.statusCode()).as(answer.body()).isEqualTo(201);
        JsonNode receipt = json.readTree(answer.body());
        assertThat(receipt.get("duplicate").asBoolean()).isFalse();
        caseNumbers.add(receipt.get("caseNumber").asText());
      }
      assertThat(caseNumbers).hasSize(REPORTS);
    } finally {
      clients.shutdownNow();
    }

    assertThat(runtime.createProcessInstanceQuery().processDefinitionKey(CalamityProcess.KEY)
        .variableValueLike("reporterReference", run + "%").count()).isEqualTo(REPORTS);
    assertThat(jdbc.queryForObject("SELECT COUNT(DISTINCT case_number) FROM wmo_intake_report WHERE reference LIKE ?",
        Long.class, run + "%")).isEqualTo(REPORTS);
  }
}

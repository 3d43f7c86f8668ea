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
import nl.wmotoezicht.testsupport.WmoIntegrationTest;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The group commit through the intake API ({@link IntakeBatcher}): many reports at once are started in fewer
 * transactions than reports, each with its own case, number and first task; a conflicting report and a repeat among
 * them get their own answers (409, 200) while the others start.
 */
@WmoIntegrationTest
class IntakeGroupCommitTest {

  private static final int REPORTS = 120;
  private static final int CLIENTS = 16;

  @LocalServerPort int port;
  @Autowired RuntimeService runtime;
  @Autowired TaskService tasks;
  @Autowired JdbcTemplate jdbc;
  @Autowired IntakeBatcher batcher;
  private final ObjectMapper json = new ObjectMapper();

  @Test
  void manyReportsAtOnceStartInFewerTransactionsEachWithItsOwnCaseAndFirstTask() throws Exception {
    String run = "GROUP-" + UUID.randomUUID().toString().substring(0, 8) + "-";
    ApiClient client = new ApiClient(port);
    // a report received before, then sent again among the others: once the same (200), once different (409)
    ObjectNode earlier = CalamityFixtures.jsonReport(run + "EARLIER", 0);
    HttpResponse<String> first = client.send("POST", "/api/calamity-reports", ApiClient.INTAKE_SYSTEM,
        earlier.toString());
    assertThat(first.statusCode()).as(first.body()).isEqualTo(201);
    String earlierCase = json.readTree(first.body()).get("caseNumber").asText();
    ObjectNode conflicting = earlier.deepCopy();
    conflicting.put(CalamityProcess.Variables.DESCRIPTION.name(), "Een andere melding onder dezelfde referentie.");
    IntakeBatcher.Stats before = batcher.stats();

    ExecutorService clients = Executors.newFixedThreadPool(CLIENTS);
    List<Future<HttpResponse<String>>> sent = new ArrayList<>();
    Future<HttpResponse<String>> conflict;
    Future<HttpResponse<String>> repeat;
    try {
      for (int i = 0; i < REPORTS; i++) {
        String body = CalamityFixtures.jsonReport(run + i, i).toString();
        sent.add(clients.submit(() -> client.send("POST", "/api/calamity-reports", ApiClient.INTAKE_SYSTEM, body)));
      }
      conflict = clients.submit(() -> client.send("POST", "/api/calamity-reports", ApiClient.INTAKE_SYSTEM,
          conflicting.toString()));
      repeat = clients.submit(() -> client.send("POST", "/api/calamity-reports", ApiClient.INTAKE_SYSTEM,
          earlier.toString()));

      Set<String> caseNumbers = new HashSet<>();
      for (Future<HttpResponse<String>> response : sent) {
        HttpResponse<String> answer = response.get();
        assertThat(answer.statusCode()).as(answer.body()).isEqualTo(201);
        JsonNode receipt = json.readTree(answer.body());
        assertThat(receipt.get("duplicate").asBoolean()).isFalse();
        caseNumbers.add(receipt.get("caseNumber").asText());
      }
      assertThat(caseNumbers).hasSize(REPORTS).doesNotContain(earlierCase);

      HttpResponse<String> refused = conflict.get();
      assertThat(refused.statusCode()).as(refused.body()).isEqualTo(409);
      assertThat(refused.headers().firstValue("Content-Type")).hasValueSatisfying(
          type -> assertThat(type).startsWith("application/problem+json"));
      HttpResponse<String> repeated = repeat.get();
      assertThat(repeated.statusCode()).as(repeated.body()).isEqualTo(200);
      assertThat(json.readTree(repeated.body()).get("caseNumber").asText()).isEqualTo(earlierCase);

      // every report its own instance, case and first task, bound to its municipality
      for (String caseNumber : caseNumbers) {
        ProcessInstance instance = runtime.createProcessInstanceQuery().processInstanceBusinessKey(caseNumber)
            .processDefinitionKey(CalamityProcess.KEY).singleResult();
        assertThat(instance).as(caseNumber).isNotNull();
        Task task = tasks.createTaskQuery().processInstanceId(instance.getId()).singleResult();
        assertThat(task).as(caseNumber).isNotNull();
        assertThat(task.getTaskDefinitionKey()).isEqualTo(CalamityProcess.Elements.CONTACT_REPORTER);
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM wmo_case_instance WHERE case_number = ? "
            + "AND process_instance_id = ?", Long.class, caseNumber, instance.getId())).isEqualTo(1);
      }
    } finally {
      clients.shutdownNow();
    }

    assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM wmo_intake_report WHERE reference LIKE ?", Long.class,
        run + "%")).isEqualTo(REPORTS + 1);
    IntakeBatcher.Stats after = batcher.stats();
    assertThat(after.reports() - before.reports()).isEqualTo(REPORTS);
    // the group commit: fewer transactions than reports
    assertThat(after.batches() - before.batches()).isLessThan(REPORTS);
  }
}

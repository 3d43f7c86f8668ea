package nl.wmotoezicht.faults;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.BooleanSupplier;
import nl.wmotoezicht.calamity.CalamityFixtures;
import nl.wmotoezicht.testsupport.TestMailServer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;
import org.springframework.util.FileSystemUtils;

/**
 * Faults a production installation meets, on the real application in child JVMs ({@link AppNode}) on
 * one PostgreSQL that this test starts, stops and starts again on the same data directory and port;
 * mail goes to the test's SMTP server. Runs in its own Surefire execution ({@code faults}, skipped with
 * {@code -Dskip.faults=true}); about three minutes on two cores.
 *
 * <ol>
 *   <li>A node is killed hard while timers are due and mail jobs are pending, the next one is killed
 *   while it is working through timers; after a restart every timer fired once, every mail went once,
 *   nothing is stuck and there is no incident.</li>
 *   <li>Two nodes on one database share the job executor: each timer and each mail job runs exactly
 *   once, and both nodes did work.</li>
 *   <li>PostgreSQL is stopped for a minute under load: the health endpoint says DOWN, then UP again
 *   without a restart; every accepted report is there, every refused one got a problem answer.</li>
 * </ol>
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class FaultToleranceTest {

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final String RECHECK = "Task_Recheck";
  private static final String TERM_ENDED = "Event_ComplianceTermEnded";
  private static final String MAIL_TEMPLATE = "calamiteit-melding-gemeente";
  private static final Duration OUTAGE = Duration.ofSeconds(Long.getLong("faults.outage.seconds", 60));
  private static final Duration DRAIN_LIMIT = Duration.ofSeconds(120);

  private final Path dataDirectory = Path.of("target", "faults", "pgdata");
  private int databasePort;
  private EmbeddedPostgres postgres;
  private final List<AppNode> nodes = new ArrayList<>();
  private AppNode nodeC;
  private AppNode nodeD;
  private final List<String> clusterCases = new ArrayList<>();

  @BeforeAll
  void startDatabase() throws Exception {
    FileSystemUtils.deleteRecursively(dataDirectory);
    Files.createDirectories(dataDirectory);
    databasePort = AppNode.freePort();
    startPostgres();
    TestMailServer.get();
  }

  @AfterAll
  void stopEverything() throws Exception {
    for (AppNode node : nodes) {
      if (node.isAlive()) {
        node.kill();
      }
    }
    if (postgres != null) {
      postgres.close();
    }
  }

  private void startPostgres() throws IOException {
    postgres = EmbeddedPostgres.builder().setDataDirectory(dataDirectory.toFile()).setCleanDataDirectory(false)
        .setPort(databasePort).setPGStartupWait(Duration.ofSeconds(60)).start();
  }

  private String jdbcUrl() {
    return "jdbc:postgresql://127.0.0.1:" + databasePort + "/postgres";
  }

  private AppNode node(String name, boolean jobExecutor, String... extra) throws Exception {
    AppNode node = AppNode.start(name, jdbcUrl(), TestMailServer.PORT, jobExecutor, extra);
    nodes.add(node);
    return node;
  }

  // ---- 1. kill -9 ------------------------------------------------------------------------------

  @Test
  @Order(1)
  void killedHardWhileTimersAreDueAndMailsPendingEveryTimerFiresOnceAndEveryMailGoesOnce() throws Exception {
    // node A takes reports and holds timers, but runs no jobs (like a web-only node)
    AppNode a = node("node-a", false);
    List<String> reportCases = new ArrayList<>();
    for (int i = 0; i < 20; i++) {
      reportCases.add(report(a, "KILL-" + UUID.randomUUID()));
    }
    List<String> timerCases = startDwangsomCases(a, 100);
    clusterCases.addAll(timerCases.subList(60, 100));
    List<String> killCases = timerCases.subList(0, 60);
    makeTimersDue(killCases.subList(0, 20));
    assertThat(count("SELECT COUNT(*) FROM act_ru_job WHERE type_ = 'message' AND retries_ > 0")).isPositive();

    // reports in flight when the node dies: their senders repeat them (same reference) at the next node
    ExecutorService inFlight = Executors.newFixedThreadPool(5);
    List<String> repeated = new ArrayList<>();
    for (int i = 0; i < 5; i++) {
      String reference = "INFLIGHT-" + UUID.randomUUID();
      repeated.add(reference);
      inFlight.submit(() -> a.send("POST", "/api/calamity-reports", "intake-systeem", reportJson(reference)));
    }
    Thread.sleep(50);
    a.kill();
    inFlight.shutdownNow();

    // node B runs jobs with one thread, and is killed in the middle of the second batch of timers
    AppNode b = node("node-b", true, "--camunda.bpm.job-execution.core-pool-size=1",
        "--camunda.bpm.job-execution.max-pool-size=1", "--camunda.bpm.job-execution.max-jobs-per-acquisition=1");
    for (String reference : repeated) {
      HttpResponse<String> answer = b.send("POST", "/api/calamity-reports", "intake-systeem", reportJson(reference));
      assertThat(answer.statusCode()).as(answer.body()).isIn(200, 201);
      reportCases.add(JSON.readTree(answer.body()).get("caseNumber").asText());
    }
    await("the first batch of timers and all mails", () -> atRecheck(killCases.subList(0, 20)) == 20
        && mailsSent(reportCases) == reportCases.size());
    makeTimersDue(killCases.subList(20, 60));
    await("node B working on the second batch", () -> atRecheck(killCases.subList(20, 60)) > 0);
    b.kill();
    System.out.printf("[faults] node B killed with %d of 40 timers of the second batch done%n",
        atRecheck(killCases.subList(20, 60)));

    // node C (and, for the next test, D) take over once the dead node's locks expire
    nodeC = node("node-c", true);
    await("every timer case at Hercontrole", () -> atRecheck(killCases) == killCases.size());

    for (String caseKey : killCases) {
      assertThat(count("SELECT COUNT(*) FROM act_hi_actinst a JOIN act_hi_procinst p ON p.id_ = a.proc_inst_id_ "
          + "WHERE p.business_key_ = ? AND a.act_id_ = ? AND a.end_time_ IS NOT NULL", caseKey, TERM_ENDED))
          .as("timer of %s fired", caseKey).isEqualTo(1);
      assertThat(count("SELECT COUNT(*) FROM act_ru_task t JOIN act_ru_execution e ON e.id_ = t.proc_inst_id_ "
          + "WHERE e.business_key_ = ? AND t.task_def_key_ = ?", caseKey, RECHECK)).as("rechecks of %s", caseKey)
          .isEqualTo(1);
    }
    assertThat(reportCases).doesNotHaveDuplicates().hasSize(25);
    for (String reference : repeated) {
      assertThat(count("SELECT COUNT(*) FROM wmo_intake_report WHERE reference = ?", reference)).isEqualTo(1);
    }
    for (String caseNumber : reportCases) {
      assertThat(TestMailServer.mailsFor(caseNumber)).extracting(TestMailServer::templateOf).as(caseNumber)
          .containsExactly(MAIL_TEMPLATE);
    }
    assertNothingStuck();
  }

  // ---- 2. two nodes ----------------------------------------------------------------------------

  @Test
  @Order(2)
  void twoNodesOnOneDatabaseRunEachTimerAndEachJobExactlyOnce() throws Exception {
    nodeD = node("node-d", true);
    List<String> reportCases = Collections.synchronizedList(new ArrayList<>());
    ExecutorService clients = Executors.newFixedThreadPool(4);
    List<Future<?>> sent = new ArrayList<>();
    for (int i = 0; i < 40; i++) {
      AppNode target = i % 2 == 0 ? nodeC : nodeD;
      sent.add(clients.submit(() -> {
        reportCases.add(report(target, "CLUSTER-" + UUID.randomUUID()));
        return null;
      }));
    }
    makeTimersDue(clusterCases);
    for (Future<?> future : sent) {
      future.get();
    }
    clients.shutdown();
    await("every cluster timer and mail", () -> atRecheck(clusterCases) == clusterCases.size()
        && mailsSent(reportCases) == reportCases.size());
    await("no job left", () -> count("SELECT COUNT(*) FROM act_ru_job WHERE type_ = 'message'") == 0);

    for (String caseKey : clusterCases) {
      assertThat(count("SELECT COUNT(*) FROM act_hi_actinst a JOIN act_hi_procinst p ON p.id_ = a.proc_inst_id_ "
          + "WHERE p.business_key_ = ? AND a.act_id_ = ? AND a.end_time_ IS NOT NULL", caseKey, TERM_ENDED))
          .isEqualTo(1);
      assertThat(count("SELECT COUNT(*) FROM act_ru_task t JOIN act_ru_execution e ON e.id_ = t.proc_inst_id_ "
          + "WHERE e.business_key_ = ? AND t.task_def_key_ = ?", caseKey, RECHECK)).isEqualTo(1);
    }
    for (String caseNumber : reportCases) {
      assertThat(TestMailServer.mailsFor(caseNumber)).extracting(TestMailServer::templateOf).as(caseNumber)
          .containsExactly(MAIL_TEMPLATE);
    }
    // each successful execution of a job is logged once, by the node that ran it; both nodes ran some
    List<String> executors = strings("SELECT l.hostname_ FROM act_hi_job_log l JOIN act_hi_procinst p "
        + "ON p.id_ = l.process_instance_id_ WHERE l.job_state_ = 2 AND (p.business_key_ = ANY (?) OR p.business_key_ = ANY (?))",
        clusterCases.toArray(String[]::new), reportCases.toArray(String[]::new));
    System.out.printf("[faults] cluster jobs: node-c %d, node-d %d%n",
        executors.stream().filter("node-c"::equals).count(), executors.stream().filter("node-d"::equals).count());
    assertThat(executors).contains("node-c", "node-d");
    assertNothingStuck();
  }

  // ---- 3. database outage ---------------------------------------------------------------------

  @Test
  @Order(3)
  void aDatabaseOutageUnderLoadIsReportedAndSurvivedWithoutLosingAcceptedReports() throws Exception {
    if (nodeD != null) {
      nodeD.stop();
    }
    Map<String, HttpResponse<String>> answers = new ConcurrentHashMap<>();
    List<String> unanswered = Collections.synchronizedList(new ArrayList<>());
    AtomicBoolean running = new AtomicBoolean(true);
    ExecutorService load = Executors.newFixedThreadPool(3);
    for (int client = 0; client < 3; client++) {
      load.submit(() -> {
        while (running.get()) {
          String reference = "OUTAGE-" + UUID.randomUUID();
          try {
            answers.put(reference, nodeC.send("POST", "/api/calamity-reports", "intake-systeem", reportJson(reference)));
          } catch (IOException e) {
            unanswered.add(reference + ": " + e);
          }
          Thread.sleep(200);
        }
        return null;
      });
    }
    Thread.sleep(3_000);
    postgres.close();
    nodeC.awaitHealth(503, Duration.ofSeconds(60));
    System.out.println("[faults] PostgreSQL stopped; node-c reports DOWN");
    Thread.sleep(Math.max(0, OUTAGE.toMillis() - 5_000));
    startPostgres();
    nodeC.awaitHealth(200, Duration.ofSeconds(120));
    System.out.println("[faults] PostgreSQL back; node-c reports UP");
    Thread.sleep(3_000);
    running.set(false);
    load.shutdown();
    assertThat(load.awaitTermination(120, TimeUnit.SECONDS)).isTrue();

    assertThat(unanswered).as("every request got an answer").isEmpty();
    long accepted = 0;
    long refused = 0;
    for (Map.Entry<String, HttpResponse<String>> answer : answers.entrySet()) {
      HttpResponse<String> response = answer.getValue();
      if (response.statusCode() == 201) {
        accepted++;
        String caseNumber = JSON.readTree(response.body()).get("caseNumber").asText();
        assertThat(count("SELECT COUNT(*) FROM wmo_intake_report WHERE reference = ? AND case_number = ?",
            answer.getKey(), caseNumber)).as("accepted %s", answer.getKey()).isEqualTo(1);
        assertThat(count("SELECT COUNT(*) FROM act_hi_procinst WHERE business_key_ = ?", caseNumber)).isEqualTo(1);
      } else {
        refused++;
        assertThat(response.statusCode()).as(response.body()).isEqualTo(503);
        assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(
            type -> assertThat(type).startsWith("application/problem+json"));
        JsonNode problem = JSON.readTree(response.body());
        assertThat(problem.get("status").asInt()).isEqualTo(503);
        assertThat(problem.get("detail").asText()).isNotBlank();
        assertThat(count("SELECT COUNT(*) FROM wmo_intake_report WHERE reference = ?", answer.getKey()))
            .as("refused %s left nothing", answer.getKey()).isZero();
      }
    }
    System.out.printf("[faults] outage of %ss: %d reports accepted, %d refused with 503%n", OUTAGE.toSeconds(),
        accepted, refused);
    assertThat(refused).as("reports refused during the outage").isPositive();
    assertThat(accepted).as("reports accepted before and after").isPositive();

    // after the outage the node works normally, job executor included
    String after = report(nodeC, "AFTER-" + UUID.randomUUID());
    await("mail after the outage", () -> mailsSent(List.of(after)) == 1);
  }

  // ---- helpers ---------------------------------------------------------------------------------

  private static String reportJson(String reference) {
    ObjectNode report = JSON.createObjectNode();
    CalamityFixtures.report(reference).forEach(report::putPOJO);
    return report.toString();
  }

  private static String report(AppNode node, String reference) throws Exception {
    HttpResponse<String> answer = node.send("POST", "/api/calamity-reports", "intake-systeem", reportJson(reference));
    assertThat(answer.statusCode()).as(answer.body()).isEqualTo(201);
    return JSON.readTree(answer.body()).get("caseNumber").asText();
  }

  /** Dwangsom cases waiting at the end of the begunstigingstermijn (a timer in 2099), as in bench P3. */
  private static List<String> startDwangsomCases(AppNode node, int count) throws Exception {
    ExecutorService clients = Executors.newFixedThreadPool(4);
    List<Future<String>> started = new ArrayList<>();
    for (int i = 0; i < count; i++) {
      String businessKey = "FAULT-LOD-" + UUID.randomUUID();
      started.add(clients.submit(() -> {
        HttpResponse<String> answer = node.send("POST", "/engine-rest/process-definition/key/lastOnderDwangsom/start",
            "demo", "{\"businessKey\":\"" + businessKey + "\",\"variables\":{"
                + "\"municipalityCode\":{\"value\":\"GM0917\",\"type\":\"String\"},"
                + "\"sanctionType\":{\"value\":\"dwangsom\",\"type\":\"String\"},"
                + "\"complianceDeadline\":{\"value\":\"2099-12-31\",\"type\":\"String\"}},"
                + "\"startInstructions\":[{\"type\":\"startBeforeActivity\",\"activityId\":\"SubProcess_LastInForce\"}]}");
        assertThat(answer.statusCode()).as(answer.body()).isEqualTo(200);
        return businessKey;
      }));
    }
    List<String> keys = new ArrayList<>();
    for (Future<String> future : started) {
      keys.add(future.get());
    }
    clients.shutdown();
    return keys;
  }

  private void makeTimersDue(List<String> businessKeys) throws SQLException {
    try (Connection connection = connection(); PreparedStatement update = connection.prepareStatement(
        "UPDATE act_ru_job SET duedate_ = ? WHERE handler_type_ = 'timer-intermediate-transition' AND handler_cfg_ = ? "
            + "AND process_instance_id_ IN (SELECT id_ FROM act_ru_execution WHERE business_key_ = ANY (?) AND parent_id_ IS NULL)")) {
      update.setTimestamp(1, new Timestamp(System.currentTimeMillis() - 60_000));
      update.setString(2, TERM_ENDED);
      update.setArray(3, connection.createArrayOf("varchar", businessKeys.toArray()));
      assertThat(update.executeUpdate()).isEqualTo(businessKeys.size());
    }
  }

  private long atRecheck(List<String> businessKeys) {
    return count("SELECT COUNT(*) FROM act_ru_task t JOIN act_ru_execution e ON e.id_ = t.proc_inst_id_ "
        + "WHERE t.task_def_key_ = ? AND e.business_key_ = ANY (?)", RECHECK, businessKeys.toArray(String[]::new));
  }

  private static long mailsSent(List<String> caseNumbers) {
    try {
      long sent = 0;
      for (String caseNumber : List.copyOf(caseNumbers)) {
        sent += TestMailServer.mailsFor(caseNumber).size();
      }
      return sent;
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }

  /** No incident, no job that failed or is due and waiting, no lock of a dead node left. */
  private void assertNothingStuck() throws Exception {
    await("locks released", () -> count("SELECT COUNT(*) FROM act_ru_job WHERE lock_owner_ IS NOT NULL") == 0
        && count("SELECT COUNT(*) FROM act_ru_job WHERE type_ = 'message'") == 0);
    assertThat(count("SELECT COUNT(*) FROM act_ru_incident")).as("incidents").isZero();
    assertThat(count("SELECT COUNT(*) FROM act_ru_job WHERE exception_msg_ IS NOT NULL OR retries_ < 3")).isZero();
    assertThat(count("SELECT COUNT(*) FROM act_ru_job WHERE duedate_ < ?",
        new Timestamp(System.currentTimeMillis() - 5_000))).as("due jobs left").isZero();
  }

  private static void await(String what, BooleanSupplier condition) throws InterruptedException {
    long deadline = System.nanoTime() + DRAIN_LIMIT.toNanos();
    while (System.nanoTime() < deadline) {
      if (condition.getAsBoolean()) {
        return;
      }
      Thread.sleep(100);
    }
    throw new AssertionError("Not reached within " + DRAIN_LIMIT + ": " + what);
  }

  private Connection connection() throws SQLException {
    return postgres.getPostgresDatabase().getConnection();
  }

  private long count(String sql, Object... parameters) {
    try (Connection connection = connection(); PreparedStatement query = prepare(connection, sql, parameters);
        ResultSet result = query.executeQuery()) {
      result.next();
      return result.getLong(1);
    } catch (SQLException e) {
      throw new IllegalStateException(e);
    }
  }

  private List<String> strings(String sql, Object... parameters) throws SQLException {
    try (Connection connection = connection(); PreparedStatement query = prepare(connection, sql, parameters);
        ResultSet result = query.executeQuery()) {
      List<String> values = new ArrayList<>();
      while (result.next()) {
        values.add(result.getString(1));
      }
      return values;
    }
  }

  private static PreparedStatement prepare(Connection connection, String sql, Object... parameters) throws SQLException {
    PreparedStatement statement = connection.prepareStatement(sql);
    for (int i = 0; i < parameters.length; i++) {
      if (parameters[i] instanceof String[] array) {
        statement.setArray(i + 1, connection.createArrayOf("varchar", array));
      } else if (parameters[i] instanceof Timestamp timestamp) {
        statement.setTimestamp(i + 1, timestamp);
      } else {
        statement.setObject(i + 1, parameters[i]);
      }
    }
    return statement;
  }
}

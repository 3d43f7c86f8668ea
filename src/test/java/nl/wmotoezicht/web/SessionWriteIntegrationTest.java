package nl.wmotoezicht.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpResponse;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicReference;
import java.util.stream.StreamSupport;
import nl.wmotoezicht.documents.PrintQueue;
import nl.wmotoezicht.documents.PrintQueue.PrintJob;
import nl.wmotoezicht.testsupport.ApiClient;
import nl.wmotoezicht.testsupport.EngineStatements;
import nl.wmotoezicht.testsupport.WmoIntegrationTest;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Writing to our {@code /api} with a Camunda webapp session (security/RestAuthenticationFilter,
 * security/SessionWriteGuard): allowed from the webapp's own origin with the session's CSRF token, refused with 403
 * and a Dutch problem otherwise; reading with the session and HTTP Basic for systems are as before. The write is the
 * print queue's "Markeer als verstuurd", which also shows who marked a letter by name.
 */
@WmoIntegrationTest
class SessionWriteIntegrationTest {

  private static final String HEERLEN = "GM0917";
  private static final String MANAGER = "manager-heerlen";

  @LocalServerPort int port;
  @Autowired PrintQueue queue;
  @Autowired ProcessEngine engine;
  @Autowired JdbcTemplate jdbc;

  @BeforeEach
  void realClock() {
    ClockUtil.reset();
  }

  @Test
  void aSessionWriteFromTheOwnOriginWithTheSessionsTokenMarksTheLetterPosted() throws Exception {
    String letter = queued();
    WebappSession cockpit = WebappSession.login(port, "cockpit", MANAGER);

    HttpResponse<String> posted = cockpit.sendWithHeaders("POST", "/api/print-queue/" + letter + "/posted",
        "Origin", cockpit.origin(), "X-XSRF-TOKEN", cockpit.csrfToken());

    assertThat(posted.statusCode()).as(posted.body()).isEqualTo(200);
    JsonNode row = ApiClient.json(posted);
    assertThat(row.get("postedBy").asText()).isEqualTo(MANAGER);
    assertThat(row.get("postedByName").asText()).isEqualTo("Teamleider Heerlen");
    assertThat(queue.find(letter).orElseThrow().postedBy()).isEqualTo(MANAGER);
    // a page that sends no Origin (older browsers on a same-origin POST) names itself in Referer
    String second = queued();
    assertThat(cockpit.sendWithHeaders("POST", "/api/print-queue/" + second + "/posted",
        "Referer", cockpit.origin() + "/camunda/app/cockpit/default/", "X-XSRF-TOKEN", cockpit.csrfToken())
        .statusCode()).isEqualTo(200);
  }

  @Test
  void aSessionWriteWithoutTheTokenWithAWrongOneOrFromAnotherOriginIsRefusedAndChangesNothing() throws Exception {
    String letter = queued();
    WebappSession cockpit = WebappSession.login(port, "cockpit", MANAGER);
    String path = "/api/print-queue/" + letter + "/posted";

    assertRefused(cockpit.sendWithHeaders("POST", path, "Origin", cockpit.origin()), "geen");
    assertRefused(cockpit.sendWithHeaders("POST", path, "Origin", cockpit.origin(), "X-XSRF-TOKEN",
        "0123456789ABCDEF0123456789ABCDEF"), "hoort niet bij deze sessie");
    assertRefused(cockpit.sendWithHeaders("POST", path, "Origin", "http://aanvaller.example", "X-XSRF-TOKEN",
        cockpit.csrfToken()), "andere website");
    assertRefused(cockpit.sendWithHeaders("POST", path, "Origin", "http://localhost:" + (port + 1), "X-XSRF-TOKEN",
        cockpit.csrfToken()), "andere website");
    assertRefused(cockpit.sendWithHeaders("POST", path, "Origin", "null", "X-XSRF-TOKEN", cockpit.csrfToken()),
        "andere website");
    assertRefused(cockpit.sendWithHeaders("POST", path, "X-XSRF-TOKEN", cockpit.csrfToken()), "Origin of Referer");
    assertThat(queue.find(letter).orElseThrow().postedAt()).isNull();

    // the session itself is not harmed: it still reads, and the proper write goes through
    assertThat(cockpit.sendWithHeaders("GET", "/api/print-queue").statusCode()).isEqualTo(200);
    assertThat(cockpit.sendWithHeaders("POST", path, "Origin", cockpit.origin(), "X-XSRF-TOKEN", cockpit.csrfToken())
        .statusCode()).isEqualTo(200);
  }

  @Test
  void theSessionStillOnlyDoesWhatItsUserMayDo() throws Exception {
    String letter = queued();
    // a contract manager has no print queue; a manager of another municipality does not see Heerlen's letter
    WebappSession contractManager = WebappSession.login(port, "tasklist", "contractmanager-heerlen");
    HttpResponse<String> refused = contractManager.sendWithHeaders("POST", "/api/print-queue/" + letter + "/posted",
        "Origin", contractManager.origin(), "X-XSRF-TOKEN", contractManager.csrfToken());
    assertThat(refused.statusCode()).isEqualTo(403);
    assertThat(ApiClient.json(refused).get("type").asText()).endsWith("/geen-toegang");
    WebappSession kerkrade = WebappSession.login(port, "cockpit", "manager-kerkrade");
    assertThat(kerkrade.sendWithHeaders("POST", "/api/print-queue/" + letter + "/posted", "Origin",
        kerkrade.origin(), "X-XSRF-TOKEN", kerkrade.csrfToken()).statusCode()).isEqualTo(404);
    // the engine's own REST API takes no session at all, token or not
    assertThat(kerkrade.sendWithHeaders("GET", "/engine-rest/task", "Origin", kerkrade.origin(), "X-XSRF-TOKEN",
        kerkrade.csrfToken()).statusCode()).isEqualTo(401);
    assertThat(queue.find(letter).orElseThrow().postedAt()).isNull();
  }

  @Test
  void systemsAndScriptsStillWriteWithHttpBasicWithoutASession() throws Exception {
    String letter = queued();
    HttpResponse<String> posted = new ApiClient(port).send("POST", "/api/print-queue/" + letter + "/posted", MANAGER,
        null);
    assertThat(posted.statusCode()).as(posted.body()).isEqualTo(200);
    assertThat(ApiClient.json(posted).get("postedByName").asText()).isEqualTo("Teamleider Heerlen");
    HttpResponse<String> again = new ApiClient(port).send("POST", "/api/print-queue/" + letter + "/posted", MANAGER,
        null);
    assertThat(again.statusCode()).isEqualTo(409);
    assertThat(ApiClient.json(again).get("detail").asText()).matches(
        "Brief " + letter + " is op \\d{1,2} [a-z]+ \\d{4} om \\d{2}:\\d{2} door Teamleider Heerlen "
        + "als verstuurd gemarkeerd\\.");
    assertThat(new ApiClient(port).send("POST", "/api/print-queue/" + queued() + "/posted", null, null).statusCode())
        .isEqualTo(401);
  }

  @Test
  void thePrintQueueNamesWhoMarkedALetterWithOneUserQueryForThePage() throws Exception {
    EngineStatements.installOn(engine.getProcessEngineConfiguration());
    String byManager = queued();
    String byColleague = queued();
    String byFormerColleague = queued();
    String waiting = queued();
    queue.markPosted(byManager, MANAGER);
    queue.markPosted(byColleague, "toezichthouder");
    queue.markPosted(byFormerColleague, "vertrokken-" + UUID.randomUUID().toString().substring(0, 8));
    WebappSession cockpit = WebappSession.login(port, "cockpit", MANAGER);

    AtomicReference<HttpResponse<String>> listed = new AtomicReference<>();
    List<String> statements = EngineStatements.onAllThreads(
        () -> listed.set(cockpit.sendWithHeaders("GET", "/api/print-queue?alles=true")));

    assertThat(listed.get().statusCode()).isEqualTo(200);
    JsonNode rows = ApiClient.json(listed.get());
    assertThat(name(rows, byManager)).isEqualTo("Teamleider Heerlen");
    assertThat(name(rows, byColleague)).isEqualTo("Tessa de Vries (toezichthouder)");
    String former = queue.find(byFormerColleague).orElseThrow().postedBy();
    assertThat(name(rows, byFormerColleague)).isEqualTo(former); // no longer a user: her id
    assertThat(row(rows, waiting).get("postedByName").isNull()).isTrue();
    assertThat(EngineStatements.count(statements, "selectUserByQueryCriteria")).isEqualTo(1);
  }

  private static void assertRefused(HttpResponse<String> response, String detailPart) throws Exception {
    assertThat(response.statusCode()).as(response.body()).isEqualTo(403);
    assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(
        type -> assertThat(type).contains("application/problem+json"));
    JsonNode problem = ApiClient.json(response);
    assertThat(problem.get("type").asText()).isEqualTo("https://wmotoezicht.nl/problemen/sessie-verzoek-geweigerd");
    assertThat(problem.get("title").asText()).isEqualTo("Verzoek geweigerd");
    assertThat(problem.get("status").asInt()).isEqualTo(403);
    assertThat(problem.get("detail").asText()).contains(detailPart);
  }

  /** A letter of Heerlen waiting in the queue (a stored document and its row in the queue). */
  private String queued() {
    String id = UUID.randomUUID().toString();
    jdbc.update("INSERT INTO wmo_case_document (id, case_number, municipality_code, kind, title, file_name, "
        + "content_type, content, created_at, created_by) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", id,
        "CAL-2026-" + id.substring(0, 5), HEERLEN, "calamiteit-onderzoek-verzoek", "Verzoek om onderzoek",
        "verzoek.pdf", "application/pdf", "%PDF-1.4".getBytes(java.nio.charset.StandardCharsets.US_ASCII),
        java.sql.Timestamp.from(Instant.now()), "systeem");
    queue.add(new PrintJob(id, "CAL-2026-" + id.substring(0, 5), HEERLEN, null, "Zorgbureau Test",
        "Teststraat 1", "6411 AB", "Heerlen", "Verzoek om onderzoek", Instant.now(), null, null));
    return id;
  }

  private static JsonNode row(JsonNode rows, String documentId) {
    return StreamSupport.stream(rows.spliterator(), false)
        .filter(r -> r.get("documentId").asText().equals(documentId)).findFirst().orElseThrow();
  }

  private static String name(JsonNode rows, String documentId) {
    return row(rows, documentId).get("postedByName").asText();
  }
}

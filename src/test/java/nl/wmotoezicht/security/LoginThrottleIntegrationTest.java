package nl.wmotoezicht.security;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.UUID;
import nl.wmotoezicht.calamity.CalamityFixtures;
import nl.wmotoezicht.testsupport.ApiClient;
import nl.wmotoezicht.testsupport.TestMailServer;
import nl.wmotoezicht.testsupport.WmoIntegrationTest;
import org.camunda.bpm.engine.IdentityService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Issue 11 finding 4: guessing passwords slows the guesser, never locks the owner, and never touches the
 * intake system's API key. The attacker's source is another loopback address (127.0.0.2).
 */
@WmoIntegrationTest
class LoginThrottleIntegrationTest {

  private static final String ATTACKER = "127.0.0.2";
  private static final String OWNER = "127.0.0.1";

  @LocalServerPort int port;
  @Autowired IdentityService identity;

  @Test
  void elevenWrongPasswordsFromOneSourceDoNotLockTheOwner() throws Exception {
    String account = "contractmanager-kerkrade";
    List<Integer> statuses = new ArrayList<>();
    Answer last = null;
    for (int i = 0; i < 11; i++) {
      last = get(ATTACKER, basic(account, "fout-" + i), "/engine-rest/task/count");
      statuses.add(last.status());
    }
    assertThat(statuses).containsOnly(401, 429).contains(429);
    assertThat(last.header("Retry-After")).isPresent();

    // the owner, from his own address: at once
    assertThat(get(OWNER, basic(account, ApiClient.DEMO_PASSWORD), "/engine-rest/task/count").status())
        .isEqualTo(200);
    // the engine itself has not locked the account
    assertThat(identity.checkPassword(account, ApiClient.DEMO_PASSWORD)).isTrue();

    // from the attacker's address the right password waits out the delay, then works
    Answer waiting = get(ATTACKER, basic(account, ApiClient.DEMO_PASSWORD), "/engine-rest/task/count");
    if (waiting.status() == 429) {
      assertThat(waiting.body()).contains("te-veel-pogingen");
      Thread.sleep(Long.parseLong(waiting.header("Retry-After").orElseThrow()) * 1000 + 200);
      waiting = get(ATTACKER, basic(account, ApiClient.DEMO_PASSWORD), "/engine-rest/task/count");
    }
    assertThat(waiting.status()).isEqualTo(200);
  }

  @Test
  void wrongGuessesAgainstTheIntakeSystemNeverMakeIntakesWithTheKeyFail() throws Exception {
    TestMailServer.get();
    for (int i = 0; i < 11; i++) {
      int status = get(ATTACKER, basic(ApiClient.INTAKE_SYSTEM, "fout-" + i), "/engine-rest/task/count").status();
      assertThat(status).isIn(401, 429);
      assertThat(exchange(ATTACKER, "GET /engine-rest/task/count", "X-API-Key: geraden-" + i, null).status())
          .isEqualTo(401);
    }
    for (String source : List.of(OWNER, ATTACKER)) {
      var report = new ObjectMapper().createObjectNode();
      CalamityFixtures.report(UUID.randomUUID().toString()).forEach(report::putPOJO);
      Answer response = exchange(source, "POST /api/calamity-reports", "X-API-Key: " + ApiClient.DEMO_INTAKE_API_KEY,
          report.toString());
      assertThat(response.status()).as(response.body()).isEqualTo(201);
    }
  }

  /** An answer read off the wire. */
  record Answer(int status, String head, String body) {
    java.util.Optional<String> header(String name) {
      return head.lines().filter(l -> l.regionMatches(true, 0, name + ":", 0, name.length() + 1))
          .map(l -> l.substring(name.length() + 1).trim()).findFirst();
    }
  }

  private Answer get(String source, String authorization, String path) throws Exception {
    return exchange(source, "GET " + path, "Authorization: " + authorization, null);
  }

  /**
   * One HTTP/1.1 exchange from the given local (loopback) address, so the server sees that source: the JDK's
   * HttpClient cannot choose its local address on Java 17.
   */
  private Answer exchange(String source, String requestLine, String header, String jsonBody) throws Exception {
    try (java.net.Socket socket = new java.net.Socket("127.0.0.1", port, java.net.InetAddress.getByName(source), 0)) {
      socket.setSoTimeout(60_000);
      byte[] body = jsonBody == null ? new byte[0] : jsonBody.getBytes(StandardCharsets.UTF_8);
      String head = requestLine + " HTTP/1.1\r\nHost: localhost:" + port + "\r\nAccept: application/json\r\n"
          + header + "\r\nConnection: close\r\n"
          + (jsonBody == null ? "" : "Content-Type: application/json\r\nContent-Length: " + body.length + "\r\n")
          + "\r\n";
      socket.getOutputStream().write(head.getBytes(StandardCharsets.US_ASCII));
      socket.getOutputStream().write(body);
      socket.getOutputStream().flush();
      String response = new String(socket.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
      int split = response.indexOf("\r\n\r\n");
      return new Answer(Integer.parseInt(response.substring(9, 12)), response.substring(0, split),
          response.substring(split + 4));
    }
  }

  private static String basic(String user, String password) {
    return "Basic " + Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
  }
}

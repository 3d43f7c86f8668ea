package nl.wmotoezicht.demo;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.CookieManager;
import java.net.HttpCookie;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import nl.wmotoezicht.testsupport.ApiClient;
import nl.wmotoezicht.testsupport.TestMailServer;
import nl.wmotoezicht.testsupport.WmoIntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * While a year's demo history is made, the engine runs on that year's clock: our API and the engine REST API answer
 * 503 with {@code Retry-After} and a Dutch problem, and serve again once it is made; a webapp sign-in waits for it
 * and then succeeds, and the list of engine names is served at once. Uses the year
 * {@link DemoHistoryTest} makes, so the suite makes it once.
 */
@WmoIntegrationTest
class DemoHistoryTrafficTest {

  private static final String ANNUAL_REPORT = "/api/reports/annual?year=" + DemoHistoryTest.YEAR
      + "&municipality=GM0917";

  @Autowired DemoHistory demoHistory;
  @LocalServerPort int port;

  /** Signs in to Tasklist as its login page does: the page's CSRF cookie, then the form post (asynchronously). */
  private CompletableFuture<HttpResponse<String>> webappSignIn(String user) throws Exception {
    CookieManager cookies = new CookieManager();
    HttpClient http = HttpClient.newBuilder().cookieHandler(cookies).build();
    http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/camunda/app/tasklist/default/")).build(),
        HttpResponse.BodyHandlers.discarding());
    String xsrf = cookies.getCookieStore().getCookies().stream().filter(c -> c.getName().equals("XSRF-TOKEN"))
        .map(HttpCookie::getValue).findFirst().orElseThrow();
    return http.sendAsync(HttpRequest.newBuilder(
            URI.create("http://localhost:" + port + "/camunda/api/admin/auth/user/default/login/tasklist"))
        .header("Content-Type", "application/x-www-form-urlencoded").header("X-XSRF-TOKEN", xsrf)
        .POST(HttpRequest.BodyPublishers.ofString("username=" + user + "&password=demo")).build(),
        HttpResponse.BodyHandlers.ofString());
  }

  @Test
  void apiRequestsAreRefusedWhileTheHistoryIsMadeAndServedAfterwards() throws Exception {
    TestMailServer.get(); // the processes of the history send their letters
    ApiClient client = new ApiClient(port);
    assertThat(demoHistory.ready()).isTrue();
    assertThat(client.send("GET", ANNUAL_REPORT, "toezichthouder", null).statusCode()).isEqualTo(200);

    CompletableFuture<Void> seeding;
    CompletableFuture<HttpResponse<String>> signingIn;
    // holding the history's lock keeps the seeding at its start, so the requests below fall inside it
    synchronized (demoHistory) {
      seeding = CompletableFuture.runAsync(() -> demoHistory.seed(DemoHistoryTest.YEAR));
      long until = System.currentTimeMillis() + 30_000;
      while (demoHistory.ready() && System.currentTimeMillis() < until) {
        Thread.sleep(10);
      }
      assertThat(demoHistory.ready()).isFalse();
      for (String path : new String[] {ANNUAL_REPORT, "/engine-rest/process-definition/count"}) {
        HttpResponse<String> refused = client.send("GET", path, "toezichthouder", null);
        assertThat(refused.statusCode()).as(path).isEqualTo(503);
        assertThat(refused.headers().firstValue("Retry-After")).contains("30");
        assertThat(refused.headers().firstValue("Content-Type")).hasValueSatisfying(
            type -> assertThat(type).startsWith("application/problem+json"));
        JsonNode problem = new ObjectMapper().readTree(refused.body());
        assertThat(problem.get("status").asInt()).isEqualTo(503);
        assertThat(problem.get("type").asText()).endsWith("/tijdelijk-niet-beschikbaar");
        assertThat(problem.get("detail").asText()).contains("geschiedenis van vorig jaar", "opnieuw");
      }
      // the webapps' sign-in waits for the history instead of answering 503; what reads no clock is served
      assertThat(client.send("GET", "/camunda/api/engine/engine/", null, null).statusCode()).isEqualTo(200);
      signingIn = webappSignIn("toezichthouder");
      Thread.sleep(1_000);
      assertThat(signingIn).as("sign-in served while the history is made").isNotDone();
      assertThat(demoHistory.ready()).isFalse();
    }
    seeding.get(10, TimeUnit.MINUTES);
    HttpResponse<String> signedIn = signingIn.get(2, TimeUnit.MINUTES);
    assertThat(signedIn.statusCode()).as(signedIn.body()).isEqualTo(200);
    assertThat(new ObjectMapper().readTree(signedIn.body()).get("userId").asText()).isEqualTo("toezichthouder");

    assertThat(demoHistory.ready()).isTrue();
    assertThat(client.send("GET", ANNUAL_REPORT, "toezichthouder", null).statusCode()).isEqualTo(200);
  }
}

package nl.wmotoezicht.demo;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
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
 * 503 with {@code Retry-After} and a Dutch problem, and serve again once it is made. Uses the year
 * {@link DemoHistoryTest} makes, so the suite makes it once.
 */
@WmoIntegrationTest
class DemoHistoryTrafficTest {

  private static final String ANNUAL_REPORT = "/api/reports/annual?year=" + DemoHistoryTest.YEAR
      + "&municipality=GM0917";

  @Autowired DemoHistory demoHistory;
  @LocalServerPort int port;

  @Test
  void apiRequestsAreRefusedWhileTheHistoryIsMadeAndServedAfterwards() throws Exception {
    TestMailServer.get(); // the processes of the history send their letters
    ApiClient client = new ApiClient(port);
    assertThat(demoHistory.ready()).isTrue();
    assertThat(client.send("GET", ANNUAL_REPORT, "toezichthouder", null).statusCode()).isEqualTo(200);

    CompletableFuture<Void> seeding;
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
    }
    seeding.get(10, TimeUnit.MINUTES);

    assertThat(demoHistory.ready()).isTrue();
    assertThat(client.send("GET", ANNUAL_REPORT, "toezichthouder", null).statusCode()).isEqualTo(200);
  }
}

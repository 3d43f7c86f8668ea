package nl.wmotoezicht.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import nl.wmotoezicht.testsupport.ApiClient;
import nl.wmotoezicht.testsupport.WmoIntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

/** Issue 11 finding 8: security headers on the public listing and both APIs, also on refusals. */
@WmoIntegrationTest
class SecurityHeadersTest {

  @LocalServerPort int port;

  @Test
  void thePublicListingHasAStrictContentSecurityPolicy() throws Exception {
    HttpResponse<String> page = java.net.http.HttpClient.newHttpClient().send(java.net.http.HttpRequest
        .newBuilder(java.net.URI.create("http://localhost:" + port + "/openbaar")).header("Accept", "text/html").GET()
        .build(), HttpResponse.BodyHandlers.ofString());
    assertThat(page.statusCode()).isEqualTo(200);
    assertThat(page.headers().firstValue("Content-Security-Policy")).contains(SecurityHeadersFilter.PUBLIC_CSP);
    assertThat(page.headers().firstValue("X-Content-Type-Options")).contains("nosniff");
    assertThat(page.headers().firstValue("Referrer-Policy")).contains("no-referrer");
    assertThat(page.headers().firstValue("X-Frame-Options")).contains("DENY");
    assertThat(page.headers().firstValue("Strict-Transport-Security")).as("only in prod").isEmpty();
  }

  @Test
  void bothApisSendNosniffAndReferrerPolicyEvenWhenTheyRefuse() throws Exception {
    ApiClient api = new ApiClient(port);
    for (HttpResponse<String> response : new HttpResponse[] {
        api.send("GET", "/engine-rest/task/count", "toezichthouder", null),
        api.send("GET", "/engine-rest/task/count", null, null),
        api.send("GET", "/api/cases/CAL-2026-99999", "toezichthouder", null)}) {
      assertThat(response.headers().firstValue("X-Content-Type-Options")).as(response.uri().toString()).contains("nosniff");
      assertThat(response.headers().firstValue("Referrer-Policy")).as(response.uri().toString()).contains("no-referrer");
    }
  }
}

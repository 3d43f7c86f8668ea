package nl.wmotoezicht.security;

import static org.assertj.core.api.Assertions.assertThat;

import org.camunda.bpm.webapp.impl.security.filter.util.CsrfConstants;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpSession;

/** The two checks on a write with the webapp session, without a server: the origin and the session's CSRF token. */
class SessionWriteGuardTest {

  @ParameterizedTest
  @CsvSource({
      "https://toezicht.example, true",
      "https://toezicht.example:443, true",
      "https://TOEZICHT.example/camunda/app/cockpit/default/, true",
      "http://toezicht.example, false",
      "https://toezicht.example:8443, false",
      "https://toezicht.example.aanvaller.example, false",
      "https://aanvaller.example/?https://toezicht.example, false",
      "null, false",
      "not a url, false"})
  void anOriginOrRefererMustNameThisServersSchemeHostAndPort(String source, boolean same) {
    MockHttpServletRequest request = new MockHttpServletRequest("POST", "/api/print-queue/1/posted");
    request.setScheme("https");
    request.setServerName("toezicht.example");
    request.setServerPort(443);

    assertThat(SessionWriteGuard.sameOrigin(source, request)).isEqualTo(same);
  }

  @Test
  void theTokenMustBeTheOneCamundaKeepsInThisSession() {
    MockHttpSession session = new MockHttpSession();
    session.setAttribute(CsrfConstants.CSRF_TOKEN_SESSION_ATTR_NAME, "ABCDEF0123456789ABCDEF0123456789");

    assertThat(SessionWriteGuard.check(write("ABCDEF0123456789ABCDEF0123456789"), session)).isEmpty();
    assertThat(SessionWriteGuard.check(write("ABCDEF0123456789ABCDEF012345678"), session)).isPresent();
    assertThat(SessionWriteGuard.check(write(null), session)).hasValueSatisfying(
        refusal -> assertThat(refusal.detail()).contains("X-XSRF-TOKEN", "geen"));
    // a session without a token (Camunda's filter has not handed one out yet) takes no write
    assertThat(SessionWriteGuard.check(write("ABCDEF0123456789ABCDEF0123456789"), new MockHttpSession()))
        .isPresent();
  }

  @Test
  void anotherOriginIsLoggedWithoutControlCharactersAndCutShort() {
    assertThat(SessionWriteGuard.forLog("http://a.example\r\n2026-12-06 WARN vervalst")).doesNotContain("\r", "\n")
        .startsWith("http://a.example??");
    assertThat(SessionWriteGuard.forLog("x".repeat(5000))).hasSize(201);
  }

  private static MockHttpServletRequest write(String token) {
    MockHttpServletRequest request = new MockHttpServletRequest("POST", "/api/print-queue/1/posted");
    request.setServerName("localhost");
    request.setServerPort(8080);
    request.addHeader("Origin", "http://localhost:8080");
    if (token != null) {
      request.addHeader(CsrfConstants.CSRF_TOKEN_HEADER_NAME, token);
    }
    return request;
  }
}

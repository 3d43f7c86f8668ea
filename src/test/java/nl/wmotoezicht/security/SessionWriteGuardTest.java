package nl.wmotoezicht.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

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

    assertThat(SessionWriteGuard.ownOriginOnly().allowedOrigin(source, request)).isEqualTo(same);
  }

  @Test
  void theTokenMustBeTheOneCamundaKeepsInThisSession() {
    MockHttpSession session = new MockHttpSession();
    session.setAttribute(CsrfConstants.CSRF_TOKEN_SESSION_ATTR_NAME, "ABCDEF0123456789ABCDEF0123456789");

    SessionWriteGuard guard = SessionWriteGuard.ownOriginOnly();

    assertThat(guard.check(write("ABCDEF0123456789ABCDEF0123456789"), session)).isEmpty();
    assertThat(guard.check(write("ABCDEF0123456789ABCDEF012345678"), session)).isPresent();
    assertThat(guard.check(write(null), session)).hasValueSatisfying(
        refusal -> assertThat(refusal.detail()).contains("X-XSRF-TOKEN", "geen"));
    // a session without a token (Camunda's filter has not handed one out yet) takes no write
    assertThat(guard.check(write("ABCDEF0123456789ABCDEF0123456789"), new MockHttpSession()))
        .isPresent();
  }

  /**
   * Behind a proxy that does not forward the public host (or with the webapps under another name), the server sees
   * itself as {@code http://app-1:8080}; the pages come from the configured webapp origin, the setting Camunda's own
   * CSRF filter checks its API against.
   */
  @ParameterizedTest
  @CsvSource({
      "https://toezicht.example.nl, true",
      "https://toezicht.example.nl:443, true",
      "https://Toezicht.Example.NL/camunda/app/cockpit/default/, true",
      "http://app-1:8080, true",
      "http://toezicht.example.nl, false",
      "https://toezicht.example.nl:8443, false",
      "https://toezicht.example.nl.aanvaller.example, false",
      "https://aanvaller.example/?https://toezicht.example.nl, false",
      "https://app-1:8080, false",
      "null, false"})
  void theConfiguredWebappOriginIsAcceptedBesidesTheServersOwn(String source, boolean allowed) {
    SessionWriteGuard guard = SessionWriteGuard.forTargetOrigin("https://toezicht.example.nl");

    assertThat(guard.allowedOrigin(source, behindTheProxy())).isEqualTo(allowed);
  }

  @Test
  void aWriteFromTheConfiguredOriginStillNeedsTheSessionsToken() {
    SessionWriteGuard guard = SessionWriteGuard.forTargetOrigin(" https://toezicht.example.nl/ ");
    MockHttpSession session = new MockHttpSession();
    session.setAttribute(CsrfConstants.CSRF_TOKEN_SESSION_ATTR_NAME, "ABCDEF0123456789ABCDEF0123456789");
    MockHttpServletRequest request = behindTheProxy();
    request.addHeader("Origin", "https://toezicht.example.nl");

    assertThat(guard.check(request, session)).hasValueSatisfying(
        refusal -> assertThat(refusal.reason()).isEqualTo("geen CSRF-token"));
    request.addHeader(CsrfConstants.CSRF_TOKEN_HEADER_NAME, "ABCDEF0123456789ABCDEF0123456789");
    assertThat(guard.check(request, session)).isEmpty();

    MockHttpServletRequest other = behindTheProxy();
    other.addHeader("Origin", "https://aanvaller.example");
    other.addHeader(CsrfConstants.CSRF_TOKEN_HEADER_NAME, "ABCDEF0123456789ABCDEF0123456789");
    assertThat(guard.check(other, session)).hasValueSatisfying(
        refusal -> assertThat(refusal.reason()).isEqualTo("andere herkomst https://aanvaller.example"));
  }

  @Test
  void withoutTheSettingOnlyTheServersOwnOriginCounts() {
    assertThat(SessionWriteGuard.forTargetOrigin(null).allowedOrigins()).isEmpty();
    assertThat(SessionWriteGuard.forTargetOrigin("  ").allowedOrigin("https://toezicht.example.nl", behindTheProxy()))
        .isFalse();
    assertThat(SessionWriteGuard.forTargetOrigin("https://toezicht.example.nl:8443").allowedOrigins())
        .extracting(Object::toString).containsExactly("https://toezicht.example.nl:8443");
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "toezicht.example.nl | schema",
      "//toezicht.example.nl | schema",
      "https://toezicht.example.nl/camunda | pad",
      "https://toezicht.example.nl/camunda/app/ | pad",
      "ftp://toezicht.example.nl | niet http of https",
      "https:/toezicht | host",
      "https://beheer@toezicht.example.nl | gebruiker",
      "https://toezicht.example.nl?x=1 | query",
      "https://toezicht.example.nl#top | fragment",
      "https://toezicht example.nl | geen geldig adres",
      // Camunda's filter compares these as written with the browser's Origin: it would refuse every webapp write
      "https://Toezicht.example.nl | kleine letters",
      "https://toezicht.example.nl:443 | standaardpoort 443",
      "http://toezicht.example.nl:80 | standaardpoort 80"})
  void aSettingThatIsNoOriginStopsTheStartNamingTheSetting(String setting, String problem) {
    assertThatThrownBy(() -> SessionWriteGuard.forTargetOrigin(setting))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("camunda.bpm.webapp.csrf.target-origin")
        .hasMessageContaining(problem)
        .hasMessageContaining("https://toezicht.example.nl:8443");
  }

  @Test
  void anotherOriginIsLoggedWithoutControlCharactersAndCutShort() {
    assertThat(SessionWriteGuard.forLog("http://a.example\r\n2026-12-06 WARN vervalst")).doesNotContain("\r", "\n")
        .startsWith("http://a.example??");
    assertThat(SessionWriteGuard.forLog("x".repeat(5000))).hasSize(201);
  }

  /** A write as the server behind a proxy sees it: its own name and port, not the public ones. */
  private static MockHttpServletRequest behindTheProxy() {
    MockHttpServletRequest request = new MockHttpServletRequest("POST", "/api/print-queue/1/posted");
    request.setScheme("http");
    request.setServerName("app-1");
    request.setServerPort(8080);
    return request;
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

package nl.wmotoezicht.security;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import nl.wmotoezicht.testsupport.WmoIntegrationTest;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.camunda.bpm.webapp.impl.security.auth.AuthenticationUtil;
import org.camunda.bpm.webapp.impl.security.auth.Authentications;
import org.camunda.bpm.webapp.impl.security.auth.UserAuthentication;
import org.camunda.bpm.webapp.impl.security.filter.util.CsrfConstants;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.mock.web.MockHttpSession;

/**
 * A session write from the configured webapp origin ({@code camunda.bpm.webapp.csrf.target-origin}) with the session's
 * token runs as the session's user, with its groups and municipalities, on the real engine; from another origin it is
 * refused and nothing runs. The suite's application has no such setting (one application context), so the filter is
 * built here as RestSecurityConfig builds it with the setting.
 */
@WmoIntegrationTest
class SessionWriteFromWebappOriginTest {

  private static final String TOKEN = "ABCDEF0123456789ABCDEF0123456789";

  @Autowired MachineCredentials machineCredentials;
  @Autowired ObjectMapper objectMapper;
  @Autowired IdentityService identity;

  @Test
  void aWriteFromTheWebappOriginRunsAsTheSessionsUserAndAnotherOriginIsRefused() throws Exception {
    RestAuthenticationFilter filter = new RestAuthenticationFilter(machineCredentials, objectMapper,
        SessionWriteGuard.forTargetOrigin("https://toezicht.example.nl"));
    AtomicReference<Authentication> ranAs = new AtomicReference<>();

    MockHttpServletResponse accepted = new MockHttpServletResponse();
    filter.doFilter(write("https://toezicht.example.nl"), accepted,
        (request, response) -> ranAs.set(identity.getCurrentAuthentication()));

    assertThat(accepted.getStatus()).isEqualTo(200);
    assertThat(ranAs.get().getUserId()).isEqualTo("manager-heerlen");
    assertThat(ranAs.get().getGroupIds()).containsExactly("managers");
    assertThat(ranAs.get().getTenantIds()).containsExactly("GM0917");
    assertThat(identity.getCurrentAuthentication()).as("cleared after the request").isNull();

    ranAs.set(null);
    MockHttpServletResponse refused = new MockHttpServletResponse();
    filter.doFilter(write("https://toezicht.example.nl.aanvaller.example"), refused,
        (request, response) -> ranAs.set(identity.getCurrentAuthentication()));

    assertThat(refused.getStatus()).isEqualTo(403);
    assertThat(refused.getContentType()).startsWith("application/problem+json");
    assertThat(objectMapper.readTree(refused.getContentAsByteArray()).get("type").asText())
        .isEqualTo("https://wmotoezicht.nl/problemen/sessie-verzoek-geweigerd");
    assertThat(ranAs.get()).isNull();
  }

  /** A POST with a Cockpit session and its token, as the server behind a proxy sees it ({@code http://app-1:8080}). */
  private static MockHttpServletRequest write(String origin) {
    MockHttpServletRequest request = new MockHttpServletRequest("POST", "/api/print-queue/1/posted");
    request.setServerName("app-1");
    request.setServerPort(8080);
    request.addHeader("Origin", origin);
    request.addHeader(CsrfConstants.CSRF_TOKEN_HEADER_NAME, TOKEN);
    MockHttpSession session = new MockHttpSession();
    UserAuthentication user = new UserAuthentication("manager-heerlen", "default");
    user.setGroupIds(List.of("managers"));
    user.setTenantIds(List.of("GM0917"));
    Authentications authentications = new Authentications();
    authentications.addOrReplace(user);
    AuthenticationUtil.updateSession(session, authentications);
    session.setAttribute(CsrfConstants.CSRF_TOKEN_SESSION_ATTR_NAME, TOKEN);
    request.setSession(session);
    return request;
  }
}

package nl.wmotoezicht.security;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import org.camunda.bpm.spring.boot.starter.property.CamundaBpmProperties;
import org.camunda.bpm.webapp.impl.security.auth.AuthenticationUtil;
import org.camunda.bpm.webapp.impl.security.auth.Authentications;
import org.camunda.bpm.webapp.impl.security.auth.UserAuthentication;
import org.camunda.bpm.webapp.impl.security.filter.util.CsrfConstants;
import org.junit.jupiter.api.Test;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.test.context.assertj.AssertableApplicationContext;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Configuration;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.mock.web.MockHttpSession;

/**
 * The session-write guard takes the webapps' origin from {@code camunda.bpm.webapp.csrf.target-origin}, the setting
 * Camunda's own CSRF filter gets (security/RestSecurityConfig), and a setting that is no origin stops the start. Only
 * the REST security configuration is started, without an engine: the writes below are refused before one is needed.
 */
class SessionWriteOriginSettingTest {

  private static final String TOKEN = "ABCDEF0123456789ABCDEF0123456789";

  private final ApplicationContextRunner runner = new ApplicationContextRunner()
      .withUserConfiguration(RestSecurityConfig.class, StarterProperties.class)
      .withBean(LoginThrottle.class, () -> new LoginThrottle(5, 100, Duration.ofSeconds(1), Duration.ofMinutes(15),
          Duration.ofHours(1), 20, Clock.systemUTC()))
      .withBean(MachineCredentials.class, () -> new MachineCredentials(List.of()))
      .withBean(ObjectMapper.class, ObjectMapper::new)
      .withPropertyValues("wmo.rest.max-body-bytes=1000", "wmo.rest.max-multipart-bytes=1000",
          "wmo.rest.max-form-bytes=1000");

  @Test
  void theConfiguredWebappOriginPassesTheOriginCheckOfASessionWrite() {
    runner.withPropertyValues("camunda.bpm.webapp.csrf.target-origin=https://toezicht.example.nl").run(context -> {
      assertThat(context).hasNotFailed();
      // from the configured origin the write gets as far as the token check; from another it is refused for its origin
      assertThat(refusal(context, "https://toezicht.example.nl")).contains("CSRF-token");
      assertThat(refusal(context, "https://aanvaller.example")).contains("andere website");
    });
  }

  @Test
  void withoutTheSettingOnlyTheServersOwnOriginPasses() {
    runner.run(context -> {
      assertThat(context).hasNotFailed();
      assertThat(refusal(context, "https://toezicht.example.nl")).contains("andere website");
      assertThat(refusal(context, "http://app-1:8080")).contains("CSRF-token");
    });
  }

  @Test
  void aSettingWithAPathStopsTheStart() {
    runner.withPropertyValues("camunda.bpm.webapp.csrf.target-origin=https://toezicht.example.nl/camunda")
        .run(context -> assertThat(context).getFailure().rootCause()
            .isInstanceOf(IllegalStateException.class)
            .hasMessageContaining("camunda.bpm.webapp.csrf.target-origin")
            .hasMessageContaining("er staat een pad in (/camunda)"));
  }

  /**
   * The Dutch detail of the 403 for a session write from this origin without a CSRF token, as the server behind a
   * proxy sees it ({@code http://app-1:8080}); the chain must not run.
   */
  @SuppressWarnings("unchecked")
  private static String refusal(AssertableApplicationContext context, String origin) throws Exception {
    RestAuthenticationFilter filter =
        ((FilterRegistrationBean<RestAuthenticationFilter>) context.getBean("restAuthenticationFilter")).getFilter();
    MockHttpServletRequest request = new MockHttpServletRequest("POST", "/api/print-queue/1/posted");
    request.setServerName("app-1");
    request.setServerPort(8080);
    request.addHeader("Origin", origin);
    MockHttpSession session = new MockHttpSession();
    Authentications authentications = new Authentications();
    authentications.addOrReplace(new UserAuthentication("manager-heerlen", "default"));
    AuthenticationUtil.updateSession(session, authentications);
    session.setAttribute(CsrfConstants.CSRF_TOKEN_SESSION_ATTR_NAME, TOKEN);
    request.setSession(session);
    MockHttpServletResponse response = new MockHttpServletResponse();
    AtomicBoolean ran = new AtomicBoolean();

    filter.doFilter(request, response, (req, res) -> ran.set(true));

    assertThat(ran).isFalse();
    assertThat(response.getStatus()).isEqualTo(403);
    JsonNode problem = new ObjectMapper().readTree(response.getContentAsByteArray());
    assertThat(problem.get("type").asText()).endsWith("/sessie-verzoek-geweigerd");
    return problem.get("detail").asText();
  }

  /** The starter's properties, bound as in the application. */
  @Configuration
  @EnableConfigurationProperties(CamundaBpmProperties.class)
  static class StarterProperties {
  }
}

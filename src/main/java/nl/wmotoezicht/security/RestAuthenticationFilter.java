package nl.wmotoezicht.security;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.Optional;
import nl.wmotoezicht.kernel.Problems;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.rest.security.auth.ProcessEngineAuthenticationFilter;
import org.camunda.bpm.webapp.impl.security.auth.AuthenticationUtil;
import org.camunda.bpm.webapp.impl.security.auth.Authentications;
import org.camunda.bpm.webapp.impl.security.auth.UserAuthentication;

/**
 * HTTP Basic authentication against the engine's users, groups and tenants, for every path it is
 * mapped to. Unlike its parent it lets nothing through unauthenticated, not even the engine list
 * at {@code /engine-rest/engine}.
 *
 * <p>One addition for our own plugins in Tasklist and Cockpit: a request under {@code /api/} without
 * an {@code Authorization} header is accepted when the browser has a Camunda webapp session with a
 * logged-in user; the request then runs as that user, with the groups and municipalities (tenants) the
 * webapp login recorded. A {@code GET} needs nothing more; any other method must come from the webapp's own page:
 * same origin and the session's CSRF token ({@link SessionWriteGuard}), else 403 with a problem body. {@code
 * /engine-rest} and requests without a session need HTTP Basic as before.
 *
 * <p>External systems authenticate with their API key in the {@code X-API-Key} header instead
 * ({@link MachineCredentials}); a wrong key is refused (401) and logged.
 */
public class RestAuthenticationFilter extends ProcessEngineAuthenticationFilter {

  private static final Logger LOG = LoggerFactory.getLogger(RestAuthenticationFilter.class);

  private final MachineCredentials machineCredentials;

  private final ObjectMapper objectMapper;

  private final SessionWriteGuard sessionWriteGuard;

  RestAuthenticationFilter(MachineCredentials machineCredentials, ObjectMapper objectMapper,
      SessionWriteGuard sessionWriteGuard) {
    this.machineCredentials = machineCredentials;
    this.objectMapper = objectMapper;
    this.sessionWriteGuard = sessionWriteGuard;
  }

  private final Map<String, ProcessEngine> engines = new ConcurrentHashMap<>();

  @Override
  public void doFilter(ServletRequest request, ServletResponse response, FilterChain chain)
      throws IOException, ServletException {
    String apiKey = ((HttpServletRequest) request).getHeader(MachineCredentials.HEADER);
    if (apiKey != null) {
      authenticateByKey(apiKey, (HttpServletRequest) request, (HttpServletResponse) response, chain);
      return;
    }
    HttpServletRequest http = (HttpServletRequest) request;
    UserAuthentication webappUser = webappSessionUser(http);
    if (webappUser == null) {
      super.doFilter(request, response, chain);
      return;
    }
    if (!"GET".equals(http.getMethod())) {
      Optional<SessionWriteGuard.Refusal> refusal = sessionWriteGuard.check(http, http.getSession(false));
      if (refusal.isPresent()) {
        refuseSessionWrite(refusal.get(), webappUser, http, (HttpServletResponse) response);
        return;
      }
    }
    ProcessEngine engine = getAddressedEngine(DEFAULT_ENGINE_NAME);
    try {
      setAuthenticatedUser(engine, webappUser.getIdentityId(), webappUser.getGroupIds(), webappUser.getTenantIds());
      chain.doFilter(request, response);
    } finally {
      clearAuthentication(engine);
    }
  }

  /** An external system with its API key: never locked, never throttled (a key is not guessable). */
  private void authenticateByKey(String apiKey, HttpServletRequest request, HttpServletResponse response,
      FilterChain chain) throws IOException, ServletException {
    Optional<String> user = machineCredentials.userFor(apiKey);
    if (user.isEmpty()) {
      LOG.warn("Onbekende API-sleutel geweigerd vanaf bron {} voor {} {}", request.getRemoteAddr(),
          request.getMethod(), request.getRequestURI());
      response.setStatus(HttpServletResponse.SC_UNAUTHORIZED);
      response.setContentType("application/problem+json");
      response.setCharacterEncoding("UTF-8");
      response.getWriter().write("{\"type\":\"https://wmotoezicht.nl/problemen/niet-aangemeld\","
          + "\"title\":\"Niet aangemeld\",\"status\":401,\"detail\":\"Deze API-sleutel is onbekend.\"}");
      return;
    }
    ProcessEngine engine = getAddressedEngine(DEFAULT_ENGINE_NAME);
    try {
      setAuthenticatedUser(engine, user.get(), getGroupsOfUser(engine, user.get()), getTenantsOfUser(engine, user.get()));
      chain.doFilter(request, response);
    } finally {
      clearAuthentication(engine);
    }
  }

  /**
   * A session write that does not come from the webapp's own page (possibly another site's page using the user's
   * cookie): 403, logged with its source, nothing run.
   */
  private void refuseSessionWrite(SessionWriteGuard.Refusal refusal, UserAuthentication user,
      HttpServletRequest request, HttpServletResponse response) throws IOException {
    LOG.warn("Schrijfverzoek met webappsessie van {} geweigerd ({}) vanaf bron {} voor {} {}", user.getIdentityId(),
        refusal.reason(), request.getRemoteAddr(), request.getMethod(), request.getRequestURI());
    response.setStatus(HttpServletResponse.SC_FORBIDDEN);
    response.setContentType("application/problem+json");
    response.setCharacterEncoding("UTF-8");
    objectMapper.writeValue(response.getOutputStream(), Problems.asMap(HttpServletResponse.SC_FORBIDDEN,
        "sessie-verzoek-geweigerd", "Verzoek geweigerd", refusal.detail()));
  }

  /**
   * The user of the Camunda webapp session, for a request to our own API without credentials (a write must
   * then pass {@link SessionWriteGuard} too).
   */
  static UserAuthentication webappSessionUser(HttpServletRequest request) {
    if (request.getHeader("Authorization") != null
        || !request.getRequestURI().startsWith(request.getContextPath() + "/api/")) {
      return null;
    }
    HttpSession session = request.getSession(false);
    if (session == null) {
      return null;
    }
    Authentications authentications = AuthenticationUtil.getAuthsFromSession(session);
    if (authentications == null) {
      return null;
    }
    return authentications.getAuthentications().stream()
        .filter(a -> DEFAULT_ENGINE_NAME.equals(a.getProcessEngineName()) && a.getIdentityId() != null)
        .findFirst().orElse(null);
  }

  /**
   * The engine, looked up once per name instead of per request (the parent's lookup iterates a
   * {@code ServiceLoader}); see {@link RestAuthenticationCache} for the other per-request costs.
   */
  @Override
  protected ProcessEngine getAddressedEngine(String engineName) {
    ProcessEngine engine = engines.get(engineName);
    if (engine == null) {
      engine = super.getAddressedEngine(engineName);
      if (engine != null) {
        engines.put(engineName, engine);
      }
    }
    return engine;
  }

  @Override
  protected boolean requiresEngineAuthentication(String requestUrl) {
    return true;
  }
}

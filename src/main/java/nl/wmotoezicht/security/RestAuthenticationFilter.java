package nl.wmotoezicht.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServletRequest;
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
 * <p>One addition for our own plugins in Tasklist and Cockpit: a {@code GET} under {@code /api/} without
 * an {@code Authorization} header is accepted when the browser has a Camunda webapp session with a
 * logged-in user; the request then runs as that user, with the groups and municipalities (tenants) the
 * webapp login recorded. Anything else (other methods, {@code /engine-rest}, no session) needs HTTP
 * Basic as before.
 */
public class RestAuthenticationFilter extends ProcessEngineAuthenticationFilter {

  private final Map<String, ProcessEngine> engines = new ConcurrentHashMap<>();

  @Override
  public void doFilter(ServletRequest request, ServletResponse response, FilterChain chain)
      throws IOException, ServletException {
    UserAuthentication webappUser = webappSessionUser((HttpServletRequest) request);
    if (webappUser == null) {
      super.doFilter(request, response, chain);
      return;
    }
    ProcessEngine engine = getAddressedEngine(DEFAULT_ENGINE_NAME);
    try {
      setAuthenticatedUser(engine, webappUser.getIdentityId(), webappUser.getGroupIds(), webappUser.getTenantIds());
      chain.doFilter(request, response);
    } finally {
      clearAuthentication(engine);
    }
  }

  /** The user of the Camunda webapp session, for a read-only request to our own API without credentials. */
  static UserAuthentication webappSessionUser(HttpServletRequest request) {
    if (!"GET".equals(request.getMethod()) || request.getHeader("Authorization") != null
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

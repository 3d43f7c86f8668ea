package nl.wmotoezicht.security;

import jakarta.servlet.http.HttpServletRequest;
import java.util.List;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.identity.Tenant;
import org.camunda.bpm.engine.rest.security.auth.AuthenticationResult;
import org.camunda.bpm.engine.rest.security.auth.impl.HttpBasicAuthenticationProvider;

/**
 * Camunda's HTTP Basic authentication (the engine checks the password), with the accepted login and
 * the user's groups and tenants remembered for a few seconds in a {@link RestAuthenticationCache}.
 * Returning groups and tenants with the result also spares the filter its own two queries for them.
 * Failed or malformed credentials go to the engine every time, exactly as before.
 */
public class CachingBasicAuthenticationProvider extends HttpBasicAuthenticationProvider {

  private final RestAuthenticationCache cache;

  /** Instantiated by the authentication filter from its init parameter. */
  public CachingBasicAuthenticationProvider() {
    this(new RestAuthenticationCache());
  }

  CachingBasicAuthenticationProvider(RestAuthenticationCache cache) {
    this.cache = cache;
  }

  @Override
  public AuthenticationResult extractAuthenticatedUser(HttpServletRequest request, ProcessEngine engine) {
    String header = request.getHeader("Authorization");
    if (header == null || !header.startsWith(BASIC_AUTH_HEADER_PREFIX)) {
      return super.extractAuthenticatedUser(request, engine);
    }
    // this request's own answer from the engine when it was refused (never shared with other requests)
    AuthenticationResult[] refused = new AuthenticationResult[1];
    RestAuthenticationCache.Login login = cache.getOrLoad(header, () -> {
      AuthenticationResult result = super.extractAuthenticatedUser(request, engine);
      if (!result.isAuthenticated() || result.getAuthenticatedUser() == null) {
        refused[0] = result;
        return null;
      }
      IdentityService identity = engine.getIdentityService();
      String userId = result.getAuthenticatedUser();
      // the same two queries ProcessEngineAuthenticationFilter makes when a provider leaves them out
      List<String> groups = identity.createGroupQuery().groupMember(userId).list().stream().map(Group::getId).toList();
      List<String> tenants = identity.createTenantQuery().userMember(userId).includingGroupsOfUser(true).list()
          .stream().map(Tenant::getId).toList();
      return new RestAuthenticationCache.Login(userId, groups, tenants);
    });
    return login != null ? result(login) : refused[0];
  }

  private static AuthenticationResult result(RestAuthenticationCache.Login login) {
    AuthenticationResult result = AuthenticationResult.successful(login.userId());
    result.setGroups(login.groupIds());
    result.setTenants(login.tenantIds());
    return result;
  }
}

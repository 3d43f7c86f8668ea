package nl.wmotoezicht.security;

import org.camunda.bpm.engine.rest.security.auth.ProcessEngineAuthenticationFilter;

/**
 * HTTP Basic authentication against the engine's users, groups and tenants, for every path it is
 * mapped to. Unlike its parent it lets nothing through unauthenticated, not even the engine list
 * at {@code /engine-rest/engine}.
 */
public class RestAuthenticationFilter extends ProcessEngineAuthenticationFilter {

  @Override
  protected boolean requiresEngineAuthentication(String requestUrl) {
    return true;
  }
}

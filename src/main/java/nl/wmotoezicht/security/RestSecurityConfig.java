package nl.wmotoezicht.security;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;
import java.util.List;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.camunda.bpm.engine.rest.security.auth.ProcessEngineAuthenticationFilter;
import org.camunda.bpm.webapp.impl.security.auth.AuthenticationUtil;
import org.camunda.bpm.webapp.impl.security.auth.Authentications;
import org.camunda.bpm.webapp.impl.security.auth.UserAuthentication;
import org.camunda.bpm.spring.boot.starter.property.CamundaBpmProperties;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Lazy;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Authentication and request guards for the REST APIs. The webapps' own engine API
 * ({@code /camunda/api/*}) is guarded by the webapps' session login; the guard against expressions
 * and oversized bodies covers it too.
 */
@Configuration
class RestSecurityConfig {

  private static final Logger LOG = LoggerFactory.getLogger(RestSecurityConfig.class);

  /** Paths served by the engine REST API of the starter and by our own controllers. */
  static final String[] AUTHENTICATED_PATHS = {"/engine-rest/*", "/api/*"};

  /** First of all, so that refusals carry the headers too. */
  @Bean
  FilterRegistrationBean<SecurityHeadersFilter> securityHeadersFilter(@Value("${wmo.security.hsts:false}") boolean hsts) {
    FilterRegistrationBean<SecurityHeadersFilter> registration =
        new FilterRegistrationBean<>(new SecurityHeadersFilter(hsts));
    registration.setName("wmoSecurityHeaders");
    registration.addUrlPatterns("/engine-rest/*", "/api/*", "/openbaar/*", "/openbaar");
    registration.setOrder(-10);
    return registration;
  }

  /** Before authentication: a login that must wait is refused before its password is checked. */
  @Bean
  FilterRegistrationBean<LoginThrottleFilter> loginThrottleFilter(LoginThrottle throttle, ObjectMapper objectMapper) {
    FilterRegistrationBean<LoginThrottleFilter> registration =
        new FilterRegistrationBean<>(new LoginThrottleFilter(throttle, objectMapper));
    registration.setName("wmoLoginThrottle");
    registration.addUrlPatterns("/engine-rest/*", "/api/*", "/camunda/api/admin/auth/*");
    registration.setOrder(1);
    return registration;
  }

  /**
   * A session write to {@code /api} is accepted from the request's own origin and from the webapps' configured origin
   * ({@code camunda.bpm.webapp.csrf.target-origin}, read from the starter's properties as Camunda's CSRF filter gets
   * it); a malformed setting stops the start here.
   */
  @Bean
  FilterRegistrationBean<RestAuthenticationFilter> restAuthenticationFilter(MachineCredentials machineCredentials,
      ObjectMapper objectMapper, CamundaBpmProperties camunda) {
    SessionWriteGuard sessionWriteGuard =
        SessionWriteGuard.forTargetOrigin(camunda.getWebapp().getCsrf().getTargetOrigin());
    if (!sessionWriteGuard.allowedOrigins().isEmpty()) {
      LOG.info("Schrijfverzoeken met webappsessie ook toegestaan vanaf {} ({})", sessionWriteGuard.allowedOrigins(),
          SessionWriteGuard.TARGET_ORIGIN_PROPERTY);
    }
    FilterRegistrationBean<RestAuthenticationFilter> registration = new FilterRegistrationBean<>(
        new RestAuthenticationFilter(machineCredentials, objectMapper, sessionWriteGuard));
    registration.setName("wmoRestAuthentication");
    registration.addUrlPatterns(AUTHENTICATED_PATHS);
    registration.addInitParameter(ProcessEngineAuthenticationFilter.AUTHENTICATION_PROVIDER_PARAM,
        CachingBasicAuthenticationProvider.class.getName());
    registration.setOrder(2);
    return registration;
  }

  @Bean
  FilterRegistrationBean<RequestGuardFilter> requestGuardFilter(ObjectMapper objectMapper,
      @Value("${wmo.rest.max-body-bytes}") int maxBodyBytes,
      @Value("${wmo.rest.max-multipart-bytes}") int maxMultipartBytes,
      @Value("${wmo.rest.max-form-bytes}") int maxFormBytes,
      @Lazy ProcessEngine engine) {
    RequestGuardFilter.BodyLimits limits =
        new RequestGuardFilter.BodyLimits(maxBodyBytes, maxMultipartBytes, maxFormBytes, maxBodyBytes);
    FilterRegistrationBean<RequestGuardFilter> registration =
        new FilterRegistrationBean<>(new RequestGuardFilter(objectMapper, limits, request -> mayDeploy(engine, request)));
    registration.setName("wmoRequestGuard");
    // also the public listing (/openbaar), the only paths open without login
    registration.addUrlPatterns("/engine-rest/*", "/api/*", "/camunda/api/*", "/openbaar/*", "/openbaar");
    registration.setOrder(3);
    return registration;
  }

  /**
   * Whether the caller of a deployment may create deployments, decided before the body is read: the user of
   * HTTP Basic (authenticated by the filter before) or of the webapp session (Cockpit). Without either the
   * request goes on to be refused by authentication itself.
   */
  static boolean mayDeploy(ProcessEngine engine, HttpServletRequest request) {
    String userId;
    List<String> groupIds;
    Authentication current = engine.getIdentityService().getCurrentAuthentication();
    if (current != null && current.getUserId() != null) {
      userId = current.getUserId();
      groupIds = current.getGroupIds();
    } else {
      HttpSession session = request.getSession(false);
      Authentications authentications = session == null ? null : AuthenticationUtil.getAuthsFromSession(session);
      UserAuthentication user = authentications == null ? null : authentications.getAuthentications().stream()
          .filter(a -> a.getIdentityId() != null).findFirst().orElse(null);
      if (user == null) {
        return true;
      }
      userId = user.getIdentityId();
      groupIds = user.getGroupIds() == null ? List.of() : List.copyOf(user.getGroupIds());
    }
    ProcessEngineConfigurationImpl configuration =
        (ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration();
    if (configuration.getAdminGroups() != null && groupIds.stream().anyMatch(configuration.getAdminGroups()::contains)
        || configuration.getAdminUsers() != null && configuration.getAdminUsers().contains(userId)) {
      return true;
    }
    return configuration.getCommandExecutorTxRequired().execute(context -> context.getAuthorizationManager()
        .isAuthorized(userId, groupIds, Permissions.CREATE, Resources.DEPLOYMENT, Authorization.ANY));
  }
}

package nl.wmotoezicht.security;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.camunda.bpm.engine.rest.security.auth.ProcessEngineAuthenticationFilter;
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

  /** Paths served by the engine REST API of the starter and by our own controllers. */
  static final String[] AUTHENTICATED_PATHS = {"/engine-rest/*", "/api/*"};

  @Bean
  FilterRegistrationBean<RestAuthenticationFilter> restAuthenticationFilter() {
    FilterRegistrationBean<RestAuthenticationFilter> registration =
        new FilterRegistrationBean<>(new RestAuthenticationFilter());
    registration.setName("wmoRestAuthentication");
    registration.addUrlPatterns(AUTHENTICATED_PATHS);
    registration.addInitParameter(ProcessEngineAuthenticationFilter.AUTHENTICATION_PROVIDER_PARAM,
        CachingBasicAuthenticationProvider.class.getName());
    registration.setOrder(1);
    return registration;
  }

  @Bean
  FilterRegistrationBean<RequestGuardFilter> requestGuardFilter(ObjectMapper objectMapper,
      @Value("${wmo.rest.max-body-bytes}") int maxBodyBytes) {
    FilterRegistrationBean<RequestGuardFilter> registration =
        new FilterRegistrationBean<>(new RequestGuardFilter(objectMapper, maxBodyBytes));
    registration.setName("wmoRequestGuard");
    // also the public listing (/openbaar), the only paths open without login
    registration.addUrlPatterns("/engine-rest/*", "/api/*", "/camunda/api/*", "/openbaar/*", "/openbaar");
    registration.setOrder(2);
    return registration;
  }
}

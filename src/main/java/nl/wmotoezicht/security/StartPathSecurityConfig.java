package nl.wmotoezicht.security;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.List;
import nl.wmotoezicht.cases.CaseVisibility;
import nl.wmotoezicht.cases.StartContracts;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RepositoryService;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The guard of the start and correlation paths of {@code /engine-rest} (docs/security/tenancy.md). */
@Configuration
class StartPathSecurityConfig {

  @Bean
  FilterRegistrationBean<StartPathGuardFilter> startPathGuardFilter(ObjectMapper objectMapper,
      IdentityService identityService, RepositoryService repositoryService, CaseVisibility visibility,
      List<StartContracts> contracts) {
    FilterRegistrationBean<StartPathGuardFilter> registration = new FilterRegistrationBean<>(
        new StartPathGuardFilter(objectMapper, identityService, repositoryService, visibility, contracts));
    registration.setName("wmoStartPathGuard");
    registration.addUrlPatterns("/engine-rest/*", "/camunda/api/engine/*");
    // after login throttling (1), authentication (2) and the request guard (3), which caches the body
    registration.setOrder(4);
    return registration;
  }
}

package nl.wmotoezicht.platform;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.ext.ExceptionMapper;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.rest.impl.CamundaRestResources;
import org.camunda.bpm.engine.rest.impl.DefaultProcessEngineRestServiceImpl;
import org.camunda.bpm.spring.boot.starter.rest.CamundaJerseyResourceConfig;
import org.glassfish.jersey.jackson.JacksonFeature;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Lazy;

/**
 * The starter's {@code /engine-rest} application, plus the exception mappers that the capability
 * packages declare as beans, so an error of ours (a duplicate report, an invalid one) reads the same
 * whether it came through our API or through the generic message endpoint; and the default engine's root resource
 * {@link DefaultEngineRestService} in place of Camunda's, for decisions evaluated by key without a definition query
 * per request ({@link LatestDecisionDefinitions}).
 */
@Configuration
class EngineRestConfig {

  @Bean
  CamundaJerseyResourceConfig camundaJerseyResourceConfig(List<ExceptionMapper<?>> exceptionMappers,
      @Lazy ProcessEngine engine, LatestDecisionDefinitions latestDecisionDefinitions) {
    return new CamundaJerseyResourceConfig() {
      @Override
      protected void registerCamundaRestResources() {
        // the starter's registration, with our root resource for the default engine instead of Camunda's
        Set<Class<?>> resources = CamundaRestResources.getResourceClasses().stream()
            .filter(resource -> resource != DefaultProcessEngineRestServiceImpl.class).collect(Collectors.toSet());
        registerClasses(resources);
        register(new DefaultEngineRestService(engine, latestDecisionDefinitions));
        registerClasses(CamundaRestResources.getConfigurationClasses());
        register(JacksonFeature.class);
      }

      @Override
      protected void registerAdditionalResources() {
        // ours win over Camunda's mappers for the same exception type
        exceptionMappers.forEach(mapper -> register(mapper, Priorities.USER - 100));
      }
    };
  }

  /** Outermost on the REST paths (before authentication, which needs the database too). */
  @Bean
  FilterRegistrationBean<DatabaseUnavailableFilter> databaseUnavailableFilter(ObjectMapper objectMapper) {
    FilterRegistrationBean<DatabaseUnavailableFilter> registration =
        new FilterRegistrationBean<>(new DatabaseUnavailableFilter(objectMapper));
    registration.setName("wmoDatabaseUnavailable");
    registration.addUrlPatterns("/engine-rest/*", "/api/*");
    registration.setOrder(0);
    return registration;
  }
}

package nl.wmotoezicht.platform;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.ext.ExceptionMapper;
import java.util.List;
import org.camunda.bpm.spring.boot.starter.rest.CamundaJerseyResourceConfig;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The starter's {@code /engine-rest} application, plus the exception mappers that the capability
 * packages declare as beans, so an error of ours (a duplicate report, an invalid one) reads the same
 * whether it came through our API or through the generic message endpoint.
 */
@Configuration
class EngineRestConfig {

  @Bean
  CamundaJerseyResourceConfig camundaJerseyResourceConfig(List<ExceptionMapper<?>> exceptionMappers) {
    return new CamundaJerseyResourceConfig() {
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

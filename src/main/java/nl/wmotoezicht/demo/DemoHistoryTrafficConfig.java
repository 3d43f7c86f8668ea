package nl.wmotoezicht.demo;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Duration;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The demo profile's guard of API requests while a year's history is made (DemoHistoryTrafficFilter). */
@Configuration
@ConditionalOnProperty(name = "wmo.demo.users-enabled", havingValue = "true")
class DemoHistoryTrafficConfig {

  /**
   * After the security headers (-10), before the database check (0), authentication and everything that reads the
   * engine's clock: our API, the engine REST API and the webapps' REST API (Tasklist, Cockpit, Admin).
   */
  @Bean
  FilterRegistrationBean<DemoHistoryTrafficFilter> demoHistoryTrafficFilter(DemoHistory history,
      @Value("${wmo.demo.history.sign-in-wait:PT60S}") Duration signInWait, ObjectMapper objectMapper) {
    FilterRegistrationBean<DemoHistoryTrafficFilter> registration =
        new FilterRegistrationBean<>(new DemoHistoryTrafficFilter(history::ready, history::awaitReady, signInWait,
            objectMapper));
    registration.setName("wmoDemoHistoryTraffic");
    registration.addUrlPatterns("/api/*", "/engine-rest/*", "/camunda/api/*");
    registration.setOrder(-5);
    return registration;
  }
}

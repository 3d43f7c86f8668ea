package nl.wmotoezicht.demo;

import org.springframework.boot.actuate.health.Health;
import org.springframework.boot.actuate.health.HealthIndicator;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.stereotype.Component;

/**
 * {@code /actuator/health} answers 503 OUT_OF_SERVICE while the demo profile makes last year's history at start-up
 * (docs/demo-historie.md): the processes then run on last year's engine clock, so a report sent meanwhile would be
 * judged against that date. Wait for UP before using the demo.
 */
@Component("demoHistoryHealthIndicator")
@ConditionalOnProperty(name = "wmo.demo.users-enabled", havingValue = "true")
class DemoHistoryHealth implements HealthIndicator {

  private final DemoHistory history;

  DemoHistoryHealth(DemoHistory history) {
    this.history = history;
  }

  @Override
  public Health health() {
    return history.ready() ? Health.up().build()
        : Health.outOfService().withDetail("reden", "De demo-geschiedenis van vorig jaar wordt gemaakt.").build();
  }
}

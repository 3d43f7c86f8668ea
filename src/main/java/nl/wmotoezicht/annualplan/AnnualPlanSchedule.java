package nl.wmotoezicht.annualplan;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * When the plans for the next year are proposed: the timer start event of {@code jaarplanKalender} reads
 * {@code ${annualPlanSchedule.cron()}}. Configuration {@code wmo.annual-plan.start-cron} (a cron expression as
 * Camunda reads it), by default 1 October at 06:00.
 */
@Component("annualPlanSchedule")
public class AnnualPlanSchedule {

  private final String cron;

  AnnualPlanSchedule(@Value("${wmo.annual-plan.start-cron:0 0 6 1 10 ?}") String cron) {
    this.cron = cron;
  }

  public String cron() {
    return cron;
  }
}

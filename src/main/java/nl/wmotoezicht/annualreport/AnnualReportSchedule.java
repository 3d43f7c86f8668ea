package nl.wmotoezicht.annualreport;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * When the previous year's annual reports start: the timer start event of {@code jaarrapportageKalender} reads
 * {@code ${annualReportSchedule.cron()}}. Configuration {@code wmo.annual-report.start-cron} (a cron expression as
 * Camunda reads it), by default 15 January at 06:00.
 */
@Component("annualReportSchedule")
public class AnnualReportSchedule {

  private final String cron;

  AnnualReportSchedule(@Value("${wmo.annual-report.start-cron:0 0 6 15 1 ?}") String cron) {
    this.cron = cron;
  }

  public String cron() {
    return cron;
  }
}

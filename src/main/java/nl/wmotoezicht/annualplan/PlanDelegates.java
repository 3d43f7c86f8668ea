package nl.wmotoezicht.annualplan;


import java.time.LocalDate;
import java.time.ZoneId;
import org.camunda.bpm.engine.impl.util.ClockUtil;

/**
 * What the steps of {@code jaarplan} share: the region's calendar day and the plan's business key. The steps
 * themselves are one {@code @Component} each, referenced by {@code ${name}} from the models (docs/processen/jaarplan.md).
 */
final class PlanDelegates {

  static final ZoneId ZONE = ZoneId.of("Europe/Amsterdam");

  static LocalDate today() {
    return LocalDate.ofInstant(ClockUtil.getCurrentTime().toInstant(), ZONE);
  }

  static String businessKey(String region, int year) {
    return AnnualPlanProcess.CASE_PREFIX + "-" + region + "-" + year;
  }

  private PlanDelegates() {
  }
}

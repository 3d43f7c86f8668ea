package nl.wmotoezicht.annualplan;

import static nl.wmotoezicht.annualplan.AnnualPlanProcess.Variables.CANDIDATES;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.variable.Variables;

/**
 * What the steps of {@code jaarplan} share: the region's calendar day, the plan's business key and the transient list
 * of candidates. The steps themselves are one {@code @Component} each, referenced by {@code ${name}} from the models
 * (docs/processen/jaarplan.md).
 */
final class PlanDelegates {

  static final ZoneId ZONE = ZoneId.of("Europe/Amsterdam");

  static LocalDate today() {
    return LocalDate.ofInstant(ClockUtil.getCurrentTime().toInstant(), ZONE);
  }

  static String businessKey(String region, int year) {
    return AnnualPlanProcess.CASE_PREFIX + "-" + region + "-" + year;
  }

  /** The transient list of candidates on the process instance, created empty on first use. */
  @SuppressWarnings("unchecked")
  static List<PlanItem> candidates(DelegateExecution execution) {
    DelegateExecution instance = execution.getProcessInstance();
    Object list = instance.getVariableLocal(CANDIDATES);
    if (list == null) {
      list = new ArrayList<PlanItem>();
      instance.setVariableLocal(CANDIDATES, Variables.objectValue(list, true).create());
    }
    return (List<PlanItem>) list;
  }

  private PlanDelegates() {
  }
}

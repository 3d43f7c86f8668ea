package nl.wmotoezicht.annualplan;

import static nl.wmotoezicht.annualplan.AnnualPlanProcess.Variables.REGION;
import static nl.wmotoezicht.annualplan.AnnualPlanProcess.Variables.YEAR;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Records the adopted plan's items for its realisation. */
@Component("recordAdoptedPlan")
class RecordAdoptedPlanDelegate implements JavaDelegate {

  private final AnnualPlanItems items;
  private final AnnualPlanner planner;

  RecordAdoptedPlanDelegate(AnnualPlanItems items, AnnualPlanner planner) {
    this.items = items;
    this.planner = planner;
  }

  @Override
  public void execute(DelegateExecution execution) {
    items.adopt(REGION.get(execution), YEAR.get(execution), planner.items(execution));
  }
}

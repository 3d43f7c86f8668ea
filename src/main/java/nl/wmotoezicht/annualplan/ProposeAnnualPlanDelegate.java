package nl.wmotoezicht.annualplan;

import static nl.wmotoezicht.annualplan.AnnualPlanProcess.Variables.REGION;
import static nl.wmotoezicht.annualplan.AnnualPlanProcess.Variables.YEAR;
import static nl.wmotoezicht.annualplan.PlanDelegates.today;

import nl.wmotoezicht.risk.PurchasingRegions;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Proposes the plan from the candidates: ranked by risk within the capacity, with follow-up and random visits. */
@Component("proposeAnnualPlan")
class ProposeAnnualPlanDelegate implements JavaDelegate {

  private final PurchasingRegions regions;
  private final AnnualPlanner planner;

  ProposeAnnualPlanDelegate(PurchasingRegions regions, AnnualPlanner planner) {
    this.regions = regions;
    this.planner = planner;
  }

  @Override
  public void execute(DelegateExecution execution) {
    planner.store(execution, planner.select(regions.require(REGION.get(execution)), YEAR.get(execution), today(),
        PlanDelegates.candidates(execution)));
  }
}

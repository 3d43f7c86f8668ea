package nl.wmotoezicht.annualplan;

import static nl.wmotoezicht.annualplan.AnnualPlanProcess.Variables.ADJUSTMENTS_LOG;
import static nl.wmotoezicht.annualplan.AnnualPlanProcess.Variables.CAPACITY_HOURS;
import static nl.wmotoezicht.annualplan.AnnualPlanProcess.Variables.REGION;
import static nl.wmotoezicht.annualplan.AnnualPlanProcess.Variables.REGION_NAME;
import static nl.wmotoezicht.annualplan.AnnualPlanProcess.Variables.YEAR;
import static nl.wmotoezicht.annualplan.PlanDelegates.today;

import nl.wmotoezicht.identity.Region;
import nl.wmotoezicht.kernel.CaseVariables;
import nl.wmotoezicht.risk.PurchasingRegions;
import nl.wmotoezicht.risk.RiskProperties.PurchasingRegion;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Proposes the plan: ranked by risk within the capacity, with follow-up and random visits. */
@Component("proposeAnnualPlan")
class ProposeAnnualPlanDelegate implements JavaDelegate {

  private final PurchasingRegions regions;
  private final AnnualPlanner planner;
  private final Region region;

  ProposeAnnualPlanDelegate(PurchasingRegions regions, AnnualPlanner planner, Region region) {
    this.regions = regions;
    this.planner = planner;
    this.region = region;
  }

  @Override
  public void execute(DelegateExecution execution) {
    PurchasingRegion purchasingRegion = regions.require(REGION.get(execution));
    CaseVariables.CASE_NUMBER.set(execution, execution.getProcessBusinessKey());
    CaseVariables.MUNICIPALITY_CODE.set(execution, purchasingRegion.leadMunicipality());
    CaseVariables.MUNICIPALITY_NAME.set(execution, region.municipalityName(purchasingRegion.leadMunicipality()));
    REGION_NAME.set(execution, purchasingRegion.name());
    CAPACITY_HOURS.set(execution, purchasingRegion.capacityHours());
    ADJUSTMENTS_LOG.set(execution, "");
    planner.store(execution, planner.propose(purchasingRegion, YEAR.get(execution), today()));
  }
}

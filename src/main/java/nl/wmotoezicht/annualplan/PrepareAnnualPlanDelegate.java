package nl.wmotoezicht.annualplan;

import static nl.wmotoezicht.annualplan.AnnualPlanProcess.Variables.ADJUSTMENTS_LOG;
import static nl.wmotoezicht.annualplan.AnnualPlanProcess.Variables.CAPACITY_HOURS;
import static nl.wmotoezicht.annualplan.AnnualPlanProcess.Variables.REGION;
import static nl.wmotoezicht.annualplan.AnnualPlanProcess.Variables.REGION_NAME;

import nl.wmotoezicht.identity.Region;
import nl.wmotoezicht.kernel.CaseVariables;
import nl.wmotoezicht.risk.PurchasingRegions;
import nl.wmotoezicht.risk.RiskProperties.PurchasingRegion;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Before the proposal: the case's number, lead municipality and capacity. */
@Component("prepareAnnualPlan")
class PrepareAnnualPlanDelegate implements JavaDelegate {

  private final PurchasingRegions regions;
  private final Region region;

  PrepareAnnualPlanDelegate(PurchasingRegions regions, Region region) {
    this.regions = regions;
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
  }
}

package nl.wmotoezicht.annualplan;

import static nl.wmotoezicht.annualplan.AnnualPlanProcess.Variables.REGION;
import static nl.wmotoezicht.annualplan.AnnualPlanProcess.Variables.RISK_CANDIDATE;

import nl.wmotoezicht.risk.PurchasingRegions;
import nl.wmotoezicht.risk.RiskDecision.Outputs;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** After the business rule task: the provider and service kind with its profile as a candidate of the plan. */
@Component("addPlanCandidate")
class AddPlanCandidateDelegate implements JavaDelegate {

  private final PurchasingRegions regions;
  private final AnnualPlanner planner;

  AddPlanCandidateDelegate(PurchasingRegions regions, AnnualPlanner planner) {
    this.regions = regions;
    this.planner = planner;
  }

  @Override
  public void execute(DelegateExecution execution) {
    PlanItem candidate = planner.candidate(RISK_CANDIDATE.get(execution), regions.require(REGION.get(execution)),
        Outputs.RISK_CLASS.get(execution), Outputs.RISK_SCORE.get(execution),
        Outputs.RISK_REASONS.find(execution).orElse(""));
    PlanDelegates.candidates(execution).add(candidate);
  }
}

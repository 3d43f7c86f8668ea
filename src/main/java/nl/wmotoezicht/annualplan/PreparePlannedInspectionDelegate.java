package nl.wmotoezicht.annualplan;

import static nl.wmotoezicht.annualplan.AnnualPlanProcess.Variables.INSPECTION_CASE;
import static nl.wmotoezicht.annualplan.AnnualPlanProcess.Variables.INSPECTION_MUNICIPALITY;
import static nl.wmotoezicht.annualplan.AnnualPlanProcess.Variables.ITEM_KEY;
import static nl.wmotoezicht.annualplan.AnnualPlanProcess.Variables.LATE;
import static nl.wmotoezicht.annualplan.AnnualPlanProcess.Variables.MONTH_END;
import static nl.wmotoezicht.annualplan.AnnualPlanProcess.Variables.MONTH_START;
import static nl.wmotoezicht.annualplan.AnnualPlanProcess.Variables.PLANNED_MONTH;
import static nl.wmotoezicht.annualplan.AnnualPlanProcess.Variables.REGION;
import static nl.wmotoezicht.annualplan.AnnualPlanProcess.Variables.SERVICE_KIND;
import static nl.wmotoezicht.annualplan.AnnualPlanProcess.Variables.YEAR;
import static nl.wmotoezicht.annualplan.PlanDelegates.ZONE;
import static nl.wmotoezicht.kernel.ProviderVariables.PROVIDER_EMAIL;
import static nl.wmotoezicht.kernel.ProviderVariables.PROVIDER_KVK_NUMBER;
import static nl.wmotoezicht.kernel.ProviderVariables.PROVIDER_NAME;

import java.time.YearMonth;
import nl.wmotoezicht.cases.CaseNumbers;
import nl.wmotoezicht.inspection.InspectionProcess;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Before one plan item's inspection: its month, provider and case number, local to the item. */
@Component("preparePlannedInspection")
class PreparePlannedInspectionDelegate implements JavaDelegate {

  private final AnnualPlanner planner;
  private final CaseNumbers caseNumbers;
  private final AnnualPlanItems items;

  PreparePlannedInspectionDelegate(AnnualPlanner planner, CaseNumbers caseNumbers, AnnualPlanItems items) {
    this.planner = planner;
    this.caseNumbers = caseNumbers;
    this.items = items;
  }

  @Override
  public void execute(DelegateExecution execution) {
    String key = ITEM_KEY.get(execution);
    PlanItem item = planner.items(execution).stream().filter(i -> i.key().equals(key)).findFirst()
        .orElseThrow(() -> new IllegalStateException("Plan item " + key + " ontbreekt"));
    YearMonth month = YearMonth.of(YEAR.get(execution), item.month());
    execution.setVariableLocal(MONTH_START.name(), month.atDay(1).atStartOfDay(ZONE).toOffsetDateTime().toString());
    execution.setVariableLocal(MONTH_END.name(),
        month.plusMonths(1).atDay(1).atStartOfDay(ZONE).toOffsetDateTime().toString());
    execution.setVariableLocal(PLANNED_MONTH.name(), item.month());
    execution.setVariableLocal(SERVICE_KIND.name(), item.serviceKind());
    execution.setVariableLocal(PROVIDER_KVK_NUMBER.name(), item.kvkNumber());
    execution.setVariableLocal(PROVIDER_NAME.name(), item.providerName());
    execution.setVariableLocal(PROVIDER_EMAIL.name(), item.providerEmail());
    execution.setVariableLocal(INSPECTION_MUNICIPALITY.name(), item.municipalityCode());
    String caseNumber = caseNumbers.next(InspectionProcess.CASE_PREFIX);
    execution.setVariableLocal(INSPECTION_CASE.name(), caseNumber);
    execution.setVariableLocal(LATE.name(), false);
    items.started(REGION.get(execution), YEAR.get(execution), key, caseNumber);
  }
}

package nl.wmotoezicht.inspection;

import static nl.wmotoezicht.inspection.InspectionProcess.Variables.PLANNED_MONTH;
import static nl.wmotoezicht.inspection.InspectionProcess.Variables.PLAN_YEAR;
import static nl.wmotoezicht.inspection.InspectionProcess.Variables.REGION;
import static nl.wmotoezicht.inspection.InspectionProcess.Variables.SERVICE_KIND;
import static nl.wmotoezicht.inspection.InspectionProcess.Variables.VISIT_DATE;

import java.time.LocalDate;
import nl.wmotoezicht.investigation.InvestigationProcess;
import nl.wmotoezicht.kernel.CaseVariables;
import nl.wmotoezicht.kernel.ProviderVariables;
import nl.wmotoezicht.risk.InspectionResults.InspectionResult;
import nl.wmotoezicht.risk.InspectionResults;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * {@code Task_RecordResult}: records the visit and the judgement per theme; the next year's risk analysis
 * ({@code RiskInputCollector}) and the plan's realisation read them.
 */
@Component("recordInspectionResult")
class RecordInspectionResultDelegate implements JavaDelegate {

  private final InspectionResults results;

  RecordInspectionResultDelegate(InspectionResults results) {
    this.results = results;
  }

  @Override
  public void execute(DelegateExecution execution) {
    results.record(new InspectionResult(CaseVariables.CASE_NUMBER.get(execution),
        ProviderVariables.PROVIDER_KVK_NUMBER.get(execution), SERVICE_KIND.get(execution),
        REGION.get(execution), CaseVariables.MUNICIPALITY_CODE.get(execution), PLAN_YEAR.find(execution).orElse(null),
        PLANNED_MONTH.find(execution).orElse(null), LocalDate.parse(VISIT_DATE.get(execution)),
        InvestigationProcess.Variables.THEME_CLIENT_CENTRED.get(execution),
        InvestigationProcess.Variables.THEME_PROFESSIONALISM.get(execution),
        InvestigationProcess.Variables.THEME_SAFETY.get(execution)));
  }
}

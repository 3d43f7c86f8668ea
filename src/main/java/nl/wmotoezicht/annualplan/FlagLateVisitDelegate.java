package nl.wmotoezicht.annualplan;

import static nl.wmotoezicht.annualplan.AnnualPlanProcess.Variables.INSPECTION_CASE;
import static nl.wmotoezicht.annualplan.AnnualPlanProcess.Variables.LATE;
import static nl.wmotoezicht.annualplan.AnnualPlanProcess.Variables.MONTH_END;

import java.time.LocalDate;
import nl.wmotoezicht.inspection.InspectionProcess;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.history.HistoricVariableInstance;
import org.springframework.stereotype.Component;

/**
 * The end of the planned month passed while the inspection runs: flags it when no visit was recorded in or
 * before that month (the inspection's {@code visitDate}).
 */
@Component("flagLateVisit")
class FlagLateVisitDelegate implements JavaDelegate {

  private final HistoryService history;
  private final AnnualPlanItems items;

  FlagLateVisitDelegate(HistoryService history, AnnualPlanItems items) {
    this.history = history;
    this.items = items;
  }

  @Override
  public void execute(DelegateExecution execution) {
    String caseNumber = INSPECTION_CASE.get(execution);
    LocalDate monthEnd = java.time.OffsetDateTime.parse(MONTH_END.get(execution)).toLocalDate().minusDays(1);
    String[] inspections = history.createHistoricProcessInstanceQuery().processInstanceBusinessKey(caseNumber)
        .list().stream().map(p -> p.getId()).toArray(String[]::new);
    HistoricVariableInstance visit = inspections.length == 0 ? null : history.createHistoricVariableInstanceQuery()
        .processInstanceIdIn(inspections).variableName(InspectionProcess.Variables.VISIT_DATE.name()).list().stream().findFirst().orElse(null);
    boolean visitedInTime = visit != null && visit.getValue() instanceof String date
        && !LocalDate.parse(date).isAfter(monthEnd);
    if (!visitedInTime) {
      execution.setVariableLocal(LATE.name(), true);
      items.late(caseNumber);
    }
  }
}

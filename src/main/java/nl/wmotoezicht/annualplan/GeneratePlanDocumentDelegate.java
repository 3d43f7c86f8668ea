package nl.wmotoezicht.annualplan;

import static nl.wmotoezicht.annualplan.AnnualPlanProcess.Variables.PLAN_DOCUMENT;
import static nl.wmotoezicht.annualplan.AnnualPlanProcess.Variables.PLAN_ROWS;
import static nl.wmotoezicht.annualplan.AnnualPlanProcess.Variables.REGION_NAME;
import static nl.wmotoezicht.annualplan.AnnualPlanProcess.Variables.YEAR;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import nl.wmotoezicht.documents.DocumentService;
import nl.wmotoezicht.risk.ServiceKind;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.variable.Variables;
import org.springframework.stereotype.Component;

/** The adopted plan as a PDF with the case's documents. */
@Component("generatePlanDocument")
class GeneratePlanDocumentDelegate implements JavaDelegate {

  private final DocumentService documents;
  private final AnnualPlanner planner;

  GeneratePlanDocumentDelegate(DocumentService documents, AnnualPlanner planner) {
    this.documents = documents;
    this.planner = planner;
  }

  @Override
  public void execute(DelegateExecution execution) {
    List<Map<String, Object>> rows = new ArrayList<>();
    for (PlanItem item : planner.items(execution)) {
      Map<String, Object> row = new LinkedHashMap<>();
      row.put("month", item.month());
      row.put("provider", item.providerName() + " (" + item.kvkNumber() + ")");
      row.put("serviceKind", ServiceKind.label(item.serviceKind()));
      row.put("selection", item.selection());
      row.put("risk", item.riskClass() + " (" + item.score() + ")");
      row.put("hours", item.hours());
      row.put("reasons", item.motivation() == null ? item.reasons() : item.motivation());
      rows.add(row);
    }
    // transient: only for the template, never stored
    execution.setVariableLocal(PLAN_ROWS.name(), Variables.objectValue(rows, true).create());
    String title = "Jaarplan toezicht Wmo " + REGION_NAME.get(execution) + " " + YEAR.get(execution);
    PLAN_DOCUMENT.set(execution, documents.generate(execution, "jaarplan", title).id());
  }
}

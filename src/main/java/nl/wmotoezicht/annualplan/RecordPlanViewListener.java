package nl.wmotoezicht.annualplan;

import static nl.wmotoezicht.annualplan.AnnualPlanProcess.Variables.VIEW;
import static nl.wmotoezicht.annualplan.AnnualPlanProcess.Variables.VIEWS;
import static nl.wmotoezicht.annualplan.AnnualPlanProcess.Variables.VIEW_MUNICIPALITY;

import nl.wmotoezicht.identity.Region;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.springframework.stereotype.Component;

/** End of one contract manager's view (a called jaarplanReactie): adds it to the plan's views. */
@Component("recordPlanView")
class RecordPlanViewListener implements ExecutionListener {

  private final Region region;

  RecordPlanViewListener(Region region) {
    this.region = region;
  }

  @Override
  public void notify(DelegateExecution execution) {
    String municipality = VIEW_MUNICIPALITY.get(execution);
    String view = execution.hasVariableLocal(VIEW.name()) ? (String) execution.getVariableLocal(VIEW.name()) : null;
    String line = region.municipalityName(municipality) + ": "
        + (view == null || view.isBlank() ? "geen reactie binnen de termijn" : view.strip());
    String before = VIEWS.find(execution.getProcessInstance()).orElse("");
    VIEWS.set(execution.getProcessInstance(), before.isEmpty() ? line : before + "\n" + line);
  }
}

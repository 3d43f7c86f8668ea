package nl.wmotoezicht.inspection;

import static nl.wmotoezicht.inspection.InspectionProcess.Variables.VISIT_DATE;

import nl.wmotoezicht.investigation.InvestigationProcess;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/** After each use of a power in {@code kwaliteitsonderzoek}: the first one is the visit (its day is the visit date). */
@Component("inspectionVisitRecorder")
class InspectionVisitRecorder implements TaskListener {

  @Override
  public void notify(DelegateTask task) {
    if (VISIT_DATE.find(task).isEmpty()) {
      VISIT_DATE.set(task.getExecution(), InvestigationProcess.Variables.POWER_DATE.get(task));
    }
  }
}

package nl.wmotoezicht.inspection;

import static nl.wmotoezicht.inspection.InspectionProcess.Variables.ANNOUNCED;
import static nl.wmotoezicht.inspection.InspectionProcess.Variables.PLANNED_VISIT_DATE;

import java.util.Optional;
import nl.wmotoezicht.investigation.InvestigationProcess;
import nl.wmotoezicht.kernel.FieldChecks;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/** Completing "Bezoek voorbereiden": announced or not, the location and the planned day. */
@Component("visitPreparationValidator")
class VisitPreparationValidator implements TaskListener {

  @Override
  public void notify(DelegateTask task) {
    FieldChecks checks = new FieldChecks(task.getVariables());
    Optional<Boolean> announced = checks.bool(ANNOUNCED);
    checks.text(InvestigationProcess.Variables.LOCATION, true, 300);
    checks.futureDate(PLANNED_VISIT_DATE, true);
    checks.throwIfAny();
    ANNOUNCED.set(task.getExecution(), announced.orElse(false));
  }
}

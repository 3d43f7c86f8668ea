package nl.wmotoezicht.investigation;

import static nl.wmotoezicht.investigation.InvestigationProcess.Variables.*;

import nl.wmotoezicht.kernel.FieldChecks;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/** On completing {@code Task_AssessRepair}: whether the repair is sufficient, with the supervisor's assessment. */
@Component("repairAssessmentValidator")
class RepairAssessmentValidator implements TaskListener {

  @Override
  public void notify(DelegateTask task) {
    FieldChecks checks = new FieldChecks(task.getVariables());
    REPAIR_SUFFICIENT.set(task, checks.bool(REPAIR_SUFFICIENT).orElse(false));
    checks.text(REPAIR_ASSESSMENT, true, 20_000);
    checks.throwIfAny();
  }
}

package nl.wmotoezicht.annualplan;

import static nl.wmotoezicht.annualplan.AnnualPlanProcess.Variables.ADJUST_AGAIN;
import static nl.wmotoezicht.annualplan.AnnualPlanProcess.Variables.ADOPTIONS;
import static nl.wmotoezicht.annualplan.AnnualPlanProcess.Variables.REJECTED;

import java.util.Optional;
import nl.wmotoezicht.kernel.FieldChecks;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/** Completing "Reacties verwerken": whether to adjust again; otherwise the plan goes to the college(s). */
@Component("planViewsValidator")
class PlanViewsValidator implements TaskListener {

  @Override
  public void notify(DelegateTask task) {
    FieldChecks checks = new FieldChecks(task.getVariables());
    Optional<Boolean> again = checks.bool(ADJUST_AGAIN);
    if (again.isEmpty()) {
      checks.error(ADJUST_AGAIN, "is verplicht");
    }
    checks.throwIfAny();
    REJECTED.set(task.getExecution(), false);
    ADOPTIONS.set(task.getExecution(), "");
  }
}

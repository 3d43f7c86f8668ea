package nl.wmotoezicht.annualplan;

import static nl.wmotoezicht.annualplan.AnnualPlanProcess.Variables.VIEW;

import nl.wmotoezicht.kernel.FieldChecks;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/** Completing "Reactie op het jaarplan geven": a view of at most 5,000 characters (may be empty: no remarks). */
@Component("planViewValidator")
class PlanViewValidator implements TaskListener {

  @Override
  public void notify(DelegateTask task) {
    FieldChecks checks = new FieldChecks(task.getVariables());
    checks.text(VIEW, false, 5_000);
    checks.throwIfAny();
  }
}

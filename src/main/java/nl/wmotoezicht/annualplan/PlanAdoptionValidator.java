package nl.wmotoezicht.annualplan;

import static nl.wmotoezicht.annualplan.AnnualPlanProcess.Variables.ADOPTION;
import static nl.wmotoezicht.annualplan.AnnualPlanProcess.Variables.ADOPTION_MOTIVATION;

import java.util.Optional;
import java.util.Set;
import nl.wmotoezicht.kernel.FieldChecks;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/** Completing "Jaarplan vaststellen": vastgesteld or nietVastgesteld; a refusal needs a motivation. */
@Component("planAdoptionValidator")
class PlanAdoptionValidator implements TaskListener {

  @Override
  public void notify(DelegateTask task) {
    FieldChecks checks = new FieldChecks(task.getVariables());
    Optional<String> decision = checks.oneOf(ADOPTION, true, Set.of("vastgesteld", "nietVastgesteld"),
        "moet vastgesteld of nietVastgesteld zijn");
    Optional<String> motivation = checks.text(ADOPTION_MOTIVATION, false, 5_000);
    if (decision.filter("nietVastgesteld"::equals).isPresent() && motivation.isEmpty()) {
      checks.error(ADOPTION_MOTIVATION, "is verplicht als het plan niet wordt vastgesteld");
    }
    checks.throwIfAny();
  }
}

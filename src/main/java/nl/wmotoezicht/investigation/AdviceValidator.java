package nl.wmotoezicht.investigation;

import static nl.wmotoezicht.investigation.InvestigationProcess.Variables.*;

import java.util.Set;
import nl.wmotoezicht.kernel.FieldChecks;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/**
 * On completing {@code Task_AdviseCollege}: the advice (no action, monitor improvement, or enforce) with a motivation;
 * to enforce, the seriousness and the chance of recurrence, the two inputs of the measure matrix of the pyramid.
 */
@Component("adviceValidator")
class AdviceValidator implements TaskListener {

  static final Set<String> ADVICES = Set.of("geenActie", "verbeteringMonitoren", "handhaven");
  static final Set<String> LEVELS = Set.of("groot", "gemiddeld", "klein");

  @Override
  public void notify(DelegateTask task) {
    FieldChecks checks = new FieldChecks(task.getVariables());
    String advice = checks.oneOf(ADVICE, true, ADVICES, "moet geenActie, verbeteringMonitoren of handhaven zijn")
        .orElse(null);
    checks.text(ADVICE_MOTIVATION, true, 20_000);
    if ("handhaven".equals(advice)) {
      checks.oneOf(SERIOUSNESS, true, LEVELS, "moet groot, gemiddeld of klein zijn");
      checks.oneOf(RECURRENCE_CHANCE, true, LEVELS, "moet groot, gemiddeld of klein zijn");
    }
    checks.throwIfAny();
  }
}

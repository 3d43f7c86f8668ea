package nl.wmotoezicht.investigation;

import static nl.wmotoezicht.investigation.InvestigationProcess.Variables.*;

import java.util.List;
import java.util.Set;
import nl.wmotoezicht.kernel.FieldChecks;
import nl.wmotoezicht.kernel.ProcessVariable;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/**
 * On completing {@code Task_Triage}: the subject (quality, lawfulness or both), a motivation, and a fraud suspicion
 * only for a lawfulness signal (it is what the IKZ receives). Unchecked boxes become false, so the decision table
 * always gets an answer.
 */
@Component("triageValidator")
class TriageValidator implements TaskListener {

  static final Set<String> SUBJECTS = Set.of("kwaliteit", "rechtmatigheid", "beide");

  @Override
  public void notify(DelegateTask task) {
    FieldChecks checks = new FieldChecks(task.getVariables());
    String subject = checks.oneOf(SUBJECT, true, SUBJECTS, "moet kwaliteit, rechtmatigheid of beide zijn").orElse(null);
    for (ProcessVariable<Boolean> flag : List.of(IN_SCOPE, ACUTE_DANGER, MANY_CLIENTS, FRAUD_SUSPECTED)) {
      flag.set(task, checks.bool(flag).orElse(false));
    }
    if (FRAUD_SUSPECTED.get(task) && "kwaliteit".equals(subject)) {
      checks.error(FRAUD_SUSPECTED, "kan alleen bij een signaal over rechtmatigheid");
    }
    checks.text(TRIAGE_MOTIVATION, true, 10_000);
    checks.throwIfAny();
  }
}

package nl.wmotoezicht.calamity;

import static nl.wmotoezicht.calamity.CalamityProcess.Variables.RECURRENCE_CHANCE;
import static nl.wmotoezicht.calamity.CalamityProcess.Variables.SERIOUSNESS;

import java.util.HashMap;
import java.util.Map;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * {@code Task_HandOverToEnforcement}: sends {@code HandhavingGeadviseerd} with the advice
 * (seriousness and chance of recurrence, the two inputs of the measure matrix) to the intervention
 * pyramid.
 */
@Component("handOverToEnforcement")
class HandOverToEnforcementDelegate implements JavaDelegate {

  private final CalamityHandOver handOver;

  HandOverToEnforcementDelegate(CalamityHandOver handOver) {
    this.handOver = handOver;
  }

  @Override
  public void execute(DelegateExecution execution) {
    Map<String, Object> advice = new HashMap<>();
    SERIOUSNESS.put(advice, SERIOUSNESS.get(execution));
    RECURRENCE_CHANCE.put(advice, RECURRENCE_CHANCE.get(execution));
    handOver.send(execution, CalamityProcess.Messages.ENFORCEMENT_ADVISED, advice);
  }
}

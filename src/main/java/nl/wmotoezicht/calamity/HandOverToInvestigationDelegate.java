package nl.wmotoezicht.calamity;

import java.util.Map;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * {@code Task_HandOverToInvestigation}: sends {@code CalamiteitGeescaleerd} with what is known, to
 * start a signal-driven investigation of the provider.
 */
@Component("handOverToInvestigation")
class HandOverToInvestigationDelegate implements JavaDelegate {

  private final CalamityHandOver handOver;

  HandOverToInvestigationDelegate(CalamityHandOver handOver) {
    this.handOver = handOver;
  }

  @Override
  public void execute(DelegateExecution execution) {
    handOver.send(execution, CalamityProcess.Messages.ESCALATED_TO_INVESTIGATION, Map.of());
  }
}

package nl.wmotoezicht.calamity;

import static nl.wmotoezicht.calamity.CalamityProcess.Variables.*;

import java.util.List;
import java.util.Map;
import nl.wmotoezicht.kernel.CaseHandOver;
import nl.wmotoezicht.kernel.ProcessVariable;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.springframework.stereotype.Component;

/**
 * Hands a calamity over to the process that continues it, by a start message that carries what is known: the provider,
 * the municipality that leads (the client's residence, {@code decisions/initiatiefGemeente.dmn}), the findings and, for
 * enforcement, the advice. Runs as its own job: the new case and the end of this one commit together, so a retry never
 * starts a second case.
 */
@Component
class CalamityHandOver {

  /** The process instance that received the hand-over. */
  static final ProcessVariable<String> HANDED_OVER_TO = ProcessVariable.string("handedOverToProcessInstanceId");
  static final ProcessVariable<String> FINDINGS = ProcessVariable.string("findings");

  private final CaseHandOver handOver;

  CalamityHandOver(CaseHandOver handOver) {
    this.handOver = handOver;
  }

  void send(DelegateExecution execution, String messageName, Map<String, Object> advice) {
    Map<String, Object> payload = handOver.payloadFrom(execution, CalamityProcess.KEY);
    CaseHandOver.copy(execution, payload, List.of(LOCATION, EVENT_DATE, KIND, DESCRIPTION));
    FINDINGS.put(payload, ASSESSMENT_FINDINGS.get(execution));
    payload.putAll(advice);
    ProcessInstance started = handOver.send(messageName, payload);
    HANDED_OVER_TO.set(execution, started.getId());
  }
}

package nl.wmotoezicht.calamity;

import static nl.wmotoezicht.calamity.CalamityProcess.Variables.*;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import nl.wmotoezicht.process.CaseVariables;
import nl.wmotoezicht.process.ProcessVariable;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.springframework.stereotype.Component;

/**
 * Hands a calamity over to the process that continues it, by a start message that carries what is
 * known: the provider, the municipality that leads (the client's residence, seed 004 §3), the
 * findings and, for enforcement, the advice. Runs as its own job: the new case and the end of this
 * one commit together, so a retry never starts a second case.
 */
@Component
class CalamityHandOver {

  /** The process instance that received the hand-over. */
  static final ProcessVariable<String> HANDED_OVER_TO = ProcessVariable.string("handedOverToProcessInstanceId");
  static final ProcessVariable<String> ORIGIN_PROCESS = ProcessVariable.string("originProcess");
  static final ProcessVariable<String> FINDINGS = ProcessVariable.string("findings");

  private final RuntimeService runtimeService;

  CalamityHandOver(RuntimeService runtimeService) {
    this.runtimeService = runtimeService;
  }

  void send(DelegateExecution execution, String messageName, Map<String, Object> advice) {
    Map<String, Object> payload = new HashMap<>();
    CaseVariables.ORIGIN_CASE_NUMBER.put(payload, CaseVariables.CASE_NUMBER.get(execution));
    ORIGIN_PROCESS.put(payload, CalamityProcess.KEY);
    CaseVariables.MUNICIPALITY_CODE.put(payload, CaseVariables.MUNICIPALITY_CODE.get(execution));
    for (ProcessVariable<String> variable : List.of(PROVIDER_NAME, PROVIDER_KVK_NUMBER, PROVIDER_EMAIL,
        LOCATION, EVENT_DATE, KIND, DESCRIPTION)) {
      variable.find(execution).ifPresent(value -> variable.put(payload, value));
    }
    FINDINGS.put(payload, ASSESSMENT_FINDINGS.get(execution));
    payload.putAll(advice);
    ProcessInstance started = runtimeService.createMessageCorrelation(messageName)
        .setVariables(payload)
        .correlateStartMessage();
    HANDED_OVER_TO.set(execution, started.getId());
  }
}

package nl.wmotoezicht.kernel;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.springframework.stereotype.Component;

/**
 * Hands a case over to the process that continues it (or asks another process for something), by a start message
 * that carries what is known: where it came from ({@code originCaseNumber}, {@code originProcess}), the municipality,
 * the provider, and what the sender adds. Call it from an asynchronous step: the new case and the step commit
 * together, so a retry never starts a second case.
 */
@Component
public class CaseHandOver {

  public static final ProcessVariable<String> ORIGIN_PROCESS = ProcessVariable.string("originProcess");

  private final RuntimeService runtimeService;

  CaseHandOver(RuntimeService runtimeService) {
    this.runtimeService = runtimeService;
  }

  /** The start of a payload: origin, municipality and provider of the sending case. */
  public Map<String, Object> payloadFrom(DelegateExecution execution, String originProcess) {
    Map<String, Object> payload = new HashMap<>();
    CaseVariables.ORIGIN_CASE_NUMBER.put(payload, CaseVariables.CASE_NUMBER.get(execution));
    ORIGIN_PROCESS.put(payload, originProcess);
    CaseVariables.MUNICIPALITY_CODE.put(payload, CaseVariables.MUNICIPALITY_CODE.get(execution));
    copy(execution, payload, ProviderVariables.ALL);
    return payload;
  }

  /** Copies the variables of the execution that are present into the payload. */
  public static void copy(DelegateExecution execution, Map<String, Object> payload, List<ProcessVariable<String>> variables) {
    for (ProcessVariable<String> variable : variables) {
      variable.find(execution).ifPresent(value -> variable.put(payload, value));
    }
  }

  /** Starts the receiving process by its start message with the payload. */
  public ProcessInstance send(String messageName, Map<String, Object> payload) {
    return runtimeService.createMessageCorrelation(messageName).setVariables(payload).correlateStartMessage();
  }
}

package nl.wmotoezicht.dwangsom;

import static nl.wmotoezicht.dwangsom.DwangsomProcess.Variables.*;

import java.util.HashMap;
import java.util.Map;
import nl.wmotoezicht.kernel.CaseVariables;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * {@code Task_ReportOutcome}: tells the case that asked for the last (the pyramid, an investigation)
 * how it ended, by message {@code DwangsomUitkomst} to its business key, with the advice for the next
 * step when the maximum was reached. A requesting case that is not waiting receives nothing; the
 * outcome stays on this case.
 */
@Component("reportDwangsomOutcome")
class ReportDwangsomOutcomeDelegate implements JavaDelegate {

  static final String DELIVERED_TO = "outcomeDeliveredTo";

  private final RuntimeService runtimeService;

  ReportDwangsomOutcomeDelegate(RuntimeService runtimeService) {
    this.runtimeService = runtimeService;
  }

  @Override
  public void execute(DelegateExecution execution) {
    String origin = CaseVariables.ORIGIN_CASE_NUMBER.find(execution).filter(o -> !o.isBlank()).orElse(null);
    if (origin == null) {
      return;
    }
    Map<String, Object> outcome = new HashMap<>();
    REPORTED_OUTCOME.put(outcome, OUTCOME.get(execution));
    DWANGSOM_CASE_NUMBER.put(outcome, CaseVariables.CASE_NUMBER.get(execution));
    NEXT_STEP_ADVICE.find(execution).ifPresent(advice -> outcome.put(NEXT_STEP_ADVICE.name(), advice));
    TOTAL_FORFEITED.find(execution).ifPresent(total -> outcome.put(TOTAL_FORFEITED.name(), total));
    int delivered = runtimeService.createMessageCorrelation(DwangsomProcess.Messages.OUTCOME)
        .processInstanceBusinessKey(origin)
        .setVariables(outcome)
        .correlateAllWithResult().size();
    execution.setVariable(DELIVERED_TO, delivered);
  }
}

package nl.wmotoezicht.enforcement;

import java.util.Map;
import nl.wmotoezicht.cases.RegisterCaseDelegate;
import nl.wmotoezicht.kernel.CaseHandOver;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * {@code Task_RequestDwangsom} (trede 4): starts a last onder dwangsom or bestuursdwang for this
 * case by message {@code LastOnderDwangsomGevraagd}; its outcome returns as {@code DwangsomUitkomst}.
 */
@Component("requestDwangsom")
class RequestDwangsomDelegate implements JavaDelegate {

  /** The start message of the last onder dwangsom. */
  public static final String REQUESTED = "LastOnderDwangsomGevraagd";
  static final String LEGAL_BASIS = "art. 125 Gemeentewet en titel 5.3 Awb; kwaliteitseisen art. 3.1 Wmo 2015";

  private final CaseHandOver handOver;

  RequestDwangsomDelegate(CaseHandOver handOver) {
    this.handOver = handOver;
  }

  @Override
  public void execute(DelegateExecution execution) {
    Map<String, Object> variables = handOver.payloadFrom(execution, InterventionPyramid.KEY);
    RegisterCaseDelegate.VIOLATION.put(variables, InterventionPyramid.Variables.FINDINGS.get(execution));
    RegisterCaseDelegate.LEGAL_BASIS.put(variables, LEGAL_BASIS);
    handOver.send(REQUESTED, variables);
  }
}

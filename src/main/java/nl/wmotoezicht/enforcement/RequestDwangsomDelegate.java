package nl.wmotoezicht.enforcement;

import java.util.HashMap;
import java.util.Map;
import nl.wmotoezicht.cases.RegisterCaseDelegate;
import nl.wmotoezicht.process.CaseVariables;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * {@code Task_RequestDwangsom} (trede 4): starts a last onder dwangsom or bestuursdwang for this
 * case by message {@code LastOnderDwangsomGevraagd}; its outcome returns as {@code DwangsomUitkomst}.
 */
@Component("requestDwangsom")
class RequestDwangsomDelegate implements JavaDelegate {

  static final String REQUESTED = "LastOnderDwangsomGevraagd";
  static final String LEGAL_BASIS = "art. 125 Gemeentewet en titel 5.3 Awb; kwaliteitseisen art. 3.1 Wmo 2015";

  private final RuntimeService runtimeService;

  RequestDwangsomDelegate(RuntimeService runtimeService) {
    this.runtimeService = runtimeService;
  }

  @Override
  public void execute(DelegateExecution execution) {
    Map<String, Object> variables = new HashMap<>();
    CaseVariables.ORIGIN_CASE_NUMBER.put(variables, CaseVariables.CASE_NUMBER.get(execution));
    variables.put("originProcess", InterventionPyramid.KEY);
    CaseVariables.MUNICIPALITY_CODE.put(variables, CaseVariables.MUNICIPALITY_CODE.get(execution));
    RegisterCaseDelegate.PROVIDER_NAME.put(variables, RegisterCaseDelegate.PROVIDER_NAME.get(execution));
    RegisterCaseDelegate.PROVIDER_KVK_NUMBER.put(variables, RegisterCaseDelegate.PROVIDER_KVK_NUMBER.get(execution));
    RegisterCaseDelegate.PROVIDER_EMAIL.put(variables, RegisterCaseDelegate.PROVIDER_EMAIL.get(execution));
    RegisterCaseDelegate.VIOLATION.put(variables, InterventionPyramid.Variables.FINDINGS.get(execution));
    variables.put("legalBasis", LEGAL_BASIS);
    runtimeService.createMessageCorrelation(REQUESTED).setVariables(variables).correlateStartMessage();
  }
}

package nl.wmotoezicht.investigation;

import static nl.wmotoezicht.investigation.InvestigationProcess.Variables.*;

import java.util.Map;
import nl.wmotoezicht.cases.RegisterCaseDelegate;
import nl.wmotoezicht.kernel.CaseHandOver;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * {@code Task_RequestCooperationDwangsom}: the provider refused to cooperate with a supervisor's power; the duty to
 * cooperate (art. 5:20 Awb) is enforced with a last onder dwangsom ({@code docs/processen/signaalonderzoek.md}),
 * started the way the pyramid starts one: message {@code LastOnderDwangsomGevraagd}. Its outcome returns as {@code
 * DwangsomUitkomst}.
 */
@Component("requestCooperationDwangsom")
class RequestCooperationDwangsomDelegate implements JavaDelegate {

  static final String LEGAL_BASIS = "art. 5:20 Awb (medewerkingsplicht) in samenhang met art. 6.1 Wmo 2015; "
      + "art. 125 Gemeentewet en titel 5.3 Awb";

  private final CaseHandOver handOver;

  RequestCooperationDwangsomDelegate(CaseHandOver handOver) {
    this.handOver = handOver;
  }

  @Override
  public void execute(DelegateExecution execution) {
    Map<String, Object> request = handOver.payloadFrom(execution, InvestigationProcess.KEY);
    RegisterCaseDelegate.VIOLATION.put(request, "Weigering medewerking aan de toezichthouder (art. 5:20 Awb): "
        + REFUSAL_DESCRIPTION.get(execution));
    RegisterCaseDelegate.LEGAL_BASIS.put(request, LEGAL_BASIS);
    handOver.send(InvestigationProcess.Messages.DWANGSOM_REQUESTED, request);
  }
}

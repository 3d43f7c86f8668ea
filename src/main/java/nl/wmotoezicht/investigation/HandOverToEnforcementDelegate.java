package nl.wmotoezicht.investigation;

import static nl.wmotoezicht.investigation.InvestigationProcess.Variables.*;

import java.util.Map;
import nl.wmotoezicht.kernel.CaseHandOver;
import nl.wmotoezicht.kernel.CaseVariables;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.model.bpmn.instance.Process;
import org.camunda.bpm.model.xml.instance.ModelElementInstance;
import org.springframework.stereotype.Component;

/**
 * {@code Task_HandOverToEnforcement}: the advice "handhaven" starts the intervention pyramid by message
 * {@code HandhavingGeadviseerd}, in the lead municipality (decision {@code initiatiefGemeente}): its case belongs to
 * that municipality's tenant. It carries the findings, seriousness and chance of recurrence (the measure matrix), and
 * the triage's acute danger and fraud suspicion (the immediate measures).
 */
@Component("handOverInvestigationToEnforcement")
class HandOverToEnforcementDelegate implements JavaDelegate {

  private final CaseHandOver handOver;

  HandOverToEnforcementDelegate(CaseHandOver handOver) {
    this.handOver = handOver;
  }

  @Override
  public void execute(DelegateExecution execution) {
    Map<String, Object> advice = handOver.payloadFrom(execution, processKey(execution));
    CaseVariables.MUNICIPALITY_CODE.put(advice, LEAD_MUNICIPALITY.get(execution));
    FINDINGS.put(advice, findings(execution));
    SERIOUSNESS.put(advice, SERIOUSNESS.get(execution));
    RECURRENCE_CHANCE.put(advice, RECURRENCE_CHANCE.get(execution));
    ACUTE_DANGER.put(advice, ACUTE_DANGER.find(execution).orElse(false));
    FRAUD_SUSPECTED.put(advice, FRAUD_SUSPECTED.find(execution).orElse(false));
    ProcessInstance started = handOver.send(InvestigationProcess.Messages.ENFORCEMENT_ADVISED, advice);
    ENFORCEMENT_PROCESS_INSTANCE.set(execution, started.getId());
  }

  /** The key of the process this step runs in (signaalonderzoek or kwaliteitsonderzoek): the element's process id. */
  static String processKey(DelegateExecution execution) {
    ModelElementInstance element = execution.getBpmnModelElementInstance();
    while (element != null && !(element instanceof Process)) {
      element = element.getParentElement();
    }
    return element == null ? InvestigationProcess.KEY : ((Process) element).getId();
  }

  /** The judgement per theme when there is one (a refused investigation has none), and the advice's motivation. */
  private static String findings(DelegateExecution execution) {
    String judgement = JUDGEMENT_SUMMARY.find(execution)
        .orElseGet(() -> "Het onderzoek kon niet worden afgerond: de aanbieder weigerde medewerking. "
            + REFUSAL_DESCRIPTION.find(execution).orElse(""));
    return judgement + "\n\nAdvies toezichthouder: " + ADVICE_MOTIVATION.get(execution);
  }
}

package nl.wmotoezicht.annualplan;

import static nl.wmotoezicht.annualplan.AnnualPlanProcess.Variables.RISK_CANDIDATE;
import static nl.wmotoezicht.annualplan.PlanDelegates.today;

import java.util.List;
import nl.wmotoezicht.kernel.ProcessVariable;
import nl.wmotoezicht.risk.RiskDecision.Outputs;
import nl.wmotoezicht.risk.RiskInputCollector;
import nl.wmotoezicht.risk.RiskInputs;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.variable.Variables;
import org.springframework.stereotype.Component;

/**
 * One provider and service kind: the inputs of decisions/risicoprofiel.dmn as variables of the candidate's scope under
 * the names of the table's columns, transient (the decision history keeps them). The outputs are declared here too, so
 * the business rule task's output parameters stay with this candidate.
 */
@Component("collectRiskInputs")
class CollectRiskInputsDelegate implements JavaDelegate {

  private final RiskInputCollector collector;

  CollectRiskInputsDelegate(RiskInputCollector collector) {
    this.collector = collector;
  }

  @Override
  public void execute(DelegateExecution execution) {
    String[] key = AnnualPlanner.candidateKey(RISK_CANDIDATE.get(execution));
    RiskInputs inputs = collector.collect(key[0], today()).stream()
        .filter(i -> i.serviceKind().equals(key[1])).findFirst()
        .orElseThrow(() -> new IllegalStateException("Geen dienst " + key[1] + " van aanbieder " + key[0]));
    inputs.toVariables().forEach((name, value) ->
        execution.setVariableLocal(name, Variables.untypedValue(value, true)));
    for (ProcessVariable<?> output : List.of(Outputs.RISK_CLASS, Outputs.RISK_SCORE, Outputs.RISK_REASONS)) {
      execution.setVariableLocal(output.name(), null);
    }
  }
}

package nl.wmotoezicht.investigation;

import static nl.wmotoezicht.investigation.InvestigationProcess.Variables.*;
import static nl.wmotoezicht.kernel.ProviderVariables.PROVIDER_KVK_NUMBER;

import java.util.HashMap;
import java.util.Map;
import nl.wmotoezicht.enforcement.LeadMunicipality;
import nl.wmotoezicht.identity.Region;
import nl.wmotoezicht.kernel.CaseVariables;
import nl.wmotoezicht.kernel.DecisionTenants;
import nl.wmotoezicht.terms.TermExpressions;
import org.camunda.bpm.dmn.engine.DmnDecisionResult;
import org.camunda.bpm.engine.DecisionService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.dmn.DecisionsEvaluationBuilder;
import org.springframework.stereotype.Component;

/**
 * {@code Task_EvaluateTriage}: the decision {@code signaalTriage} (the municipality's own table when it has one) gives
 * the urgency, the working days until the investigation starts (a date on the legal calendar) and whether the signal
 * goes to the IKZ; the decision {@code initiatiefGemeente} gives the municipality that leads any enforcement.
 */
@Component("evaluateTriage")
class EvaluateTriageDelegate implements JavaDelegate {

  private final DecisionService decisions;
  private final DecisionTenants decisionTenants;
  private final LeadMunicipality leadMunicipality;
  private final TermExpressions terms;
  private final Region region;

  EvaluateTriageDelegate(DecisionService decisions, DecisionTenants decisionTenants, LeadMunicipality leadMunicipality,
      TermExpressions terms, Region region) {
    this.decisions = decisions;
    this.decisionTenants = decisionTenants;
    this.leadMunicipality = leadMunicipality;
    this.terms = terms;
    this.region = region;
  }

  @Override
  public void execute(DelegateExecution execution) {
    Map<String, Object> input = new HashMap<>();
    input.put(SIGNAL_SOURCE.name(), SIGNAL_SOURCE.get(execution));
    input.put(SUBJECT.name(), SUBJECT.get(execution));
    input.put(IN_SCOPE.name(), IN_SCOPE.get(execution));
    input.put(ACUTE_DANGER.name(), ACUTE_DANGER.get(execution));
    input.put(MANY_CLIENTS.name(), MANY_CLIENTS.get(execution));
    input.put(FRAUD_SUSPECTED.name(), FRAUD_SUSPECTED.get(execution));
    String tenant = decisionTenants.tenantFor(InvestigationProcess.TRIAGE_DECISION, execution.getTenantId());
    DecisionsEvaluationBuilder builder = decisions.evaluateDecisionByKey(InvestigationProcess.TRIAGE_DECISION)
        .variables(input);
    DmnDecisionResult result = (tenant == null ? builder.decisionDefinitionWithoutTenantId()
        : builder.decisionDefinitionTenantId(tenant)).evaluate();
    if (result.isEmpty()) {
      throw new IllegalStateException("De beslistabel " + InvestigationProcess.TRIAGE_DECISION + " gaf geen uitkomst");
    }
    Map<String, Object> triage = result.getFirstResult().getEntryMap();
    int workingDays = ((Number) triage.get("werkdagenTotStart")).intValue();
    URGENCY.set(execution, (String) triage.get("urgentie"));
    START_WORKING_DAYS.set(execution, workingDays);
    START_DEADLINE.set(execution, terms.isoDate(terms.workingDaysFromToday(workingDays)));
    PASS_TO_IKZ.set(execution, Boolean.TRUE.equals(triage.get("doorgevenAanIkz")));
    TRIAGE_NOTE.set(execution, (String) triage.get("toelichting"));

    String municipality = CaseVariables.MUNICIPALITY_CODE.get(execution);
    LeadMunicipality.Lead lead = leadMunicipality.determine(ORIGIN_PROCESS.find(execution).orElse(InvestigationProcess.KEY),
        PROVIDER_KVK_NUMBER.get(execution), municipality, execution.getTenantId());
    String code = lead.code() == null || !region.isMunicipality(lead.code()) ? municipality : lead.code();
    LEAD_MUNICIPALITY.set(execution, code);
    LEAD_MUNICIPALITY_NAME.set(execution, region.municipalityName(code));
    LEAD_REASON.set(execution, lead.code() == null
        ? lead.reason() + " Tot dan leidt de gemeente van het signaal." : lead.reason());
  }
}

package nl.wmotoezicht.enforcement;

import static nl.wmotoezicht.enforcement.InterventionPyramid.Variables.*;

import java.util.HashMap;
import java.util.Map;
import java.util.stream.Collectors;
import nl.wmotoezicht.kernel.CaseVariables;
import nl.wmotoezicht.kernel.DecisionTenants;
import nl.wmotoezicht.kernel.ProviderVariables;
import nl.wmotoezicht.provider.ProviderRegister;
import nl.wmotoezicht.terms.TermExpressions;
import org.camunda.bpm.dmn.engine.DmnDecisionResult;
import org.camunda.bpm.engine.DecisionService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.dmn.DecisionsEvaluationBuilder;
import org.springframework.stereotype.Component;

/**
 * {@code Task_AdviseEnforcement}: the indication the college starts from. Recidive and the relation
 * come from the provider register (never typed in); the decision tables give the lead municipality,
 * the measure category (the municipality's own table when it has one), the instrument and step of
 * the pyramid, and the immediate measures to weigh first. The case is entered in the provider's
 * enforcement history.
 */
@Component("adviseEnforcement")
class AdviseEnforcementDelegate implements JavaDelegate {

  private final DecisionService decisions;
  private final DecisionTenants decisionTenants;
  private final ProviderRegister providers;
  private final TermExpressions terms;
  private final LeadMunicipality leadMunicipality;

  AdviseEnforcementDelegate(DecisionService decisions, DecisionTenants decisionTenants, ProviderRegister providers,
      TermExpressions terms, LeadMunicipality leadMunicipality) {
    this.decisions = decisions;
    this.decisionTenants = decisionTenants;
    this.providers = providers;
    this.terms = terms;
    this.leadMunicipality = leadMunicipality;
  }

  @Override
  public void execute(DelegateExecution execution) {
    String kvk = ProviderVariables.PROVIDER_KVK_NUMBER.get(execution);
    String municipality = CaseVariables.MUNICIPALITY_CODE.get(execution);
    String caseNumber = CaseVariables.CASE_NUMBER.get(execution);
    boolean recidive = providers.hasEarlierViolation(kvk, caseNumber);
    LeadMunicipality.Lead lead = leadMunicipality.determine(ORIGIN_PROCESS.find(execution).orElse(null), kvk,
        municipality, execution.getTenantId());
    String relation = lead.relation();
    RECIDIVE.set(execution, recidive);
    RELATION.set(execution, relation);
    LEAD_MUNICIPALITY.set(execution, lead.code());
    LEAD_REASON.set(execution, lead.reason());

    Map<String, Object> weighing = new HashMap<>();
    weighing.put("ernstOpgegeven", SERIOUSNESS.find(execution).orElse(null));
    weighing.put("kansOpgegeven", RECURRENCE_CHANCE.find(execution).orElse(null));
    for (String factor : new String[] {"ernstRisico", "omvangGroep", "structuurOrganisatie", "houdingAanbieder"}) {
      weighing.put(factor, execution.getVariable(factor));
    }
    weighing.put("recidive", recidive);
    Map<String, Object> category = single(evaluate(execution, "maatregelcategorie", weighing));
    Integer categorie = category.get("categorie") == null ? null : ((Number) category.get("categorie")).intValue();
    SUGGESTED_CATEGORY.set(execution, categorie);
    SUGGESTED_CATEGORY_TEXT.set(execution, (String) category.get("categorieOmschrijving"));

    boolean urgent = ACUTE_DANGER.find(execution).orElse(false);
    if (categorie != null) {
      Map<String, Object> instrumentInput = new HashMap<>();
      instrumentInput.put("categorie", categorie);
      instrumentInput.put("relatie", relation == null ? "contract" : relation);
      instrumentInput.put("spoedeisend", urgent);
      Map<String, Object> instrument = single(evaluate(execution, "handhavingsinstrument", instrumentInput));
      SUGGESTED_INSTRUMENT.set(execution, (String) instrument.get("instrument"));
      SUGGESTED_ROUTE.set(execution, (String) instrument.get("route"));
      SUGGESTED_STEP.set(execution, instrument.get("trede") == null ? null : ((Number) instrument.get("trede")).intValue());
    }

    Map<String, Object> immediate = new HashMap<>();
    immediate.put("acuutGevaarClienten", urgent);
    immediate.put("ernstSituatie", SERIOUSNESS.find(execution).orElse(null));
    immediate.put("vermoedenFraude", FRAUD_SUSPECTED.find(execution).orElse(false));
    immediate.put("relatie", relation == null ? "contract" : relation);
    immediate.put("meerGemeentenBetrokken", providers.relations(kvk).size() > 1);
    IMMEDIATE_MEASURES.set(execution, evaluate(execution, "directeMaatregelen", immediate).stream()
        .map(row -> row.get("maatregel") + ": " + row.get("toelichting")).collect(Collectors.joining("\n")));

    if (providers.find(kvk).isPresent()) {
      providers.recordCaseStarted(kvk, caseNumber, municipality, InterventionPyramid.KEY, terms.todayDate());
    }
  }

  private DmnDecisionResult evaluate(DelegateExecution execution, String key, Map<String, Object> variables) {
    String tenant = decisionTenants.tenantFor(key, execution.getTenantId());
    DecisionsEvaluationBuilder builder = decisions.evaluateDecisionByKey(key).variables(variables);
    return (tenant == null ? builder.decisionDefinitionWithoutTenantId() : builder.decisionDefinitionTenantId(tenant)).evaluate();
  }

  private static Map<String, Object> single(DmnDecisionResult result) {
    return result.isEmpty() ? Map.of() : result.getFirstResult().getEntryMap();
  }
}

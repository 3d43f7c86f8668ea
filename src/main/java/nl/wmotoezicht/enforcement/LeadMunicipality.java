package nl.wmotoezicht.enforcement;

import java.util.HashMap;
import java.util.Map;
import nl.wmotoezicht.kernel.DecisionTenants;
import nl.wmotoezicht.provider.ProviderRegister;
import org.camunda.bpm.dmn.engine.DmnDecisionResult;
import org.camunda.bpm.engine.DecisionService;
import org.camunda.bpm.engine.dmn.DecisionsEvaluationBuilder;
import org.springframework.stereotype.Component;

/**
 * Which municipality takes the initiative ({@code docs/processen/interventiepiramide.md}), by the decision {@code
 * initiatiefGemeente} (the municipality's own table when it has one): after a calamity the client's municipality,
 * within a subsidy the subsidising one, otherwise the one with the most indications at the provider, from the provider
 * register.
 */
@Component
public class LeadMunicipality {

  /**
   * The answer.
   *
   * @param code the CBS code of the lead municipality; null when the table cannot tell (ask the GGD), the case's own
   *     municipality when no table answered
   * @param reason the table's ground, in Dutch
   * @param relation the provider's relation with the case's municipality (contract, subsidie or null)
   */
  public record Lead(String code, String reason, String relation) {
  }

  private final DecisionService decisions;
  private final DecisionTenants decisionTenants;
  private final ProviderRegister providers;

  LeadMunicipality(DecisionService decisions, DecisionTenants decisionTenants, ProviderRegister providers) {
    this.decisions = decisions;
    this.decisionTenants = decisionTenants;
    this.providers = providers;
  }

  /**
   * @param originProcess the process the case came from (calamiteit, signaalonderzoek) or null
   * @param providerKvkNumber the provider
   * @param municipality the case's municipality (the client's residence)
   * @param tenantId the case's tenant, for the municipality's own table
   */
  public Lead determine(String originProcess, String providerKvkNumber, String municipality, String tenantId) {
    String relation = providers.relationKind(providerKvkNumber, municipality);
    Map<String, Object> input = new HashMap<>();
    input.put("aanleiding", switch (originProcess == null ? "" : originProcess) {
      case "calamiteit" -> "calamiteit";
      case "signaalonderzoek" -> "signaal";
      default -> "toezicht";
    });
    input.put("relatie", relation);
    input.put("woongemeenteClient", municipality);
    input.put("subsidieGemeente", "subsidie".equals(relation) ? municipality : null);
    input.put("gemeenteMeesteIndicaties", providers.municipalityWithMostIndications(providerKvkNumber).orElse(null));
    String tenant = decisionTenants.tenantFor(InitiativeDecision.KEY, tenantId);
    DecisionsEvaluationBuilder builder = decisions.evaluateDecisionByKey(InitiativeDecision.KEY).variables(input);
    DmnDecisionResult result = (tenant == null ? builder.decisionDefinitionWithoutTenantId()
        : builder.decisionDefinitionTenantId(tenant)).evaluate();
    Map<String, Object> entries = result.isEmpty() ? Map.of() : result.getFirstResult().getEntryMap();
    return new Lead((String) entries.getOrDefault("initiatiefGemeente", municipality), (String) entries.get("grond"),
        relation);
  }

  private static final class InitiativeDecision {
    static final String KEY = "initiatiefGemeente";
  }
}

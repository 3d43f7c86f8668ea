package nl.wmotoezicht.risk;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import nl.wmotoezicht.kernel.EngineIdentity;
import nl.wmotoezicht.kernel.DecisionTenants;
import org.camunda.bpm.dmn.engine.DmnDecisionResult;
import org.camunda.bpm.engine.DecisionService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.dmn.DecisionsEvaluationBuilder;
import org.camunda.bpm.engine.variable.Variables;
import org.springframework.stereotype.Service;

/**
 * The risk analysis: the risk profile of a provider per service kind on a date, by the decision requirements
 * graph {@code risicoprofiel} (decisions/risicoprofiel.dmn; docs/risicoanalyse.md). A municipality that deployed
 * its own version of the graph (decisions/tenants/&lt;CBS code&gt;/risicoprofiel.dmn) gets its own; everybody else
 * the region's. Each evaluation is kept in the engine's decision history, so Cockpit shows the inputs and the rows
 * that fired. Available in model expressions as {@code riskAnalysis}.
 */
@Service("riskAnalysis")
public class RiskAnalysis {

  private final RiskInputCollector collector;
  private final DecisionService decisionService;
  private final DecisionTenants decisionTenants;
  private final IdentityService identityService;

  RiskAnalysis(RiskInputCollector collector, DecisionService decisionService, DecisionTenants decisionTenants,
      IdentityService identityService) {
    this.collector = collector;
    this.decisionService = decisionService;
    this.decisionTenants = decisionTenants;
    this.identityService = identityService;
  }

  /**
   * A reason that drove the profile: a row of {@code risicopunten} that fired.
   *
   * @param points the points it added
   * @param reason why, in Dutch
   */
  public record Reason(int points, String reason) {
  }

  /**
   * The risk profile of a provider's service kind.
   *
   * @param kvkNumber the provider
   * @param serviceKind the service kind
   * @param date the date the profile is as of
   * @param decisionTenant the municipality whose own tables were used; null for the region's
   * @param riskClass hoog, midden or laag
   * @param score the sum of the points
   * @param reasons the reasons, most points first
   * @param inputs what the tables were given
   */
  public record RiskProfile(String kvkNumber, String serviceKind, LocalDate date, String decisionTenant,
      String riskClass, int score, List<Reason> reasons, RiskInputs inputs) {
  }

  /**
   * The provider's profiles on the date, one per service kind it delivers, highest score first.
   *
   * @param municipalityCode the municipality whose tables apply when it overrides them; null for the region's
   */
  public List<RiskProfile> profiles(String kvkNumber, LocalDate date, String municipalityCode) {
    String tenant = decisionTenants.tenantFor(RiskDecision.PROFILE, municipalityCode);
    List<RiskProfile> profiles = new ArrayList<>();
    for (RiskInputs inputs : collector.collect(kvkNumber, date)) {
      profiles.add(evaluate(kvkNumber, date, tenant, inputs));
    }
    profiles.sort(Comparator.comparingInt(RiskProfile::score).reversed());
    return profiles;
  }

  /** Evaluates the graph for given inputs, with the tables of the tenant (null: the region's). */
  public RiskProfile evaluate(String kvkNumber, LocalDate date, String tenant, RiskInputs inputs) {
    Map<String, Object> variables = inputs.toVariables();
    DmnDecisionResult profile = EngineIdentity.asSystem(identityService,
        () -> build(RiskDecision.PROFILE, tenant, variables).evaluate());
    DmnDecisionResult points = EngineIdentity.asSystem(identityService,
        () -> build(RiskDecision.POINTS, tenant, variables).evaluate());
    List<Reason> reasons = new ArrayList<>();
    for (Map<String, Object> row : points.getResultList()) {
      reasons.add(new Reason(((Number) row.get(RiskDecision.POINTS_OUTPUT)).intValue(),
          (String) row.get(RiskDecision.REASON_OUTPUT)));
    }
    reasons.sort(Comparator.comparingInt(Reason::points).reversed());
    return new RiskProfile(kvkNumber, inputs.serviceKind(), date, tenant,
        (String) profile.getSingleResult().getEntry(RiskDecision.CLASS),
        ((Number) profile.getSingleResult().getEntry(RiskDecision.SCORE)).intValue(), List.copyOf(reasons), inputs);
  }

  private DecisionsEvaluationBuilder build(String key, String tenant, Map<String, Object> variables) {
    DecisionsEvaluationBuilder builder = decisionService.evaluateDecisionByKey(key)
        .variables(Variables.fromMap(variables));
    return tenant == null ? builder.decisionDefinitionWithoutTenantId() : builder.decisionDefinitionTenantId(tenant);
  }

}

package nl.wmotoezicht.platform;

import static org.camunda.bpm.engine.authorization.Permissions.READ;
import static org.camunda.bpm.engine.authorization.Resources.DECISION_DEFINITION;

import java.util.Map;
import org.camunda.bpm.engine.exception.NotFoundException;
import org.camunda.bpm.engine.exception.dmn.DecisionDefinitionNotFoundException;
import org.camunda.bpm.engine.impl.dmn.DecisionEvaluationBuilderImpl;
import org.camunda.bpm.engine.impl.dmn.cmd.EvaluateDecisionCmd;
import org.camunda.bpm.engine.impl.interceptor.CommandContext;
import org.camunda.bpm.engine.impl.interceptor.CommandExecutor;
import org.camunda.bpm.engine.repository.DecisionDefinition;

/**
 * Evaluates the latest version of a decision by key, for the region ({@code tenantId} null) or one municipality,
 * as Camunda's REST API does with {@code POST /decision-definition/key/{key}[/tenant-id/{tenant}]/evaluate}, in one
 * command instead of a definition query followed by an evaluation by id.
 *
 * <p>What the caller may see is decided here on every call, the way Camunda's definition query decides it: the
 * definition of a tenant only for a member of that tenant (unless the tenant check is off or the caller is a
 * Camunda admin), and only with READ on the decision definition's key. Without either the definition does not exist
 * for the caller ({@link NoVisibleDefinition}, 404 over REST). Which definition is the latest comes from
 * {@link LatestDecisionDefinitions}; the definition itself is read by id as in every evaluation, so a version whose
 * deployment was deleted meanwhile is noticed and the key looked up again. Everything after that is Camunda's own
 * evaluation by id: CREATE_INSTANCE and the tenant checked by the engine's command checkers, the user operation log,
 * the evaluation and its history.
 */
class EvaluateLatestDecisionCmd extends EvaluateDecisionCmd {

  /** No definition with this key (and tenant) that the caller may see. */
  static final class NoVisibleDefinition extends NotFoundException {
    NoVisibleDefinition(String message) {
      super(message);
    }
  }

  private final LatestDecisionDefinitions latest;
  private final String tenantId;
  /** The definition evaluated, once found (for error messages). */
  private volatile String evaluatedDefinitionId;

  EvaluateLatestDecisionCmd(CommandExecutor commandExecutor, LatestDecisionDefinitions latest, String decisionKey,
      String tenantId, Map<String, Object> variables) {
    super(builder(commandExecutor, decisionKey, tenantId, variables));
    this.latest = latest;
    this.tenantId = tenantId;
  }

  private static DecisionEvaluationBuilderImpl builder(CommandExecutor commandExecutor, String decisionKey,
      String tenantId, Map<String, Object> variables) {
    DecisionEvaluationBuilderImpl builder =
        (DecisionEvaluationBuilderImpl) DecisionEvaluationBuilderImpl.evaluateDecisionByKey(commandExecutor, decisionKey);
    builder.variables(variables);
    if (tenantId == null) {
      builder.decisionDefinitionWithoutTenantId();
    } else {
      builder.decisionDefinitionTenantId(tenantId);
    }
    return builder;
  }

  String evaluatedDefinitionId() {
    return evaluatedDefinitionId;
  }

  @Override
  protected DecisionDefinition getDecisionDefinition(CommandContext commandContext) {
    if (!commandContext.getTenantManager().isAuthenticatedTenant(tenantId)
        || !commandContext.getAuthorizationManager().isAuthorized(READ, DECISION_DEFINITION, decisionDefinitionKey)) {
      throw new NoVisibleDefinition(notFoundMessage());
    }
    String id = latest.latestId(commandContext, decisionDefinitionKey, tenantId);
    if (id == null) {
      throw new NoVisibleDefinition(notFoundMessage());
    }
    DecisionDefinition definition;
    try {
      definition = commandContext.getProcessEngineConfiguration().getDeploymentCache()
          .findDeployedDecisionDefinitionById(id);
    } catch (DecisionDefinitionNotFoundException deleted) {
      // its deployment was deleted (on this node or another): the key's latest version is another one, or none
      latest.forget(decisionDefinitionKey, tenantId, id);
      id = latest.latestId(commandContext, decisionDefinitionKey, tenantId);
      if (id == null) {
        throw new NoVisibleDefinition(notFoundMessage());
      }
      definition = commandContext.getProcessEngineConfiguration().getDeploymentCache()
          .findDeployedDecisionDefinitionById(id);
    }
    evaluatedDefinitionId = definition.getId();
    return definition;
  }

  /** Camunda's REST answer when its definition query finds nothing. */
  private String notFoundMessage() {
    return tenantId == null
        ? String.format("No matching decision definition with key: %s and no tenant-id", decisionDefinitionKey)
        : String.format("No matching decision definition with key: %s and tenant-id: %s", decisionDefinitionKey,
            tenantId);
  }
}

package nl.wmotoezicht.kernel;

import java.util.function.BooleanSupplier;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.model.bpmn.instance.BusinessRuleTask;
import org.camunda.bpm.model.bpmn.instance.FlowElement;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.interceptor.CommandContext;
import org.springframework.stereotype.Component;

/**
 * Chooses between a municipality's own decision table and the region's, as the bean
 * {@code decisionTenants} for business rule tasks:
 *
 * <pre>{@code
 * <bpmn:businessRuleTask camunda:decisionRef="maatregelcategorie" camunda:decisionRefBinding="latest"
 *     camunda:decisionRefTenantId="${decisionTenants.forTask(execution)}" ... />
 * }</pre>
 * (the element template "Beslissing per gemeente" in {@code modeler/element-templates/} sets exactly this). It is the
 * one place that chooses the tenant: no Java evaluates a decision table with its own copy of the switch.
 *
 * <p>The region's tables ({@code decisions/*.dmn}) are deployed without a tenant; a municipality that overrides one
 * has a file in {@code decisions/tenants/<CBS code>/} deployed for its tenant only (see the platform's model
 * deployer). A business rule task with {@code decisionRefTenantId} {@code null} evaluates the region's version; with
 * a tenant id, that tenant's version, which must exist. This bean answers which of the two applies.
 *
 * <p>The answer depends only on what is deployed, never on who moves the case on: the lookup runs with the engine's
 * authorization and tenant checks switched off (and restored afterwards), so it works in a job without an
 * authenticated user as well as inside a task completed by a user who is a member of other tenants only or may not
 * read decision definitions.
 */
@Component("decisionTenants")
public class DecisionTenants {

  private final RepositoryService repositoryService;
  private final ProcessEngineConfigurationImpl configuration;

  public DecisionTenants(ProcessEngine processEngine) {
    this.repositoryService = processEngine.getRepositoryService();
    this.configuration = (ProcessEngineConfigurationImpl) processEngine.getProcessEngineConfiguration();
  }

  /**
   * The tenant whose version of the decision of the current business rule task applies: {@link #tenantFor} with the
   * task's {@code camunda:decisionRef} and the case's municipality, so a model names the decision only once. The case's
   * municipality is its tenant; a region-wide process without a tenant (the annual plan of a purchasing region) names
   * the municipality whose tables apply in its {@code municipalityCode} variable (the region's lead municipality).
   *
   * @throws IllegalStateException when the current element is not a business rule task with a decision reference
   */
  public String forTask(DelegateExecution execution) {
    FlowElement element = execution.getBpmnModelElementInstance();
    if (!(element instanceof BusinessRuleTask task) || task.getCamundaDecisionRef() == null) {
      throw new IllegalStateException("decisionTenants.forTask hoort bij een businessRuleTask met camunda:decisionRef, niet bij "
          + (element == null ? execution.getCurrentActivityId() : element.getId()));
    }
    String tenant = execution.getTenantId() != null ? execution.getTenantId()
        : CaseVariables.MUNICIPALITY_CODE.find(execution).orElse(null);
    return tenantFor(task.getCamundaDecisionRef(), tenant);
  }

  /**
   * The tenant whose version of a decision applies to a case of the given tenant.
   *
   * @param decisionKey the decision key, e.g. {@code maatregelcategorie}
   * @param tenantId the case's tenant (the municipality's CBS code, e.g. {@code GM0935}); may be {@code null}
   * @return {@code tenantId} when a decision definition with this key is deployed for that tenant, otherwise
   *     {@code null}: the version shared by the region
   */
  public String tenantFor(String decisionKey, String tenantId) {
    if (decisionKey == null || decisionKey.isBlank() || tenantId == null || tenantId.isBlank()) {
      return null;
    }
    boolean overridden = configuration.getCommandExecutorTxRequired()
        .execute(commandContext -> withoutChecks(commandContext, () -> repositoryService
            .createDecisionDefinitionQuery()
            .decisionDefinitionKey(decisionKey)
            .tenantIdIn(tenantId)
            .count() > 0));
    return overridden ? tenantId : null;
  }

  /**
   * Runs the lookup with authorization and tenant checks off. Inside a running process the command context is the
   * one of the surrounding command (the engine reuses it), so the previous state is restored afterwards.
   */
  private static boolean withoutChecks(CommandContext commandContext, BooleanSupplier lookup) {
    boolean authorizationCheck = commandContext.isAuthorizationCheckEnabled();
    boolean tenantCheck = commandContext.isTenantCheckEnabled();
    commandContext.disableAuthorizationCheck();
    commandContext.disableTenantCheck();
    try {
      return lookup.getAsBoolean();
    } finally {
      commandContext.setAuthorizationCheckEnabled(authorizationCheck);
      commandContext.setTenantCheckEnabled(tenantCheck);
    }
  }
}

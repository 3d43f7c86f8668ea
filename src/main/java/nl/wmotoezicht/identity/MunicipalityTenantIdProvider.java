package nl.wmotoezicht.identity;

import nl.wmotoezicht.kernel.CaseVariables;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.impl.cfg.multitenancy.TenantIdProvider;
import org.camunda.bpm.engine.impl.cfg.multitenancy.TenantIdProviderCaseInstanceContext;
import org.camunda.bpm.engine.impl.cfg.multitenancy.TenantIdProviderHistoricDecisionInstanceContext;
import org.camunda.bpm.engine.impl.cfg.multitenancy.TenantIdProviderProcessInstanceContext;

/**
 * Puts every case of the region's shared models into the tenant of its municipality: the
 * {@code municipalityCode} variable it starts with, or the tenant of the case that started it.
 * Unknown codes give no tenant; the start step of each process rejects them.
 */
class MunicipalityTenantIdProvider implements TenantIdProvider {

  private final Region region;

  MunicipalityTenantIdProvider(Region region) {
    this.region = region;
  }

  @Override
  public String provideTenantIdForProcessInstance(TenantIdProviderProcessInstanceContext ctx) {
    Object code = ctx.getVariables().get(CaseVariables.MUNICIPALITY_CODE.name());
    if (code instanceof String municipality && region.isMunicipality(municipality)) {
      return municipality;
    }
    DelegateExecution superExecution = ctx.getSuperExecution();
    return superExecution == null ? null : superExecution.getTenantId();
  }

  @Override
  public String provideTenantIdForCaseInstance(TenantIdProviderCaseInstanceContext ctx) {
    return null;
  }

  @Override
  public String provideTenantIdForHistoricDecisionInstance(TenantIdProviderHistoricDecisionInstanceContext ctx) {
    return ctx.getExecution() == null ? null : ctx.getExecution().getTenantId();
  }
}

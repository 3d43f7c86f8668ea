package nl.wmotoezicht.identity;

import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.springframework.stereotype.Component;

/** Registers the municipality tenant provider with the engine. */
@Component
class TenantPlugin extends AbstractProcessEnginePlugin {

  private final Region region;

  TenantPlugin(Region region) {
    this.region = region;
  }

  @Override
  public void preInit(ProcessEngineConfigurationImpl configuration) {
    configuration.setTenantIdProvider(new MunicipalityTenantIdProvider(region));
  }
}

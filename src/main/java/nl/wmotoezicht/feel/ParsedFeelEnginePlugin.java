package nl.wmotoezicht.feel;

import org.camunda.bpm.dmn.engine.DmnEngineConfiguration;
import org.camunda.bpm.dmn.engine.impl.DefaultDmnEngineConfiguration;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.springframework.stereotype.Component;

/**
 * Gives the process engine's DMN engine the {@link ParsedFeelEngine}: a default DMN engine configuration whose only
 * change is the FEEL engine factory. The process engine then configures it as it would its own default (history,
 * script engines, EL, custom FEEL functions, legacy FEEL, blank outputs). With {@code dmnFeelEnableLegacyBehavior}
 * the engine keeps Camunda's legacy (JUEL-based) FEEL engine, as it would without this plugin.
 */
@Component
class ParsedFeelEnginePlugin extends AbstractProcessEnginePlugin {

  @Override
  public void preInit(ProcessEngineConfigurationImpl configuration) {
    if (configuration.getDmnEngineConfiguration() != null || configuration.isDmnFeelEnableLegacyBehavior()) {
      return;
    }
    DefaultDmnEngineConfiguration dmn =
        (DefaultDmnEngineConfiguration) DmnEngineConfiguration.createDefaultDmnEngineConfiguration();
    dmn.setFeelEngineFactory(new ParsedFeelEngineFactory(dmn::getFeelCustomFunctionProviders));
    configuration.setDmnEngineConfiguration(dmn);
  }
}

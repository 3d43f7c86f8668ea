package nl.wmotoezicht.platform;

import jakarta.ws.rs.Path;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.rest.DecisionDefinitionRestService;
import org.camunda.bpm.engine.rest.impl.DefaultProcessEngineRestServiceImpl;

/**
 * The root of {@code /engine-rest} for the default engine, in place of Camunda's
 * {@link DefaultProcessEngineRestServiceImpl} ({@link EngineRestConfig}): the same resources, with
 * {@code /decision-definition} served by {@link LatestDecisionDefinitionRestService}. The named-engine paths
 * ({@code /engine-rest/engine/{name}/…}) stay Camunda's own. One instance serves all requests (it holds no request
 * state; Camunda's builds a new sub-resource per request either way).
 */
@Path(DefaultProcessEngineRestServiceImpl.PATH)
public class DefaultEngineRestService extends DefaultProcessEngineRestServiceImpl {

  private final ProcessEngine engine;
  private final LatestDecisionDefinitions latestDefinitions;

  DefaultEngineRestService(ProcessEngine engine, LatestDecisionDefinitions latestDefinitions) {
    this.engine = engine;
    this.latestDefinitions = latestDefinitions;
  }

  @Override
  @Path(DecisionDefinitionRestService.PATH)
  public DecisionDefinitionRestService getDecisionDefinitionRestService() {
    return new LatestDecisionDefinitionRestService(engine, latestDefinitions,
        getRelativeEngineUri(null).toASCIIString(), getObjectMapper());
  }
}

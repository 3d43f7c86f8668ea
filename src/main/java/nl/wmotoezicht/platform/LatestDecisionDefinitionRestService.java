package nl.wmotoezicht.platform;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.rest.DecisionDefinitionRestService;
import org.camunda.bpm.engine.rest.dto.CountResultDto;
import org.camunda.bpm.engine.rest.dto.repository.DecisionDefinitionDto;
import org.camunda.bpm.engine.rest.impl.DecisionDefinitionRestServiceImpl;
import org.camunda.bpm.engine.rest.sub.repository.DecisionDefinitionResource;
import org.camunda.bpm.engine.rest.sub.repository.impl.DecisionDefinitionResourceImpl;

/**
 * {@code /engine-rest/decision-definition} of the default engine: Camunda's API, with the decisions evaluated by key
 * through {@link LatestDecisionDefinitionResource}. Built with the engine it is given: Camunda's service looks the
 * engine up through a {@code ServiceLoader} on every request, which scans the class path's service files; here that
 * happens only for the list and count operations, which are Camunda's own service.
 */
public class LatestDecisionDefinitionRestService implements DecisionDefinitionRestService {

  private final ProcessEngine engine;
  private final LatestDecisionDefinitions latestDefinitions;
  private final String rootResourcePath;
  private final ObjectMapper objectMapper;

  LatestDecisionDefinitionRestService(ProcessEngine engine, LatestDecisionDefinitions latestDefinitions,
      String rootResourcePath, ObjectMapper objectMapper) {
    this.engine = engine;
    this.latestDefinitions = latestDefinitions;
    this.rootResourcePath = rootResourcePath;
    this.objectMapper = objectMapper;
  }

  /** Camunda's own service, for everything this class does not do differently. */
  private DecisionDefinitionRestServiceImpl camundas() {
    DecisionDefinitionRestServiceImpl service = new DecisionDefinitionRestServiceImpl(null, objectMapper);
    service.setRelativeRootResourceUri(rootResourcePath);
    return service;
  }

  @Override
  public DecisionDefinitionResource getDecisionDefinitionById(String decisionDefinitionId) {
    return new DecisionDefinitionResourceImpl(engine, decisionDefinitionId, rootResourcePath, objectMapper);
  }

  @Override
  public DecisionDefinitionResource getDecisionDefinitionByKey(String decisionDefinitionKey) {
    return new LatestDecisionDefinitionResource(engine, latestDefinitions, decisionDefinitionKey, null,
        rootResourcePath, objectMapper, () -> camundas().getDecisionDefinitionByKey(decisionDefinitionKey));
  }

  @Override
  public DecisionDefinitionResource getDecisionDefinitionByKeyAndTenantId(String decisionDefinitionKey,
      String tenantId) {
    return new LatestDecisionDefinitionResource(engine, latestDefinitions, decisionDefinitionKey, tenantId,
        rootResourcePath, objectMapper,
        () -> camundas().getDecisionDefinitionByKeyAndTenantId(decisionDefinitionKey, tenantId));
  }

  @Override
  public List<DecisionDefinitionDto> getDecisionDefinitions(UriInfo uriInfo, Integer firstResult,
      Integer maxResults) {
    return camundas().getDecisionDefinitions(uriInfo, firstResult, maxResults);
  }

  @Override
  public CountResultDto getDecisionDefinitionsCount(UriInfo uriInfo) {
    return camundas().getDecisionDefinitionsCount(uriInfo);
  }
}

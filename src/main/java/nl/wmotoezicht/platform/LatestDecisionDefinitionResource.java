package nl.wmotoezicht.platform;

import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.Response.Status;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.camunda.bpm.dmn.engine.DmnDecisionResult;
import org.camunda.bpm.dmn.engine.DmnEngineException;
import org.camunda.bpm.engine.AuthorizationException;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.exception.NotFoundException;
import org.camunda.bpm.engine.exception.NotValidException;
import org.camunda.bpm.engine.exception.NullValueException;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.rest.dto.HistoryTimeToLiveDto;
import org.camunda.bpm.engine.rest.dto.VariableValueDto;
import org.camunda.bpm.engine.rest.dto.dmn.EvaluateDecisionDto;
import org.camunda.bpm.engine.rest.dto.repository.DecisionDefinitionDiagramDto;
import org.camunda.bpm.engine.rest.dto.repository.DecisionDefinitionDto;
import org.camunda.bpm.engine.rest.exception.InvalidRequestException;
import org.camunda.bpm.engine.rest.exception.RestException;
import org.camunda.bpm.engine.rest.sub.repository.DecisionDefinitionResource;
import org.camunda.bpm.engine.rest.sub.repository.impl.DecisionDefinitionResourceImpl;

/**
 * {@code /decision-definition/key/{key}[/tenant-id/{tenant}]} of the default engine. Evaluating goes through
 * {@link EvaluateLatestDecisionCmd}: one command that checks the caller, finds the latest version and evaluates it,
 * where Camunda's resource first queries the definition and then evaluates it by id in a second command. The answers
 * are Camunda's: the same result body, 404 with Camunda's text when the caller may not see the definition, 403 without
 * CREATE_INSTANCE, and for the errors of an evaluation the statuses and texts of Camunda's
 * {@link DecisionDefinitionResourceImpl#evaluateDecision}. Every other operation on the key (the definition, its XML,
 * its diagram, its history time to live) is Camunda's own, after Camunda's own lookup ({@code latest}).
 */
public class LatestDecisionDefinitionResource extends DecisionDefinitionResourceImpl {

  private final LatestDecisionDefinitions latestDefinitions;
  private final String decisionKey;
  private final String tenantId;
  private final Supplier<DecisionDefinitionResource> latest;

  /**
   * @param latest Camunda's resource for the latest definition with this key, looked up by Camunda on use
   */
  LatestDecisionDefinitionResource(ProcessEngine engine, LatestDecisionDefinitions latestDefinitions, String decisionKey,
      String tenantId, String rootResourcePath, com.fasterxml.jackson.databind.ObjectMapper objectMapper,
      Supplier<DecisionDefinitionResource> latest) {
    super(engine, null, rootResourcePath, objectMapper);
    this.latestDefinitions = latestDefinitions;
    this.decisionKey = decisionKey;
    this.tenantId = tenantId;
    this.latest = latest;
  }

  @Override
  public List<Map<String, VariableValueDto>> evaluateDecision(UriInfo context, EvaluateDecisionDto parameters) {
    Map<String, Object> variables = VariableValueDto.toMap(parameters.getVariables(), engine, objectMapper);
    ProcessEngineConfigurationImpl configuration = (ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration();
    EvaluateLatestDecisionCmd command = new EvaluateLatestDecisionCmd(configuration.getCommandExecutorTxRequired(),
        latestDefinitions, decisionKey, tenantId, variables);
    DmnDecisionResult result;
    try {
      result = configuration.getCommandExecutorTxRequired().execute(command);
    } catch (EvaluateLatestDecisionCmd.NoVisibleDefinition e) {
      throw new RestException(Status.NOT_FOUND, e.getMessage());
    } catch (AuthorizationException e) {
      throw e;
    } catch (NotFoundException e) {
      throw new InvalidRequestException(Status.NOT_FOUND, e, cannotEvaluate(command, e));
    } catch (NotValidException | NullValueException e) {
      // Camunda's evaluation builder turns a NullValueException of the command into a NotValidException
      throw new InvalidRequestException(Status.BAD_REQUEST, e, cannotEvaluate(command, e));
    } catch (ProcessEngineException | DmnEngineException e) {
      throw new RestException(Status.INTERNAL_SERVER_ERROR, e, cannotEvaluate(command, e));
    }
    return createDecisionResultDto(result);
  }

  private static String cannotEvaluate(EvaluateLatestDecisionCmd command, Exception e) {
    return String.format("Cannot evaluate decision %s: %s", command.evaluatedDefinitionId(), e.getMessage());
  }

  @Override
  public DecisionDefinitionDto getDecisionDefinition() {
    return latest.get().getDecisionDefinition();
  }

  @Override
  public DecisionDefinitionDiagramDto getDecisionDefinitionDmnXml() {
    return latest.get().getDecisionDefinitionDmnXml();
  }

  @Override
  public Response getDecisionDefinitionDiagram() {
    return latest.get().getDecisionDefinitionDiagram();
  }

  @Override
  public void updateHistoryTimeToLive(HistoryTimeToLiveDto historyTimeToLiveDto) {
    latest.get().updateHistoryTimeToLive(historyTimeToLiveDto);
  }
}

package nl.wmotoezicht.casefile;

import java.util.Collection;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.BaseElement;
import org.camunda.bpm.model.bpmn.instance.ExtensionElements;
import org.camunda.bpm.model.bpmn.instance.camunda.CamundaProperties;
import org.camunda.bpm.model.bpmn.instance.camunda.CamundaProperty;
import org.springframework.stereotype.Component;

/**
 * Reads the legal basis of a dated element from its model: the extension property
 * {@code <camunda:property name="legalBasis" value="art. 7:10 Awb"/>} on a user task or timer event.
 * Process owners keep it in Camunda Modeler (Properties panel → Extension properties).
 */
@Component
class LegalBasis {

  static final String PROPERTY = "legalBasis";

  private final RepositoryService repositoryService;

  LegalBasis(RepositoryService repositoryService) {
    this.repositoryService = repositoryService;
  }

  /** The element's legal basis, or null when the model names none. Models come from the engine's cache. */
  String of(String processDefinitionId, String activityId) {
    if (processDefinitionId == null || activityId == null) {
      return null;
    }
    BpmnModelInstance model = repositoryService.getBpmnModelInstance(processDefinitionId);
    if (model == null || !(model.getModelElementById(activityId) instanceof BaseElement element)) {
      return null;
    }
    ExtensionElements extensions = element.getExtensionElements();
    if (extensions == null) {
      return null;
    }
    for (CamundaProperties properties : extensions.getChildElementsByType(CamundaProperties.class)) {
      Collection<CamundaProperty> list = properties.getCamundaProperties();
      for (CamundaProperty property : list) {
        if (PROPERTY.equals(property.getCamundaName())) {
          return property.getCamundaValue();
        }
      }
    }
    return null;
  }
}

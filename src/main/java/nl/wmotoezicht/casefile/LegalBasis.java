package nl.wmotoezicht.casefile;

import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
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

  /**
   * A timer that fires at the start of the day after the last day of a term names that term with
   * {@code <camunda:property name="lastDayOf" value="Begunstigingstermijn"/>}: overviews then show the last day,
   * labelled as such, never the day after (docs/dwangsom-recht.md, "One date, one meaning").
   */
  static final String LAST_DAY_OF = "lastDayOf";

  /** The element's legal basis, or null when the model names none. Models come from the engine's cache. */
  String of(String processDefinitionId, String activityId) {
    return reading().of(processDefinitionId, activityId);
  }

  /** The term whose last day the timer marks (see {@link #LAST_DAY_OF}), or null. */
  String lastDayOf(String processDefinitionId, String activityId) {
    return reading().lastDayOf(processDefinitionId, activityId);
  }

  /**
   * A reading of many dated elements at once (the Termijnenoverzicht: every open task and timer of every running case
   * the caller may see). Each model is asked of the engine once, and each element's properties are read once. Asking
   * the engine costs a command with its own transaction and a {@code SELECT} of the definition even when the model is
   * cached: one per task made the overview of a region (12,000 cases, 50,000 open tasks) send 50,000 statements
   * ({@code bench/RESULTS-w8-cockpit.md}). Not shared between requests or threads: a model deployed meanwhile is seen by
   * the next reading.
   */
  Reading reading() {
    return new Reading();
  }

  /** See {@link #reading()}. */
  final class Reading {

    private final Map<String, Optional<BpmnModelInstance>> models = new HashMap<>();
    /** Per property name, definition and element: its value (keys not concatenated: a region reads 50,000). */
    private final Map<String, Map<String, Map<String, Optional<String>>>> properties = new HashMap<>();

    private Reading() {
    }

    /** The element's legal basis, or null when the model names none. */
    String of(String processDefinitionId, String activityId) {
      return property(processDefinitionId, activityId, PROPERTY);
    }

    /** The term whose last day the timer marks (see {@link #LAST_DAY_OF}), or null. */
    String lastDayOf(String processDefinitionId, String activityId) {
      return property(processDefinitionId, activityId, LAST_DAY_OF);
    }

    /** The definition's model, or null when there is none. */
    BpmnModelInstance model(String processDefinitionId) {
      return models.computeIfAbsent(processDefinitionId,
          id -> Optional.ofNullable(repositoryService.getBpmnModelInstance(id))).orElse(null);
    }

    private String property(String processDefinitionId, String activityId, String name) {
      if (processDefinitionId == null || activityId == null) {
        return null;
      }
      return properties.computeIfAbsent(name, n -> new HashMap<>())
          .computeIfAbsent(processDefinitionId, id -> new HashMap<>())
          .computeIfAbsent(activityId, id -> Optional.ofNullable(read(model(processDefinitionId), id, name)))
          .orElse(null);
    }
  }

  private static String read(BpmnModelInstance model, String activityId, String name) {
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
        if (name.equals(property.getCamundaName())) {
          return property.getCamundaValue();
        }
      }
    }
    return null;
  }
}

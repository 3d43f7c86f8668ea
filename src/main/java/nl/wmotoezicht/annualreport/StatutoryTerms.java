package nl.wmotoezicht.annualreport;

import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import nl.wmotoezicht.terms.NamedTerm;
import nl.wmotoezicht.terms.Termijnen;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.Process;
import org.camunda.bpm.model.bpmn.instance.UserTask;
import org.camunda.bpm.model.bpmn.instance.camunda.CamundaProperties;
import org.camunda.bpm.model.bpmn.instance.camunda.CamundaProperty;
import org.camunda.bpm.model.xml.instance.ModelElementInstance;
import org.springframework.stereotype.Component;

/**
 * The user tasks whose due date is a statutory term, read from the deployed models and {@code terms/termijnen.yaml}
 * ({@code kind: wettelijk}); every other task with a due date has a customary term. A task's term is the one its due
 * date names ({@code camunda:dueDate="${terms.end(liftingRequestedOn, termijnen.beslissenOpAanvraag)}"}) or, when the
 * due date is a day the process computed ({@code ${terms.dueOn(decideBy)}}), the one the task names in its property
 * {@value #TERM_PROPERTY} ({@code <camunda:property name="termijn" value="beslissenOpBezwaar"/>}). A process owner who
 * adds a statutory term to the yaml and a model that uses it gets it counted without a change in Java.
 */
@Component
class StatutoryTerms {

  /** The model property naming the term a computed date rests on, as on the timers of the template "Wettelijke termijn". */
  static final String TERM_PROPERTY = "termijn";

  private static final Pattern TERM_IN_EXPRESSION = Pattern.compile("termijnen\\.([a-z][A-Za-z0-9]*)");

  private final RepositoryService repository;
  private final Termijnen termijnen;
  /** The statutory tasks by process definition id (immutable once deployed). */
  private final Map<String, Set<String>> byDefinition = new ConcurrentHashMap<>();

  StatutoryTerms(RepositoryService repository, Termijnen termijnen) {
    this.repository = repository;
    this.termijnen = termijnen;
  }

  /**
   * {@code processKey:taskId} of every statutory task in the latest version of each deployed process. The latest
   * versions are read every time (a new deployment counts at once); a version's tasks are read from its model once,
   * because a deployed definition never changes and the terms are fixed at start-up (without this every report read
   * the definition and its authorization again per process: 30 of its 51 statements, issue 16, wave 9).
   */
  Set<String> tasks() {
    Set<String> tasks = new HashSet<>();
    for (ProcessDefinition definition : repository.createProcessDefinitionQuery().latestVersion().list()) {
      tasks.addAll(byDefinition.computeIfAbsent(definition.getId(),
          id -> Set.copyOf(of(termijnen, definition.getKey(), repository.getBpmnModelInstance(id)))));
    }
    return tasks;
  }

  /** {@code processKey:taskId} of the user tasks of that process in the model whose due date is a statutory term. */
  static Set<String> of(Map<String, NamedTerm> terms, String processKey, BpmnModelInstance model) {
    Set<String> tasks = new HashSet<>();
    for (UserTask task : model.getModelElementsByType(UserTask.class)) {
      String dueDate = task.getCamundaDueDate();
      if (dueDate != null && !dueDate.isBlank() && processKey.equals(processOf(task))
          && namesStatutoryTerm(terms, dueDate, termProperty(task))) {
        tasks.add(processKey + ":" + task.getId());
      }
    }
    return tasks;
  }

  private static boolean namesStatutoryTerm(Map<String, NamedTerm> terms, String dueDate, String property) {
    Set<String> named = new HashSet<>();
    Matcher matcher = TERM_IN_EXPRESSION.matcher(dueDate);
    while (matcher.find()) {
      named.add(matcher.group(1));
    }
    if (property != null) {
      named.add(property);
    }
    return named.stream().filter(terms::containsKey).map(terms::get).anyMatch(NamedTerm::statutory);
  }

  private static String termProperty(UserTask task) {
    if (task.getExtensionElements() == null) {
      return null;
    }
    return task.getExtensionElements().getElementsQuery().filterByType(CamundaProperties.class).list().stream()
        .flatMap(p -> p.getCamundaProperties().stream()).filter(p -> TERM_PROPERTY.equals(p.getCamundaName()))
        .map(CamundaProperty::getCamundaValue).findFirst().orElse(null);
  }

  private static String processOf(ModelElementInstance element) {
    ModelElementInstance parent = element.getParentElement();
    while (parent != null && !(parent instanceof Process)) {
      parent = parent.getParentElement();
    }
    return parent == null ? null : ((Process) parent).getId();
  }
}

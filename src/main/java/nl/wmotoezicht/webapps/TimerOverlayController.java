package nl.wmotoezicht.webapps;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import nl.wmotoezicht.kernel.EngineIdentity;
import nl.wmotoezicht.kernel.Problems;
import nl.wmotoezicht.terms.NamedTerm;
import nl.wmotoezicht.terms.Termijnen;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.management.JobDefinition;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.BaseElement;
import org.camunda.bpm.model.bpmn.instance.Documentation;
import org.camunda.bpm.model.bpmn.instance.ExtensionElements;
import org.camunda.bpm.model.bpmn.instance.camunda.CamundaProperties;
import org.camunda.bpm.model.bpmn.instance.camunda.CamundaProperty;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/**
 * The waiting timers of one process instance for Cockpit's diagram (the overlay {@code app/cockpit/scripts/wmo/
 * timers.js}): per timer event its date the Dutch way and the legal basis the model gives it
 * ({@code <camunda:property name="legalBasis">}, kept by process owners in Camunda Modeler) or, for a timer whose
 * date is a named term ({@code <camunda:property name="termijn">}, element template {@code wettelijkeTermijn}), the
 * basis and meaning {@code terms/termijnen.yaml} gives that term. The caller must be
 * allowed to read the instance (the engine's authorization and tenant checks, with the caller's own rights);
 * an instance she may not read is answered as unknown.
 */
@RestController
@Tag(name = "Termijnen")
class TimerOverlayController {

  /** The model property with the article a dated element rests on (as the Termijnenoverzicht reads it). */
  static final String LEGAL_BASIS = "legalBasis";
  /** A timer at 00:00 after the last day of a term names that term: the overlay shows the last day. */
  static final String LAST_DAY_OF = "lastDayOf";
  /** The named term a timer's date is computed from (element template {@code nl.wmotoezicht.wettelijkeTermijn}). */
  static final String TERM = "termijn";

  private static final ZoneId ZONE = ZoneId.of("Europe/Amsterdam");
  private static final Locale DUTCH = Locale.forLanguageTag("nl-NL");
  private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMMM yyyy", DUTCH);
  private static final DateTimeFormatter MOMENT = DateTimeFormatter.ofPattern("d MMMM yyyy 'om' HH:mm", DUTCH);

  private final RuntimeService runtime;
  private final ManagementService management;
  private final RepositoryService repository;
  private final IdentityService identity;
  private final Termijnen termijnen;

  TimerOverlayController(RuntimeService runtime, ManagementService management, RepositoryService repository,
      IdentityService identity, Termijnen termijnen) {
    this.termijnen = termijnen;
    this.runtime = runtime;
    this.management = management;
    this.repository = repository;
    this.identity = identity;
  }

  /**
   * A waiting timer.
   *
   * @param activityId the timer event in the model (where the overlay goes)
   * @param name       the event's Dutch name
   * @param dueAt      the moment the timer fires
   * @param date       when, in Dutch: the moment, or for a timer after the last day of a term that last day
   * @param legalBasis the article the date rests on; null when the model names none
   * @param documentation the event's documentation in the model, if any
   */
  record WaitingTimer(String activityId, String name, Instant dueAt, String date, String legalBasis,
      String documentation) {
  }

  @Operation(summary = "Wachtende timers van een procesinstantie, met datum en wettelijke grondslag",
      description = "Voor de diagramweergave in Cockpit. Alleen voor wie de procesinstantie mag inzien.")
  @GetMapping("/api/process-instances/{processInstanceId}/timers")
  ResponseEntity<?> timers(@PathVariable String processInstanceId) {
    ProcessInstance instance = runtime.createProcessInstanceQuery().processInstanceId(processInstanceId)
        .singleResult();
    if (instance == null) {
      return Problems.answer(HttpStatus.NOT_FOUND, "procesinstantie-onbekend", "Procesinstantie niet gevonden",
          "Procesinstantie " + processInstanceId + " loopt niet (meer) of u heeft er geen toegang toe.");
    }
    // the caller may read the instance: its timers and model are read as the system
    return ResponseEntity.ok(EngineIdentity.asSystem(identity, () -> waiting(instance)));
  }

  private List<WaitingTimer> waiting(ProcessInstance instance) {
    BpmnModelInstance model = repository.getBpmnModelInstance(instance.getProcessDefinitionId());
    Map<String, String> activities = new HashMap<>();
    List<WaitingTimer> timers = new ArrayList<>();
    for (Job job : management.createJobQuery().processInstanceId(instance.getId()).timers().list()) {
      if (job.getDuedate() == null || job.getJobDefinitionId() == null) {
        continue;
      }
      String activityId = activities.computeIfAbsent(job.getJobDefinitionId(), this::activityOf);
      if (activityId == null || !(model.getModelElementById(activityId) instanceof BaseElement element)) {
        continue;
      }
      Instant dueAt = job.getDuedate().toInstant();
      String lastDayOf = property(element, LAST_DAY_OF);
      String date = lastDayOf != null
          ? "laatste dag " + lastDayOf.toLowerCase(DUTCH) + ": "
              + DAY.format(LocalDate.ofInstant(dueAt, ZONE).minusDays(1))
          : MOMENT.format(dueAt.atZone(ZONE));
      String name = element.getAttributeValue("name");
      String termName = property(element, TERM);
      NamedTerm term = termName != null && termijnen.containsKey(termName) ? termijnen.term(termName) : null;
      String basis = property(element, LEGAL_BASIS);
      String documentation = documentation(element);
      timers.add(new WaitingTimer(activityId, name == null || name.isBlank() ? activityId : name, dueAt, date,
          basis != null ? basis : term == null ? null : term.basis(),
          documentation != null ? documentation : term == null ? null : term.meaning()));
    }
    // the job query has no order: two timers due at the same moment are listed by activity, the same every time
    timers.sort(Comparator.comparing(WaitingTimer::dueAt).thenComparing(WaitingTimer::activityId));
    return timers;
  }

  private String activityOf(String jobDefinitionId) {
    JobDefinition definition = management.createJobDefinitionQuery().jobDefinitionId(jobDefinitionId)
        .singleResult();
    return definition == null ? null : definition.getActivityId();
  }

  private static String property(BaseElement element, String name) {
    ExtensionElements extensions = element.getExtensionElements();
    if (extensions == null) {
      return null;
    }
    for (CamundaProperties properties : extensions.getChildElementsByType(CamundaProperties.class)) {
      for (CamundaProperty property : properties.getCamundaProperties()) {
        if (name.equals(property.getCamundaName())) {
          return property.getCamundaValue();
        }
      }
    }
    return null;
  }

  private static String documentation(BaseElement element) {
    return element.getDocumentations().stream().map(Documentation::getTextContent).filter(t -> t != null
        && !t.isBlank()).map(String::strip).findFirst().orElse(null);
  }
}

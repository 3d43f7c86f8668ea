package nl.wmotoezicht.casefile;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.Date;
import java.util.List;
import nl.wmotoezicht.cases.CaseVisibility;
import nl.wmotoezicht.kernel.Problems;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Where a case stands, for the system that reported it and for users. Only cases the caller may
 * see are found ({@link CaseVisibility}: the case's municipality and its own instances).
 */
@RestController
@RequestMapping("/api/cases")
@Tag(name = "Zaken")
class CaseController {

  private final CaseVisibility visibility;
  private final TaskService taskService;
  private final DeadlineService deadlineService;
  private final List<CaseFlagSource> flagSources;

  CaseController(CaseVisibility visibility, TaskService taskService, DeadlineService deadlineService,
      List<CaseFlagSource> flagSources) {
    this.visibility = visibility;
    this.taskService = taskService;
    this.deadlineService = deadlineService;
    this.flagSources = flagSources;
  }

  /**
   * A case's state.
   *
   * @param caseNumber the case number
   * @param process the process key
   * @param municipalityCode the municipality (tenant) it belongs to
   * @param state ACTIVE, COMPLETED, EXTERNALLY_TERMINATED, …
   * @param started when it started
   * @param ended when it ended, if it did
   * @param openTasks the tasks waiting for someone
   * @param nextDeadline the case's earliest date (task due date, timer or verjaring) with its legal basis;
   *     null when none
   * @param flags what staff must notice about the case (e.g. a calamity reported late), from {@link CaseFlagSource}s
   * @param processes every process instance of the case (e.g. an investigation and its publication), each with its
   *     own status; {@code state} above is that of the first, the process that drew the number
   */
  record CaseStatus(String caseNumber, String process, String municipalityCode, String state, Date started,
      Date ended, List<OpenTask> openTasks, Deadline nextDeadline, List<CaseFlagSource.CaseFlag> flags,
      List<CaseHistoryController.ProcessStatus> processes) {
  }

  /** An open task of a case. */
  record OpenTask(String name, String taskDefinitionKey, Date due) {
  }

  @Operation(summary = "Stand van een zaak")
  @GetMapping("/{caseNumber}")
  ResponseEntity<?> get(@PathVariable String caseNumber) {
    List<HistoricProcessInstance> instances = visibility.instancesOf(caseNumber);
    if (instances.isEmpty()) {
      return Problems.unknownCase(caseNumber);
    }
    HistoricProcessInstance instance = instances.get(0);
    List<OpenTask> tasks = taskService.createTaskQuery().processInstanceId(instance.getId()).orderByDueDate().asc()
        .list().stream().map(t -> new OpenTask(t.getName(), t.getTaskDefinitionKey(), t.getDueDate())).toList();
    List<Deadline> deadlines = deadlineService.forInstances(List.of(instance));
    return ResponseEntity.ok(new CaseStatus(caseNumber, instance.getProcessDefinitionKey(), instance.getTenantId(),
        instance.getState(), instance.getStartTime(), instance.getEndTime(), tasks,
        deadlines.isEmpty() ? null : deadlines.get(0),
        flagSources.stream().flatMap(source -> source.flagsOf(instance).stream()).toList(),
        instances.stream().map(CaseHistoryController.ProcessStatus::of).toList()));
  }
}

package nl.wmotoezicht.webapps;

import static nl.wmotoezicht.testsupport.ProcessTestSupport.setClock;
import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Collection;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import nl.wmotoezicht.dwangsom.DwangsomProcess;
import nl.wmotoezicht.kernel.CaseVariables;
import nl.wmotoezicht.kernel.ProviderVariables;
import nl.wmotoezicht.kernel.TaskListColumns;
import nl.wmotoezicht.testsupport.EngineStatements;
import nl.wmotoezicht.testsupport.ProcessScenario;
import nl.wmotoezicht.testsupport.TestProvider;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.history.HistoricVariableUpdate;
import org.camunda.bpm.engine.impl.db.ListQueryParameterObject;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The task lists' case columns ({@link TaskListVariables}) on the step a due begunstigingstermijn takes: the timer
 * creates *Hercontrole*, which carries the columns, and the new task's (absent) variables are not read from the
 * database first (issue 16, P3: that read was one query per due timer), and of the case's variables only the two the
 * columns show are read.
 */
@ProcessScenario
class TaskListVariablesTest {

  private static final DateTimeFormatter DUTCH_DATE = DateTimeFormatter.ofPattern("d-M-yyyy");

  @Autowired ProcessEngine engine;
  @Autowired RuntimeService runtime;
  @Autowired TaskService tasks;
  @Autowired ManagementService management;
  @Autowired HistoryService history;
  @Autowired RepositoryService repository;

  @BeforeEach
  void recordStatements() {
    EngineStatements.installOn(engine.getProcessEngineConfiguration());
  }

  /** A last in force (as bench P3 starts it), its begunstigingstermijn ending on 1 December 2026. */
  private ProcessInstance lastInForce() {
    Map<String, Object> variables = new HashMap<>();
    CaseVariables.MUNICIPALITY_CODE.put(variables, "GM0917");
    CaseVariables.MUNICIPALITY_NAME.put(variables, "Heerlen");
    TestProvider.ZORG_THUIS_ZUID.into(variables);
    DwangsomProcess.Variables.SANCTION_TYPE.put(variables, "dwangsom");
    DwangsomProcess.Variables.COMPLIANCE_DEADLINE.put(variables, "2026-12-01");
    return runtime.createProcessInstanceByKey(DwangsomProcess.KEY)
        .businessKey("LOD-TEST-" + UUID.randomUUID().toString().substring(0, 8)).setVariables(variables)
        .startBeforeActivity("SubProcess_LastInForce").execute();
  }

  @Test
  void theDueTimerCreatesHercontroleWithItsColumnsWithoutReadingTheNewTasksVariables() throws Exception {
    ProcessInstance pi = lastInForce();
    assertThat(pi).isWaitingAt(DwangsomProcess.Elements.COMPLIANCE_TERM_ENDED);
    Job timer = management.createJobQuery().processInstanceId(pi.getId()).timers()
        .activityId(DwangsomProcess.Elements.COMPLIANCE_TERM_ENDED).singleResult();

    setClock("2026-12-02T09:00");
    List<EngineStatements.Statement> statements =
        EngineStatements.withParametersOnThisThread(() -> management.executeJob(timer.getId()));

    assertThat(pi).isWaitingAt(DwangsomProcess.Elements.RECHECK);
    Task recheck = task(DwangsomProcess.Elements.RECHECK, pi);
    assertThat(statements).extracting(EngineStatements.Statement::id).as("statements of the timer job").isNotEmpty()
        .noneMatch(id -> id.endsWith(".selectVariablesByTaskId"));
    assertThat(statements).filteredOn(s -> s.id().endsWith(".selectVariablesByExecutionId"))
        .as("the case's variables are read by name, not all of them (the due date's ${terms...} reads none)")
        .isNotEmpty()
        .allSatisfy(s -> assertThat(variableNames(s)).as(s.id()).isNotNull()
            .isSubsetOf(CaseVariables.MUNICIPALITY_NAME.name(), ProviderVariables.PROVIDER_NAME.name()));
    assertThat(tasks.getVariablesLocal(recheck.getId())).containsExactlyInAnyOrderEntriesOf(Map.of(
        TaskListColumns.CASE_NUMBER.name(), pi.getBusinessKey(),
        TaskListColumns.MUNICIPALITY.name(), "Heerlen",
        TaskListColumns.PROVIDER.name(), TestProvider.ZORG_THUIS_ZUID.name(),
        TaskListColumns.TERM_END.name(), dutch(recheck.getDueDate())));
    assertThat(writesPerVariable(recheck.getId())).as("history of the task's variables")
        .containsOnlyKeys(TaskListColumns.CASE_NUMBER.name(), TaskListColumns.MUNICIPALITY.name(),
            TaskListColumns.PROVIDER.name(), TaskListColumns.TERM_END.name())
        .allSatisfy((name, writes) -> assertThat(writes).as(name).isEqualTo(1L));
  }

  @Test
  void aNewDueDateMovesTheTermColumnOnAnExistingTask() {
    ProcessInstance pi = lastInForce();
    setClock("2026-12-02T09:00");
    management.executeJob(management.createJobQuery().processInstanceId(pi.getId()).timers().singleResult().getId());
    Task recheck = task(DwangsomProcess.Elements.RECHECK, pi);
    Date later = Date.from(recheck.getDueDate().toInstant().plusSeconds(7 * 24 * 3600));

    recheck.setDueDate(later);
    tasks.saveTask(recheck);

    assertThat(tasks.getVariableLocal(recheck.getId(), TaskListColumns.TERM_END.name())).isEqualTo(dutch(later));
    assertThat(tasks.getVariableLocal(recheck.getId(), TaskListColumns.CASE_NUMBER.name())).isEqualTo(pi.getBusinessKey());
    assertThat(writesPerVariable(recheck.getId())).containsEntry(TaskListColumns.TERM_END.name(), 2L)
        .containsEntry(TaskListColumns.CASE_NUMBER.name(), 1L);
  }

  /**
   * A model's own create listener that writes a task-local variable runs before the columns' listener: both
   * variables are there, each written once.
   */
  @Test
  void aTaskLocalVariableOfTheModelsOwnCreateListenerStays() {
    String deployment = repository.createDeployment().name("test-own-create-listener")
        .addModelInstance("ownCreateListener.bpmn", Bpmn.createExecutableProcess("testOwnCreateListener")
            .camundaHistoryTimeToLive(1)
            .startEvent()
            .userTask("Task_Own").camundaCandidateGroups("toezichthouders")
                .camundaTaskListenerExpression("create", "${task.setVariableLocal('ownNote', 'van het model')}")
            .endEvent()
            .done())
        .deploy().getId();
    try {
      ProcessInstance pi = runtime.startProcessInstanceByKey("testOwnCreateListener", "OWN-1");
      Task own = task("Task_Own", pi);

      assertThat(tasks.getVariablesLocal(own.getId())).containsExactlyInAnyOrderEntriesOf(Map.of(
          "ownNote", "van het model", TaskListColumns.CASE_NUMBER.name(), "OWN-1"));
      assertThat(writesPerVariable(own.getId())).containsOnlyKeys("ownNote", TaskListColumns.CASE_NUMBER.name())
          .allSatisfy((name, writes) -> assertThat(writes).as(name).isEqualTo(1L));
    } finally {
      repository.deleteDeployment(deployment, true);
    }
  }

  /** The names a variable read was restricted to, or null when it read all variables of the scope. */
  @SuppressWarnings("unchecked")
  private static Collection<String> variableNames(EngineStatements.Statement statement) {
    Object parameter = statement.parameter() instanceof ListQueryParameterObject list ? list.getParameter()
        : statement.parameter();
    return parameter instanceof Map<?, ?> map ? (Collection<String>) map.get("variableNames") : null;
  }

  private Map<String, Long> writesPerVariable(String taskId) {
    return history.createHistoricDetailQuery().taskId(taskId).variableUpdates().list().stream()
        .collect(Collectors.groupingBy(d -> ((HistoricVariableUpdate) d).getVariableName(), Collectors.counting()));
  }

  private static String dutch(Date date) {
    return DUTCH_DATE.format(date.toInstant().atZone(ZoneId.of("Europe/Amsterdam")));
  }
}

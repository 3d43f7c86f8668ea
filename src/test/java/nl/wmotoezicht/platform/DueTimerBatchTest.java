package nl.wmotoezicht.platform;

import static nl.wmotoezicht.testsupport.ProcessTestSupport.setClock;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import nl.wmotoezicht.kernel.CaseVariables;
import nl.wmotoezicht.kernel.ProviderVariables;
import nl.wmotoezicht.kernel.TaskListColumns;
import nl.wmotoezicht.testsupport.EngineStatements;
import nl.wmotoezicht.testsupport.ProcessScenario;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.ProcessEngineImpl;
import org.camunda.bpm.engine.impl.history.event.HistoricActivityInstanceEventEntity;
import org.camunda.bpm.engine.impl.history.event.HistoryEvent;
import org.camunda.bpm.engine.impl.history.handler.HistoryEventHandler;
import org.camunda.bpm.engine.impl.db.ListQueryParameterObject;
import org.camunda.bpm.engine.impl.incident.DefaultIncidentHandler;
import org.camunda.bpm.engine.impl.incident.IncidentHandler;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.jobexecutor.AcquiredJobs;
import org.camunda.bpm.engine.impl.jobexecutor.JobExecutor;
import org.camunda.bpm.engine.history.HistoricIncident;
import org.camunda.bpm.engine.runtime.Incident;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.builder.IntermediateCatchEventBuilder;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.task.TaskExecutor;
import org.springframework.core.task.TaskRejectedException;

/**
 * Due timers moved on together ({@link BatchingJobExecutor#runTogether}, {@link ExecuteDueTimersCmd}): what runs in
 * the one transaction, what runs alone, and that a failing timer leaves every case of its batch as it was, so each
 * runs again alone with Camunda's own retries and failure log.
 */
@ProcessScenario
class DueTimerBatchTest {

  private static final String NEXT_YEAR = "2027-12-31T00:00:00";

  @Autowired ProcessEngine engine;
  @Autowired RepositoryService repository;
  @Autowired RuntimeService runtime;
  @Autowired ManagementService management;
  @Autowired HistoryService history;
  @Autowired TaskService tasks;

  private final List<String> deployments = new ArrayList<>();

  @BeforeEach
  void deployTestModels() {
    deploy("testDueTimer", Bpmn.createExecutableProcess("testDueTimer").camundaHistoryTimeToLive(1)
        .startEvent()
        .intermediateCatchEvent("Timer_Due").timerWithDuration("PT1H")
        .userTask("Task_Next").camundaCandidateGroups("toezichthouders").camundaDueDate("${due}")
        .endEvent()
        .done());
    deploy("testTwoTimers", Bpmn.createExecutableProcess("testTwoTimers").camundaHistoryTimeToLive(1)
        .startEvent()
        .parallelGateway("Gateway_Fork")
        .intermediateCatchEvent("Timer_A").timerWithDuration("PT1H")
        .userTask("Task_A").camundaCandidateGroups("toezichthouders")
        .endEvent()
        .moveToNode("Gateway_Fork")
        .intermediateCatchEvent("Timer_B").timerWithDuration("PT1H")
        .userTask("Task_B").camundaCandidateGroups("toezichthouders")
        .endEvent()
        .done());
    deploy("testTimerThenAsync", Bpmn.createExecutableProcess("testTimerThenAsync").camundaHistoryTimeToLive(1)
        .startEvent()
        .intermediateCatchEvent("Timer_BeforeAsync").timerWithDuration("PT1H")
        .userTask("Task_AfterAsync").camundaAsyncBefore().camundaCandidateGroups("toezichthouders")
        .endEvent()
        .done());
    // timers deep in a case's execution tree: an intermediate timer in a sub-process beside a waiting task, and a
    // boundary timer on a task in another sub-process
    deploy("testNestedTimers", Bpmn.createExecutableProcess("testNestedTimers").camundaHistoryTimeToLive(1)
        .startEvent()
        .parallelGateway("Gateway_Split")
        .subProcess("SubProcess_Term").embeddedSubProcess()
            .startEvent()
            .intermediateCatchEvent("Timer_Term").timerWithDuration("PT1H")
            .userTask("Task_Recheck").camundaCandidateGroups("toezichthouders")
            .endEvent()
        .subProcessDone()
        .endEvent()
        .moveToNode("Gateway_Split")
        .subProcess("SubProcess_Reply").embeddedSubProcess()
            .startEvent()
            .userTask("Task_Reply").camundaCandidateGroups("toezichthouders")
                .boundaryEvent("Timer_Reply").timerWithDuration("PT2H")
                .userTask("Task_Remind").camundaCandidateGroups("toezichthouders")
                .endEvent()
            .moveToActivity("Task_Reply")
            .endEvent()
        .subProcessDone()
        .endEvent()
        .done());
    // the task lists' columns read the case's municipality and provider by name (webapps/TaskListVariables); in the
    // second model the timer's own output mapping changes the provider in the same transaction
    for (boolean changes : new boolean[] {false, true}) {
      String key = changes ? "testColumnsChanged" : "testColumns";
      IntermediateCatchEventBuilder timer = Bpmn.createExecutableProcess(key).camundaHistoryTimeToLive(1)
          .startEvent()
          .subProcess().embeddedSubProcess()
              .startEvent()
              .intermediateCatchEvent("Timer_Columns").timerWithDuration("PT1H");
      if (changes) {
        timer.camundaOutputParameter(ProviderVariables.PROVIDER_NAME.name(), "Nieuwe naam");
      }
      deploy(key, timer
              .userTask("Task_Columns").camundaCandidateGroups("toezichthouders")
              .endEvent()
          .subProcessDone()
          .endEvent()
          .done());
    }
    deploy("testAsync", Bpmn.createExecutableProcess("testAsync").camundaHistoryTimeToLive(1)
        .startEvent()
        .userTask("Task_Async").camundaAsyncBefore().camundaCandidateGroups("toezichthouders")
        .endEvent()
        .done());
  }

  @AfterEach
  void undeploy() {
    deployments.forEach(id -> repository.deleteDeployment(id, true));
  }

  @Test
  void dueTimersOfSeveralCasesAllMoveOnTogether() {
    List<ProcessInstance> cases = List.of(waiting(NEXT_YEAR), waiting(NEXT_YEAR), waiting(NEXT_YEAR));
    List<String> timers = cases.stream().map(this::timerOf).toList();
    setClock("2026-11-23T11:30");

    List<String> alone = BatchingJobExecutor.runTogether(timers, configuration());

    assertThat(alone).as("jobs left to run alone").isEmpty();
    cases.forEach(pi -> {
      assertThat(pi).isWaitingAt("Task_Next").variables().containsEntry("due", NEXT_YEAR);
      assertThat(management.createJobQuery().processInstanceId(pi.getId()).count()).isZero();
    });
    timers.forEach(id -> assertThat(history.createHistoricJobLogQuery().jobId(id).successLog().count())
        .as("success in the job log of %s", id).isEqualTo(1));
  }

  @Test
  void aFailingTimerLeavesEveryCaseOfItsBatchAsItWasAndEachRunsAloneWithCamundasRetries() {
    ProcessInstance first = waiting(NEXT_YEAR);
    ProcessInstance failing = waiting("geen datum"); // the task's due date cannot be read: the job throws
    ProcessInstance third = waiting(NEXT_YEAR);
    List<String> timers = List.of(timerOf(first), timerOf(failing), timerOf(third));
    setClock("2026-11-23T11:30");

    List<String> alone = BatchingJobExecutor.runTogether(timers, configuration());

    assertThat(history.createHistoricJobLogQuery().successLog().jobId(timers.get(0)).count()).isZero();
    eachRunsAloneAfterTheRollback(List.of(first, failing, third), timers, alone);
    assertOnlyTheSecondFailedOnce(List.of(first, failing, third), timers);
    assertThat(management.createJobQuery().jobId(timers.get(1)).singleResult().getExceptionMessage())
        .contains("due");
  }

  /**
   * An Error (a StackOverflowError in a script, a class that fails to load) rolls the batch back like an exception:
   * every job runs again alone, where Camunda counts the failing job's retries and writes its failure log. It used to
   * escape the worker, leaving every job of the batch locked without retries counted.
   */
  @Test
  void anErrorInOneTimerLeavesEveryCaseOfItsBatchToRunAloneWithCamundasRetries() {
    ProcessInstance first = waiting(NEXT_YEAR);
    ProcessInstance failing = waiting(NEXT_YEAR);
    ProcessInstance third = waiting(NEXT_YEAR);
    List<String> timers = List.of(timerOf(first), timerOf(failing), timerOf(third));
    setClock("2026-11-23T11:30");

    failingAtTheNextTask(failing, () -> {
      throw new StackOverflowError("test: too deep");
    }, () -> eachRunsAloneAfterTheRollback(List.of(first, failing, third), timers,
        BatchingJobExecutor.runTogether(timers, configuration())));

    assertOnlyTheSecondFailedOnce(List.of(first, failing, third), timers);
  }

  /**
   * The batch came back whole with every case as it was; then each job runs alone, as Camunda's runnable runs it (the
   * same ExecuteJobHelper path as ManagementService#executeJob), and the second one fails.
   */
  private void eachRunsAloneAfterTheRollback(List<ProcessInstance> cases, List<String> timers, List<String> alone) {
    assertThat(alone).as("the whole batch, to run alone").containsExactlyElementsOf(timers);
    cases.forEach(pi -> assertThat(pi).as("rolled back").isWaitingAt("Timer_Due"));
    management.executeJob(timers.get(0));
    assertThatThrownBy(() -> management.executeJob(timers.get(1)));
    management.executeJob(timers.get(2));
  }

  /** The first and third cases moved on; the second waits with Camunda's retries counted once and one failure log. */
  private void assertOnlyTheSecondFailedOnce(List<ProcessInstance> cases, List<String> timers) {
    assertThat(cases.get(0)).isWaitingAt("Task_Next");
    assertThat(cases.get(2)).isWaitingAt("Task_Next");
    assertThat(cases.get(1)).isWaitingAt("Timer_Due");
    assertThat(management.createJobQuery().jobId(timers.get(1)).singleResult().getRetries())
        .as("Camunda's retries, counted once").isEqualTo(2);
    assertThat(history.createHistoricJobLogQuery().jobId(timers.get(1)).failureLog().count()).isEqualTo(1);
  }

  /**
   * A timer that failed with an exception without message has failed all the same (Camunda keeps its stack trace):
   * it runs alone, so its next failure cannot roll back the cases of a batch.
   */
  @Test
  void aTimerThatFailedWithoutMessageRunsAlone() {
    ProcessInstance failedBefore = waiting(NEXT_YEAR);
    String failedTimer = timerOf(failedBefore);
    ProcessInstance plain = waiting(NEXT_YEAR);
    String plainTimer = timerOf(plain);
    setClock("2026-11-23T11:30");

    failingAtTheNextTask(failedBefore, DueTimerBatchTest::failWithoutMessage, () -> {
      assertThatThrownBy(() -> management.executeJob(failedTimer));
      Job failed = management.createJobQuery().jobId(failedTimer).singleResult();
      assertThat(failed.getExceptionMessage()).as("Camunda recorded the failure without message").isNull();
      assertThat(management.getJobExceptionStacktrace(failedTimer)).contains(IllegalStateException.class.getName());

      ExecuteDueTimersCmd.Outcome outcome = configuration().getCommandExecutorTxRequired()
          .execute(new ExecuteDueTimersCmd(List.of(failedTimer, plainTimer)));

      assertThat(outcome.executed()).containsExactly(plainTimer);
      assertThat(outcome.left()).containsExactly(failedTimer);
    });
    assertThat(plain).isWaitingAt("Task_Next");
    assertThat(failedBefore).isWaitingAt("Timer_Due");
  }

  @Test
  void onlyNeverFailedTimersOfDifferentCasesShareTheTransaction() {
    ProcessInstance two = runtime.startProcessInstanceByKey("testTwoTimers", "TWEE-1");
    List<String> twoTimers = management.createJobQuery().processInstanceId(two.getId()).timers()
        .orderByJobId().asc().list().stream().map(Job::getId).toList();
    ProcessInstance async = runtime.startProcessInstanceByKey("testAsync", "ASYNC-1");
    String asyncJob = management.createJobQuery().processInstanceId(async.getId()).singleResult().getId();
    ProcessInstance failedBefore = waiting("geen datum");
    String failedTimer = timerOf(failedBefore);
    ProcessInstance plain = waiting(NEXT_YEAR);
    String plainTimer = timerOf(plain);
    setClock("2026-11-23T11:30");
    assertThatThrownBy(() -> management.executeJob(failedTimer));

    List<String> batch = List.of(twoTimers.get(0), asyncJob, twoTimers.get(1), failedTimer, plainTimer);
    ExecuteDueTimersCmd.Outcome outcome = configuration().getCommandExecutorTxRequired()
        .execute(new ExecuteDueTimersCmd(batch));

    assertThat(outcome.executed()).containsExactly(twoTimers.get(0), plainTimer);
    assertThat(outcome.left()).as("a second job of one case, an asynchronous continuation, a timer that failed before")
        .containsExactly(asyncJob, twoTimers.get(1), failedTimer);
    assertThat(plain).isWaitingAt("Task_Next");
    assertThat(async).isWaitingAt("Task_Async");
    assertThat(management.createJobQuery().processInstanceId(two.getId()).count()).isEqualTo(1);
  }

  @Test
  void anAcquisitionHandsItsTimersToOneWorkerAndEveryOtherJobAsCamundaDoes() {
    setClock("1990-01-01T10:00"); // long before every other test's jobs: this acquisition sees only these
    List<ProcessInstance> cases = List.of(waiting(NEXT_YEAR), waiting(NEXT_YEAR), waiting(NEXT_YEAR));
    List<String> timers = cases.stream().map(this::timerOf).toList();
    ProcessInstance async = runtime.startProcessInstanceByKey("testAsync", "ASYNC-2");
    String asyncJob = management.createJobQuery().processInstanceId(async.getId()).singleResult().getId();
    ProcessInstance failedBefore = waiting(NEXT_YEAR);
    String failedTimer = timerOf(failedBefore);
    setClock("1990-01-01T11:30");
    failingAtTheNextTask(failedBefore, DueTimerBatchTest::failWithoutMessage,
        () -> assertThatThrownBy(() -> management.executeJob(failedTimer)));
    assertThat(management.createJobQuery().jobId(failedTimer).singleResult().getExceptionMessage())
        .as("failed, without message").isNull();
    setClock("1990-01-01T12:00");
    BatchingJobExecutor executor = new BatchingJobExecutor(10);

    AcquiredJobs acquired = configuration().getCommandExecutorTxRequired().execute(executor.getAcquireJobsCmd(10));
    List<List<String>> dispatched = executor.regroup(acquired);

    assertThat(dispatched).filteredOn(BatchingJobExecutor.DueJobBatch.class::isInstance).singleElement()
        .asInstanceOf(org.assertj.core.api.InstanceOfAssertFactories.list(String.class))
        .containsExactlyInAnyOrderElementsOf(timers);
    assertThat(dispatched).as("the asynchronous continuation, alone as Camunda hands it over")
        .contains(List.of(asyncJob));
    assertThat(dispatched).as("the timer that failed before (without message), alone as Camunda hands it over")
        .contains(List.of(failedTimer));
  }

  @Test
  void theAsynchronousJobsTheBatchCreatedRunNextAloneAsCamundasRunnableWouldRunThem() {
    List<ProcessInstance> cases = dueTimersBeforeAsyncSteps("FOLLOW", 2);
    List<String> timers = cases.stream().map(this::timerOf).toList();
    List<String> alone = new ArrayList<>();
    withRunningExecutor(task -> {
      throw new AssertionError("nothing to hand over");
    }, () -> alone.addAll(BatchingJobExecutor.runTogether(timers, configuration())));

    List<String> followUps = cases.stream()
        .map(pi -> management.createJobQuery().processInstanceId(pi.getId()).singleResult().getId()).toList();
    assertThat(alone).as("the continuations the timers created, next for this worker")
        .containsExactlyInAnyOrderElementsOf(followUps);
    alone.forEach(management::executeJob);
    cases.forEach(pi -> assertThat(pi).isWaitingAt("Task_AfterAsync"));
  }

  /**
   * Ten timers' continuations are ten cases' mail steps, each of which may wait on the mail server: the batch's worker
   * runs one case's, and hands each other case's to a free worker, as Camunda would have run each on its timer's
   * worker. A case's jobs stay together, in their order.
   */
  @Test
  void theContinuationsOfABatchRunPerCaseOnFreeWorkers() {
    List<ProcessInstance> cases = dueTimersBeforeAsyncSteps("SPREAD", 3);
    List<String> timers = cases.stream().map(this::timerOf).toList();
    List<Runnable> handedOver = new ArrayList<>();

    withRunningExecutor(handedOver::add, () -> batchRunnable(timers).run());

    assertThat(handedOver).as("one hand-over per other case").hasSize(2);
    assertThat(cases.stream().filter(pi -> management.createJobQuery().processInstanceId(pi.getId()).count() == 0))
        .as("cases this worker moved on").hasSize(1);
    withRunningExecutor(task -> {
      throw new AssertionError("a handed-over case's jobs run on their worker, not handed on");
    }, () -> handedOver.forEach(Runnable::run));
    cases.forEach(pi -> assertThat(pi).isWaitingAt("Task_AfterAsync"));
    cases.forEach(pi -> assertThat(management.createJobQuery().processInstanceId(pi.getId()).count()).isZero());
  }

  @Test
  void withEveryWorkerBusyTheBatchsWorkerRunsEveryContinuationItself() {
    List<ProcessInstance> cases = dueTimersBeforeAsyncSteps("BUSY", 2);
    List<String> timers = cases.stream().map(this::timerOf).toList();

    withRunningExecutor(task -> {
      throw new TaskRejectedException("every worker busy");
    }, () -> batchRunnable(timers).run());

    cases.forEach(pi -> assertThat(pi).isWaitingAt("Task_AfterAsync"));
  }

  @Test
  void jobsLeftAfterABatchAreGroupedPerCaseInTheirOrder() {
    assertThat(BatchingJobExecutor.perCase(List.of("a1", "b1", "a2", "gone", "c1", "b2"),
        Map.of("a1", "A", "a2", "A", "b1", "B", "b2", "B", "c1", "C")))
        .containsExactly(List.of("a1", "a2"), List.of("b1", "b2"), List.of("gone"), List.of("c1"));
  }

  /** Cases waiting at a timer that is due now, each followed by an asynchronous step (a mail step, in the models). */
  private List<ProcessInstance> dueTimersBeforeAsyncSteps(String businessKeyPrefix, int count) {
    List<ProcessInstance> cases = new ArrayList<>();
    for (int i = 1; i <= count; i++) {
      cases.add(runtime.startProcessInstanceByKey("testTimerThenAsync", businessKeyPrefix + "-" + i));
    }
    setClock("2026-11-23T11:30");
    return cases;
  }

  private Runnable batchRunnable(List<String> timers) {
    ProcessEngineImpl processEngine = (ProcessEngineImpl) engine;
    return ((BatchingJobExecutor) configuration().getJobExecutor()).getExecuteJobsRunnable(
        new BatchingJobExecutor.DueJobBatch(timers), processEngine);
  }

  /**
   * Runs the work with a job executor that says it runs, without threads of its own, whose workers are the given
   * task executor: Camunda queues a case's next exclusive job for the worker only while an executor runs (the
   * suite's is off).
   */
  private void withRunningExecutor(TaskExecutor workers, Runnable work) {
    JobExecutor suites = configuration().getJobExecutor();
    BatchingJobExecutor running = new BatchingJobExecutor(10) {
      @Override
      public boolean isActive() {
        return true;
      }
    };
    running.setTaskExecutor(workers);
    configuration().setJobExecutor(running);
    try {
      work.run();
    } finally {
      configuration().setJobExecutor(suites);
    }
  }

  /**
   * The batch reads its jobs, its cases' execution trees and their executions' jobs once for all cases, not job by job
   * as Camunda's command does, and each case still moves on from timers deep in its tree.
   *
   * <p>These cases hold no variables, and no variable is read at all, not even by the task lists' columns: Camunda
   * keeps in each execution's row which kinds of data it has ({@code CACHED_ENT_STATE_}) and starts the variable store
   * of an execution without variables empty when it loads the row ({@code ExecutionEntity.setCachedEntityState}). The
   * batch's read by name is walked by {@link #variablesReadByNameAreReadOnceForTheBatchAndAChangeInTheBatchWins}.
   */
  @Test
  void aBatchReadsItsJobsAndItsCasesOnceForAllCases() throws Exception {
    EngineStatements.installOn(engine.getProcessEngineConfiguration());
    List<ProcessInstance> cases = List.of(nested(), nested(), nested());
    setClock("2026-11-23T11:30");
    List<String> termTimers = cases.stream().map(pi -> timerAt(pi, "Timer_Term")).toList();

    List<String> first = EngineStatements.onThisThread(
        () -> assertThat(BatchingJobExecutor.runTogether(termTimers, configuration())).isEmpty());

    assertThat(first).filteredOn(id -> id.startsWith(DueTimerReads.NAMESPACE)).as("the batch's reads")
        .containsExactlyInAnyOrder(DueTimerReads.JOBS_BY_IDS, DueTimerReads.EXECUTIONS_OF_CASES,
            DueTimerReads.JOBS_OF_CASES, DueTimerReads.INCIDENTS_OF_JOBS);
    assertThat(first).as("Camunda's reads of one job, execution, case or job's incidents, none per job")
        .noneMatch(id -> id.endsWith("JobEntity.selectJob") || id.endsWith("ExecutionEntity.selectExecution")
            || id.endsWith(".selectExecutionsByProcessInstanceId") || id.endsWith(".selectJobsByExecutionId")
            || id.endsWith(".selectIncidentsByConfiguration"));
    assertThat(first).as("no variable read for cases without variables")
        .noneMatch(id -> id.contains("VariableInstance") || id.equals(DueTimerReads.NAMED_VARIABLES_OF_CASES));
    cases.forEach(pi -> assertThat(pi).isWaitingAt("Task_Recheck", "Task_Reply"));

    setClock("2026-11-23T12:30");
    List<String> replyTimers = cases.stream().map(pi -> timerAt(pi, "Timer_Reply")).toList();
    assertThat(BatchingJobExecutor.runTogether(replyTimers, configuration())).isEmpty();
    cases.forEach(pi -> {
      assertThat(pi).isWaitingAt("Task_Recheck", "Task_Remind");
      assertThat(management.createJobQuery().processInstanceId(pi.getId()).count()).isZero();
      assertThat(history.createHistoricActivityInstanceQuery().processInstanceId(pi.getId()).activityId("Task_Reply")
          .canceled().count()).as("the task the boundary timer interrupted, ended in history").isEqualTo(1);
    });
  }

  /**
   * Variables a job reads by name (here the task lists' columns) are read once for the whole batch; a case whose
   * timer changed such a variable in the same transaction shows the new value, as it would alone.
   */
  @Test
  void variablesReadByNameAreReadOnceForTheBatchAndAChangeInTheBatchWins() throws Exception {
    EngineStatements.installOn(engine.getProcessEngineConfiguration());
    List<ProcessInstance> cases = List.of(withColumns("testColumns"), withColumns("testColumns"),
        withColumns("testColumnsChanged"));
    setClock("2026-11-23T11:30");
    List<String> timers = cases.stream().map(pi -> timerAt(pi, "Timer_Columns")).toList();

    List<EngineStatements.Statement> statements = EngineStatements.withParametersOnThisThread(
        () -> assertThat(BatchingJobExecutor.runTogether(timers, configuration())).isEmpty());

    assertThat(statements).extracting(EngineStatements.Statement::id)
        .filteredOn(DueTimerReads.NAMED_VARIABLES_OF_CASES::equals).as("one read by name for the batch").hasSize(1);
    assertThat(statements).as("no read by name per job")
        .noneMatch(s -> s.id().endsWith(".selectVariablesByExecutionId") && namesOf(s) != null);
    List<String> providers = cases.stream().map(pi -> {
      Task task = tasks.createTaskQuery().processInstanceId(pi.getId()).singleResult();
      assertThat(tasks.getVariableLocal(task.getId(), TaskListColumns.MUNICIPALITY.name())).isEqualTo("Heerlen");
      return (String) tasks.getVariableLocal(task.getId(), TaskListColumns.PROVIDER.name());
    }).toList();
    assertThat(providers).containsExactly("Zorg Thuis Zuid", "Zorg Thuis Zuid", "Nieuwe naam");
  }

  /**
   * A failed-job incident that names a job of the batch (here one raised by hand on a job that never failed) ends as
   * it ends when Camunda runs the job alone.
   */
  @Test
  void anIncidentOfABatchJobEndsAsWhenTheJobRunsAlone() {
    List<ProcessInstance> cases = List.of(waiting(NEXT_YEAR), waiting(NEXT_YEAR), waiting(NEXT_YEAR));
    List<String> timers = cases.stream().map(this::timerOf).toList();
    for (int i = 0; i < cases.size(); i++) {
      String execution = management.createJobQuery().jobId(timers.get(i)).singleResult().getExecutionId();
      runtime.createIncident(Incident.FAILED_JOB_HANDLER_TYPE, execution, timers.get(i), "van de hand");
    }
    setClock("2026-11-23T11:30");

    assertThat(BatchingJobExecutor.runTogether(timers.subList(0, 2), configuration())).isEmpty();
    management.executeJob(timers.get(2)); // Camunda's own path

    assertThat(runtime.createIncidentQuery().count()).as("open incidents").isZero();
    List<String> ends = timers.stream().map(id -> {
      HistoricIncident incident = history.createHistoricIncidentQuery().configuration(id).singleResult();
      return "resolved=" + incident.isResolved() + " deleted=" + incident.isDeleted();
    }).toList();
    assertThat(ends).as("in the batch as alone").containsOnly(ends.get(2));
  }

  /**
   * With another failed-job incident handler than the batch's (Camunda's composite handlers, or a custom one), that
   * handler reads each job's incidents itself: the batch reads none for it.
   */
  @Test
  void underAnotherIncidentHandlerTheBatchLeavesTheIncidentsReadToIt() throws Exception {
    EngineStatements.installOn(engine.getProcessEngineConfiguration());
    List<ProcessInstance> cases = List.of(waiting(NEXT_YEAR), waiting(NEXT_YEAR));
    List<String> timers = cases.stream().map(this::timerOf).toList();
    setClock("2026-11-23T11:30");
    IncidentHandler batchs = configuration().getIncidentHandler(Incident.FAILED_JOB_HANDLER_TYPE);
    assertThat(batchs).as("the handler the app sets").isInstanceOf(DueTimerReads.FailedJobIncidents.class);
    configuration().getIncidentHandlers().put(Incident.FAILED_JOB_HANDLER_TYPE,
        new DefaultIncidentHandler(Incident.FAILED_JOB_HANDLER_TYPE));
    List<String> statements;
    try {
      statements = EngineStatements.onThisThread(
          () -> assertThat(BatchingJobExecutor.runTogether(timers, configuration())).isEmpty());
    } finally {
      configuration().getIncidentHandlers().put(Incident.FAILED_JOB_HANDLER_TYPE, batchs);
    }

    assertThat(statements).as("no read of the batch's own for a handler that does not use it")
        .doesNotContain(DueTimerReads.INCIDENTS_OF_JOBS);
    assertThat(statements).filteredOn(id -> id.endsWith(".selectIncidentsByConfiguration"))
        .as("the handler's own reads, job by job").hasSizeGreaterThanOrEqualTo(timers.size());
    cases.forEach(pi -> assertThat(pi).isWaitingAt("Task_Next"));
  }

  @Test
  void aJobThatIsGoneIsSkipped() {
    ProcessInstance pi = waiting(NEXT_YEAR);
    String timer = timerOf(pi);
    runtime.deleteProcessInstance(pi.getId(), "test");

    assertThat(BatchingJobExecutor.runTogether(List.of(timer, timer), configuration())).isEmpty();
  }

  private ProcessInstance waiting(String due) {
    ProcessInstance pi = runtime.startProcessInstanceByKey("testDueTimer", "DUE-" + System.nanoTime(),
        Map.of("due", due));
    assertThat(pi).isWaitingAt("Timer_Due");
    return pi;
  }

  private ProcessInstance nested() {
    ProcessInstance pi = runtime.startProcessInstanceByKey("testNestedTimers", "NESTED-" + System.nanoTime());
    assertThat(pi).isWaitingAt("Timer_Term", "Task_Reply");
    return pi;
  }

  private ProcessInstance withColumns(String key) {
    Map<String, Object> variables = new HashMap<>();
    CaseVariables.MUNICIPALITY_NAME.put(variables, "Heerlen");
    ProviderVariables.PROVIDER_NAME.put(variables, "Zorg Thuis Zuid");
    return runtime.startProcessInstanceByKey(key, "COLUMNS-" + System.nanoTime(), variables);
  }

  /** The variable names a read by name was restricted to, or null when it read all variables of the scope. */
  @SuppressWarnings("unchecked")
  private static Collection<String> namesOf(EngineStatements.Statement statement) {
    Object parameter = statement.parameter() instanceof ListQueryParameterObject list ? list.getParameter()
        : statement.parameter();
    return parameter instanceof Map<?, ?> map ? (Collection<String>) map.get("variableNames") : null;
  }

  private String timerAt(ProcessInstance pi, String activityId) {
    return management.createJobQuery().processInstanceId(pi.getId()).activityId(activityId).singleResult().getId();
  }

  private String timerOf(ProcessInstance pi) {
    return management.createJobQuery().processInstanceId(pi.getId()).timers().singleResult().getId();
  }

  /**
   * Runs the work with Camunda's history handler replaced by one that throws the given failure when the case starts
   * {@code Task_Next}: a failure inside the job's own transaction, from code that is not the model's (the app's
   * model policy admits no test delegate, and an expression would wrap an Error in an exception).
   */
  private void failingAtTheNextTask(ProcessInstance pi, Runnable failure, Runnable work) {
    HistoryEventHandler camundas = configuration().getHistoryEventHandler();
    configuration().setHistoryEventHandler(new HistoryEventHandler() {
      @Override
      public void handleEvent(HistoryEvent event) {
        if (event instanceof HistoricActivityInstanceEventEntity activity
            && "Task_Next".equals(activity.getActivityId()) && pi.getId().equals(activity.getProcessInstanceId())) {
          failure.run();
        }
        camundas.handleEvent(event);
      }

      @Override
      public void handleEvents(List<HistoryEvent> events) {
        events.forEach(this::handleEvent);
      }
    });
    try {
      work.run();
    } finally {
      configuration().setHistoryEventHandler(camundas);
    }
  }

  /** A failure whose exception has no message. */
  private static void failWithoutMessage() {
    throw new IllegalStateException();
  }

  private ProcessEngineConfigurationImpl configuration() {
    return (ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration();
  }

  private void deploy(String key, BpmnModelInstance model) {
    deployments.add(repository.createDeployment().name("test-" + key).addModelInstance(key + ".bpmn", model)
        .deploy().getId());
  }
}

package nl.wmotoezicht.platform;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.RejectedExecutionException;
import org.camunda.bpm.engine.impl.ProcessEngineImpl;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.cmd.AcquireJobsCmd;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.interceptor.Command;
import org.camunda.bpm.engine.impl.interceptor.CommandContext;
import org.camunda.bpm.engine.impl.interceptor.CommandExecutor;
import org.camunda.bpm.engine.impl.jobexecutor.AcquiredJobs;
import org.camunda.bpm.engine.impl.jobexecutor.BackoffJobAcquisitionStrategy;
import org.camunda.bpm.engine.impl.jobexecutor.ExecuteJobsRunnable;
import org.camunda.bpm.engine.impl.jobexecutor.JobAcquisitionContext;
import org.camunda.bpm.engine.impl.jobexecutor.JobAcquisitionStrategy;
import org.camunda.bpm.engine.impl.jobexecutor.JobExecutor;
import org.camunda.bpm.engine.impl.jobexecutor.JobExecutorContext;
import org.camunda.bpm.engine.impl.jobexecutor.SequentialJobAcquisitionRunnable;
import org.camunda.bpm.engine.impl.jobexecutor.SuccessfulJobListener;
import org.camunda.bpm.engine.impl.util.ClassLoaderUtil;
import org.camunda.bpm.engine.spring.components.jobexecutor.SpringJobExecutor;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Camunda's Spring job executor, except that the due timers of one acquisition move their process instances on in
 * one transaction instead of one transaction each (issue 16, P3: 10,000 begunstigingstermijnen falling due at once;
 * measurements in {@code bench/RESULTS.md}, "Wave 9"). Everything else is Camunda's own path, unchanged.
 *
 * <p>How:
 * <ol>
 *   <li><b>Acquisition</b> is Camunda's ({@link AcquireJobsCmd}); in the same transaction one query notes which of
 *   the locked single jobs are never-failed boundary or intermediate timers.</li>
 *   <li><b>Dispatch:</b> the acquisition's single-job batches that are timers are handed to one worker together, as
 *   a {@link DueJobBatch} of at most {@code maxBatchSize}; all other batches (asynchronous continuations, Camunda's
 *   batches of one exclusive process instance) are dispatched exactly as Camunda does.</li>
 *   <li><b>Execution</b> ({@link ExecuteDueTimersCmd}): in one command, each job of the batch that is a timer
 *   moving a process instance on (boundary or intermediate timer), has never failed, and is the only one of its
 *   process instance in the batch is executed by Camunda's own {@code ExecuteJobsCmd}; the others, and the
 *   asynchronous continuations the batch created, run afterwards alone through Camunda's runnable, one case's on
 *   this worker and each other case's on a free worker ({@link #perCase}).</li>
 *   <li><b>Failure isolation:</b> if anything in the batch throws (a job, the flush, the commit; an exception or an
 *   error), the whole batch is rolled back and every job of it runs again alone through Camunda's runnable, so
 *   retries, the failure log and incidents are exactly Camunda's for the job that fails. A timer's own continuation
 *   up to its next wait state may therefore run twice: the models put {@code camunda:asyncBefore} before every side
 *   effect (mail, external calls), so what a timer does up to its next wait state is database work only.</li>
 * </ol>
 *
 * <p>Internal Camunda API (package {@code org.camunda.bpm.engine.impl.jobexecutor}): re-check at every Camunda
 * upgrade ({@code docs/beheer.md}). {@code wmo.jobs.due-timer-batch.enabled=false} restores Camunda's executor.
 */
public class BatchingJobExecutor extends SpringJobExecutor {

  private static final Logger LOG = LoggerFactory.getLogger(BatchingJobExecutor.class);

  private final int maxBatchSize;
  /** The last acquisition's locked jobs and which of them are timers; acquisition and dispatch share one thread. */
  private volatile Acquisition lastAcquisition;

  public BatchingJobExecutor(int maxBatchSize) {
    if (maxBatchSize < 1) {
      throw new IllegalArgumentException("wmo.jobs.due-timer-batch.max-size must be at least 1, not " + maxBatchSize);
    }
    this.maxBatchSize = maxBatchSize;
  }

  public int getMaxBatchSize() {
    return maxBatchSize;
  }

  @Override
  protected void ensureInitialization() {
    super.ensureInitialization();
    acquireJobsRunnable = new Dispatch(this);
  }

  @Override
  public Command<AcquiredJobs> getAcquireJobsCmd(int numJobs) {
    return new NotingAcquireJobsCmd(this, numJobs);
  }

  @Override
  public Runnable getExecuteJobsRunnable(List<String> jobIds, ProcessEngineImpl processEngine) {
    return jobIds instanceof DueJobBatch batch && batch.size() > 1
        ? new DueJobBatchRunnable(batch, processEngine)
        : super.getExecuteJobsRunnable(jobIds, processEngine);
  }

  /**
   * Splits one acquisition's batches: the single jobs that are timers into {@link DueJobBatch}es of at most
   * {@link #maxBatchSize}, the rest as they are.
   */
  List<List<String>> regroup(AcquiredJobs acquired) {
    Acquisition acquisition = lastAcquisition;
    return regroup(acquired, acquisition != null && acquisition.jobs() == acquired ? acquisition.timers() : Set.of(),
        maxBatchSize);
  }

  static List<List<String>> regroup(AcquiredJobs acquired, Set<String> timers, int maxBatchSize) {
    List<List<String>> dispatch = new ArrayList<>();
    DueJobBatch batch = new DueJobBatch();
    for (List<String> jobIds : acquired.getJobIdBatches()) {
      if (jobIds.size() == 1 && timers.contains(jobIds.get(0))) {
        batch.add(jobIds.get(0));
        if (batch.size() == maxBatchSize) {
          dispatch.add(batch);
          batch = new DueJobBatch();
        }
      } else {
        dispatch.add(jobIds);
      }
    }
    if (!batch.isEmpty()) {
      dispatch.add(batch);
    }
    return dispatch;
  }

  /**
   * Tries the batch in one transaction; returns the jobs that must still run alone, in order: those the batch may
   * not hold and the exclusive follow-up jobs it created (Camunda's runnable would run those next), or every job of
   * the batch when it was rolled back.
   */
  static List<String> runTogether(List<String> jobIds, ProcessEngineConfigurationImpl engine) {
    CommandExecutor commandExecutor = engine.getCommandExecutorTxRequired();
    JobExecutorContext context = new JobExecutorContext();
    Context.setJobExecutorContext(context);
    ClassLoader before = ClassLoaderUtil.switchToProcessEngineClassloader();
    try {
      ExecuteDueTimersCmd.Outcome outcome;
      try {
        outcome = commandExecutor.execute(new ExecuteDueTimersCmd(jobIds));
      } catch (Throwable e) {
        // any Throwable, as Camunda's ExecuteJobHelper catches it for one job: an Error (a StackOverflowError in a
        // script, a class that fails to load) must also leave the jobs to Camunda's retries and incidents, not end
        // the worker with every job of the batch still locked
        LOG.debug("Due timers {} rolled back together; each runs alone: {}", jobIds, e.toString());
        return List.copyOf(jobIds);
      }
      List<String> alone = new ArrayList<>(outcome.left());
      alone.addAll(context.getCurrentProcessorJobQueue());
      countSuccesses(commandExecutor, outcome.executed());
      return alone;
    } finally {
      Context.removeJobExecutorContext();
      ClassLoaderUtil.setContextClassloader(before);
    }
  }

  /**
   * The job metrics of the jobs the batch committed, as Camunda's runnable counts them. Counting is not the jobs' work:
   * if it fails, the jobs stay done and their follow-up jobs still run.
   */
  private static void countSuccesses(CommandExecutor commandExecutor, List<String> executed) {
    SuccessfulJobListener success = new SuccessfulJobListener();
    try {
      commandExecutor.execute(commandContext -> {
        executed.forEach(id -> success.execute(commandContext));
        return null;
      });
    } catch (RuntimeException e) {
      LOG.warn("The job metrics of {} committed due timers were not counted: {}", executed.size(), e.toString());
    }
  }

  /** The jobs one acquisition locked, and which of them are timers. */
  private record Acquisition(AcquiredJobs jobs, Set<String> timers) {
  }

  /** Job ids handed to one worker to be tried in one transaction; a marker type, kept when Camunda re-queues it. */
  static final class DueJobBatch extends ArrayList<String> {
    private static final long serialVersionUID = 1L;

    DueJobBatch() {
    }

    DueJobBatch(Collection<String> jobIds) {
      super(jobIds);
    }
  }

  /**
   * Camunda's acquisition, then, in the same transaction, one query for which of the locked single jobs are timers
   * that may move on together ({@link ExecuteDueTimersCmd#MOVING_ON}, never failed: no exception message and no stack
   * trace, as {@link ExecuteDueTimersCmd#mayRunTogether} asks of the loaded job): the acquisition's own query
   * reads no job type, and every job has a due date here ({@code ensure-job-due-date-not-null}). Plain JDBC on the
   * command's connection: a job query would put full job entities into the entity cache beside the acquisition's
   * own ones. Run only when at least two single jobs were locked.
   */
  private static final class NotingAcquireJobsCmd extends AcquireJobsCmd {
    private final BatchingJobExecutor executor;

    NotingAcquireJobsCmd(BatchingJobExecutor executor, int numJobs) {
      super(executor, numJobs);
      this.executor = executor;
    }

    @Override
    public AcquiredJobs execute(CommandContext commandContext) {
      AcquiredJobs acquired = super.execute(commandContext);
      List<String> singles = new ArrayList<>();
      acquired.getJobIdBatches().stream().filter(jobIds -> jobIds.size() == 1).forEach(singles::addAll);
      executor.lastAcquisition = new Acquisition(acquired, singles.size() > 1 ? timers(commandContext, singles)
          : Set.of());
      return acquired;
    }

    private static Set<String> timers(CommandContext commandContext, List<String> jobIds) {
      String sql = "SELECT ID_ FROM " + commandContext.getProcessEngineConfiguration().getDatabaseTablePrefix()
          + "ACT_RU_JOB WHERE EXCEPTION_MSG_ IS NULL AND EXCEPTION_STACK_ID_ IS NULL AND HANDLER_TYPE_ IN ("
          + String.join(", ", java.util.Collections.nCopies(ExecuteDueTimersCmd.MOVING_ON.size(), "?"))
          + ") AND ID_ IN (" + String.join(", ", java.util.Collections.nCopies(jobIds.size(), "?")) + ")";
      Connection connection = commandContext.getDbSqlSession().getSqlSession().getConnection();
      try (PreparedStatement statement = connection.prepareStatement(sql)) {
        int i = 1;
        for (String type : ExecuteDueTimersCmd.MOVING_ON) {
          statement.setString(i++, type);
        }
        for (String id : jobIds) {
          statement.setString(i++, id);
        }
        Set<String> timers = new HashSet<>();
        try (ResultSet rows = statement.executeQuery()) {
          while (rows.next()) {
            timers.add(rows.getString(1));
          }
        }
        return timers;
      } catch (SQLException e) {
        throw new IllegalStateException("reading the types of acquired jobs failed", e);
      }
    }
  }

  /**
   * Camunda's back-off strategy, counting jobs as Camunda counts them. Camunda decides from the batches it handed over
   * and those the pool rejected whether every worker is busy (then it waits before acquiring again) and how many jobs
   * to acquire next; it counts one batch per job, as it acquired them. A rejected {@link DueJobBatch} holds up to
   * {@code maxBatchSize} of those jobs and counts for each of them here; counted as one, a full pool looked free and
   * the acquisition went on locking jobs it could only park.
   */
  static JobAcquisitionStrategy acquisitionStrategy(JobExecutor executor) {
    return new BackoffJobAcquisitionStrategy(executor) {
      @Override
      public void reconfigure(JobAcquisitionContext context) {
        super.reconfigure(countedPerJob(context));
      }
    };
  }

  /** The cycle's context with every {@link DueJobBatch} handed over or rejected split into its jobs, one per batch. */
  static JobAcquisitionContext countedPerJob(JobAcquisitionContext context) {
    JobAcquisitionContext counted = new JobAcquisitionContext();
    counted.setAcquisitionTime(context.getAcquisitionTime());
    counted.setAcquisitionException(context.getAcquisitionException());
    counted.setJobAdded(context.isJobAdded());
    context.getAcquiredJobsByEngine().forEach(counted::submitAcquiredJobs);
    context.getRejectedJobsByEngine().forEach((engine, batches) -> perJob(batches)
        .forEach(jobIds -> counted.submitRejectedBatch(engine, jobIds)));
    context.getAdditionalJobsByEngine().forEach((engine, batches) -> perJob(batches)
        .forEach(jobIds -> counted.submitAdditionalJobBatch(engine, jobIds)));
    return counted;
  }

  private static List<List<String>> perJob(List<List<String>> batches) {
    List<List<String>> perJob = new ArrayList<>();
    for (List<String> jobIds : batches) {
      if (jobIds instanceof DueJobBatch) {
        jobIds.forEach(id -> perJob.add(List.of(id)));
      } else {
        perJob.add(jobIds);
      }
    }
    return perJob;
  }

  /** Camunda's acquisition loop; only the hand-over of the acquired jobs to the workers is regrouped. */
  private static final class Dispatch extends SequentialJobAcquisitionRunnable {
    private final BatchingJobExecutor executor;

    Dispatch(BatchingJobExecutor executor) {
      super(executor);
      this.executor = executor;
    }

    @Override
    protected JobAcquisitionStrategy initializeAcquisitionStrategy() {
      return acquisitionStrategy(executor);
    }

    @Override
    protected void executeJobs(JobAcquisitionContext context, ProcessEngineImpl engine, AcquiredJobs acquired) {
      List<List<String>> earlier = context.getAdditionalJobsByEngine().get(engine.getName());
      if (earlier != null) {
        for (List<String> jobIds : earlier) {
          executor.executeJobs(jobIds, engine);
        }
      }
      for (List<String> jobIds : executor.regroup(acquired)) {
        executor.executeJobs(jobIds, engine);
      }
    }
  }

  /**
   * The jobs that must still run alone after a batch, one list per case (process instance) in their order: the jobs of
   * one case stay on one worker, one after another, as Camunda keeps a case's exclusive jobs together; jobs of
   * different cases may run side by side. A job that is gone by now is a list of its own (Camunda's runnable skips it).
   */
  static List<List<String>> perCase(List<String> jobIds, Map<String, String> caseOfJob) {
    Map<String, List<String>> perCase = new LinkedHashMap<>();
    for (String jobId : jobIds) {
      perCase.computeIfAbsent(caseOfJob.getOrDefault(jobId, "job " + jobId), key -> new ArrayList<>()).add(jobId);
    }
    return List.copyOf(perCase.values());
  }

  /** The case (process instance) of each job that still exists. */
  private static Map<String, String> caseOfJob(List<String> jobIds, ProcessEngineImpl engine) {
    Map<String, String> caseOf = new HashMap<>();
    engine.getManagementService().createJobQuery().jobIds(new HashSet<>(jobIds)).list()
        .forEach(job -> caseOf.put(job.getId(), job.getProcessInstanceId()));
    return caseOf;
  }

  /** Hands the jobs to another worker; false if the pool is full (then the caller runs them itself). */
  boolean handOver(List<String> jobIds, ProcessEngineImpl engine) {
    try {
      getTaskExecutor().execute(super.getExecuteJobsRunnable(jobIds, engine));
      return true;
    } catch (RejectedExecutionException e) {
      return false;
    }
  }

  /**
   * One worker's batch: tried in one transaction; what may not or could not run there runs alone through Camunda's
   * {@link ExecuteJobsRunnable}, per case: this worker runs the first case's jobs and hands the other cases' jobs to
   * free workers (the continuations the batch's timers created are up to {@code maxBatchSize} cases' mail steps, which
   * may each wait on the mail server). Jobs the pool cannot take run here too. They are locked for this node already,
   * as Camunda locks a case's next job for the worker that created it, so no other node takes them meanwhile.
   */
  private static final class DueJobBatchRunnable extends ExecuteJobsRunnable {
    DueJobBatchRunnable(DueJobBatch jobIds, ProcessEngineImpl engine) {
      super(jobIds, engine);
    }

    @Override
    public void run() {
      if (!jobExecutor.isActive()) {
        super.run(); // Camunda's runnable unlocks the jobs of a stopping executor
        return;
      }
      List<String> alone = runTogether(jobIds, processEngine.getProcessEngineConfiguration());
      if (alone.isEmpty()) {
        jobExecutor.jobWasAdded(); // as Camunda's runnable ends: look again at once
        return;
      }
      List<List<String>> perCase = alone.size() == 1 ? List.of(alone) : perCase(alone, caseOfJob(alone, processEngine));
      List<String> here = new ArrayList<>(perCase.get(0));
      for (List<String> jobsOfCase : perCase.subList(1, perCase.size())) {
        if (!((BatchingJobExecutor) jobExecutor).handOver(jobsOfCase, processEngine)) {
          here.addAll(jobsOfCase);
        }
      }
      new ExecuteJobsRunnable(here, processEngine).run();
    }
  }
}

package nl.wmotoezicht.platform;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.camunda.bpm.engine.impl.cmd.ExecuteJobsCmd;
import org.camunda.bpm.engine.impl.db.entitymanager.DbEntityManager;
import org.camunda.bpm.engine.impl.interceptor.Command;
import org.camunda.bpm.engine.impl.interceptor.CommandContext;
import org.camunda.bpm.engine.impl.jobexecutor.JobFailureCollector;
import org.camunda.bpm.engine.impl.jobexecutor.TimerCatchIntermediateEventJobHandler;
import org.camunda.bpm.engine.impl.jobexecutor.TimerExecuteNestedActivityJobHandler;
import org.camunda.bpm.engine.impl.persistence.entity.JobEntity;

/**
 * Executes the due timers of one {@link BatchingJobExecutor} batch in this one command, each by Camunda's own
 * {@link ExecuteJobsCmd}, and names the jobs that must run alone instead.
 *
 * <p>A job runs here only when it is a boundary or intermediate timer (it moves an existing process instance on to
 * its next wait state), it has never failed (no exception recorded, neither message nor stack trace: a job that
 * failed before runs alone, so its retry cannot roll back the others), and no other job of its process instance ran
 * here before it (two jobs of one instance run one after another in their own transactions, as Camunda runs an
 * exclusive instance's jobs). Jobs that no longer exist, or that an earlier job's continuation removed, are skipped,
 * as Camunda's executor skips a job that is gone.
 *
 * <p>The jobs, and the execution trees and jobs of their cases, are read for the whole batch first ({@link
 * DueTimerReads}): Camunda's command then finds them in the entity cache instead of reading them job by job.
 */
final class ExecuteDueTimersCmd implements Command<ExecuteDueTimersCmd.Outcome> {

  /** The handlers of boundary and intermediate timers: they move an existing process instance on. */
  static final Set<String> MOVING_ON = Set.of(TimerExecuteNestedActivityJobHandler.TYPE,
      TimerCatchIntermediateEventJobHandler.TYPE);

  private final List<String> jobIds;

  ExecuteDueTimersCmd(List<String> jobIds) {
    this.jobIds = List.copyOf(jobIds);
  }

  /** The jobs executed in this command, and those left to run alone. */
  record Outcome(List<String> executed, List<String> left) {
  }

  @Override
  public Outcome execute(CommandContext commandContext) {
    List<String> together = new ArrayList<>();
    List<String> left = new ArrayList<>();
    Set<String> instances = new HashSet<>();
    Map<String, JobEntity> found = DueTimerReads.jobs(commandContext, jobIds);
    List<JobEntity> runningTogether = new ArrayList<>();
    for (String id : jobIds) {
      JobEntity job = found.get(id);
      if (job == null) {
        continue;
      }
      if (mayRunTogether(job) && instances.add(job.getProcessInstanceId())) {
        together.add(id);
        runningTogether.add(job);
      } else {
        left.add(id);
      }
    }
    DueTimerReads.casesOf(commandContext, runningTogether);
    List<String> executed = DueTimerReads.withIncidentsOf(commandContext, runningTogether,
        () -> executeEach(commandContext, together));
    return new Outcome(executed, left);
  }

  private static List<String> executeEach(CommandContext commandContext, List<String> together) {
    List<String> executed = new ArrayList<>();
    DbEntityManager entities = commandContext.getDbEntityManager();
    for (String id : together) {
      JobEntity job = entities.getCachedEntity(JobEntity.class, id);
      if (job == null || entities.getDbEntityCache().isDeleted(job)) {
        continue; // removed by an earlier job's continuation (a message to its instance): nothing left to do
      }
      new ExecuteJobsCmd(id, new JobFailureCollector(id)).execute(commandContext);
      executed.add(id);
    }
    return executed;
  }

  /**
   * A timer that moves its case on and has never failed. Camunda records every failure with its stack trace
   * ({@code JobRetryCmd#logException}); the message alone may be empty, as for {@code new IllegalStateException()}.
   * The acquisition asks the same of the job's row when it picks the timers for a batch
   * ({@code BatchingJobExecutor.NotingAcquireJobsCmd}); this check holds for a job that failed in between.
   */
  static boolean mayRunTogether(JobEntity job) {
    return MOVING_ON.contains(job.getJobHandlerType()) && job.getExceptionMessage() == null
        && job.getExceptionByteArrayId() == null && job.getProcessInstanceId() != null;
  }
}

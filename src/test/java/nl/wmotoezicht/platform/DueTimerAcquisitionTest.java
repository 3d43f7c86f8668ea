package nl.wmotoezicht.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;
import org.camunda.bpm.engine.impl.jobexecutor.AcquiredJobs;
import org.camunda.bpm.engine.impl.jobexecutor.BackoffJobAcquisitionStrategy;
import org.camunda.bpm.engine.impl.jobexecutor.JobAcquisitionContext;
import org.camunda.bpm.engine.impl.jobexecutor.JobAcquisitionStrategy;
import org.junit.jupiter.api.Test;

/**
 * How the acquisition loop of {@link BatchingJobExecutor} reads a cycle whose hand-over the worker pool rejected:
 * as Camunda reads it, one job per job, whether the jobs went to the pool alone or as one batch of due timers.
 */
class DueTimerAcquisitionTest {

  private static final String ENGINE = "default";

  private final BatchingJobExecutor executor = new BatchingJobExecutor(10);

  DueTimerAcquisitionTest() {
    executor.setMaxJobsPerAcquisition(10);
  }

  @Test
  void aRejectedBatchOfTimersCountsAsTheJobsItHolds() {
    List<String> timers = jobs("timer", 10);
    JobAcquisitionContext cycle = cycle(timers);
    cycle.submitRejectedBatch(ENGINE, new BatchingJobExecutor.DueJobBatch(timers));
    JobAcquisitionStrategy strategy = BatchingJobExecutor.acquisitionStrategy(executor);

    strategy.reconfigure(cycle);

    assertThat(strategy.getWaitTime()).as("every job rejected: the pool is full, wait before acquiring again")
        .isEqualTo(BackoffJobAcquisitionStrategy.DEFAULT_EXECUTION_SATURATION_WAIT_TIME);
    assertThat(strategy.getNumJobsToAcquire(ENGINE)).as("no room for more jobs next time").isZero();
    assertThat(cycle.getRejectedJobsByEngine().get(ENGINE)).as("the batch itself is handed over again, whole")
        .singleElement().isInstanceOf(BatchingJobExecutor.DueJobBatch.class);
  }

  @Test
  void aRejectedBatchBesideJobsThePoolTookLeavesTheLoopGoingWithFewerJobs() {
    List<String> timers = jobs("timer", 8);
    List<String> all = new ArrayList<>(timers);
    all.addAll(jobs("async", 2));
    JobAcquisitionContext cycle = cycle(all);
    cycle.submitRejectedBatch(ENGINE, new BatchingJobExecutor.DueJobBatch(timers));
    JobAcquisitionStrategy strategy = BatchingJobExecutor.acquisitionStrategy(executor);

    strategy.reconfigure(cycle);

    assertThat(strategy.getWaitTime()).as("two jobs went to the pool").isZero();
    assertThat(strategy.getNumJobsToAcquire(ENGINE)).isEqualTo(2);
  }

  @Test
  void jobsRejectedOneByOneCountAsInCamundasOwnStrategy() {
    List<String> all = jobs("job", 10);
    JobAcquisitionContext cycle = cycle(all);
    all.subList(0, 3).forEach(id -> cycle.submitRejectedBatch(ENGINE, List.of(id)));
    JobAcquisitionStrategy ours = BatchingJobExecutor.acquisitionStrategy(executor);
    JobAcquisitionStrategy camundas = new BackoffJobAcquisitionStrategy(executor);

    ours.reconfigure(cycle);
    camundas.reconfigure(cycle);

    assertThat(ours.getWaitTime()).isEqualTo(camundas.getWaitTime()).isZero();
    assertThat(ours.getNumJobsToAcquire(ENGINE)).isEqualTo(camundas.getNumJobsToAcquire(ENGINE)).isEqualTo(7);
  }

  /** A cycle that acquired these jobs, each as its own batch, as Camunda's acquisition hands out single jobs. */
  private static JobAcquisitionContext cycle(List<String> jobIds) {
    AcquiredJobs acquired = new AcquiredJobs(jobIds.size());
    jobIds.forEach(id -> acquired.addJobIdBatch(id));
    JobAcquisitionContext cycle = new JobAcquisitionContext();
    cycle.setAcquisitionTime(System.currentTimeMillis());
    cycle.submitAcquiredJobs(ENGINE, acquired);
    return cycle;
  }

  private static List<String> jobs(String prefix, int count) {
    return IntStream.range(0, count).mapToObj(i -> prefix + "-" + i).toList();
  }
}

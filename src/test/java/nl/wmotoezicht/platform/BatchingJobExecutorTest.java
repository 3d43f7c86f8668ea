package nl.wmotoezicht.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Set;
import org.camunda.bpm.engine.impl.jobexecutor.AcquiredJobs;
import org.junit.jupiter.api.Test;

/** How one acquisition's jobs are handed to the workers ({@link BatchingJobExecutor#regroup}). */
class BatchingJobExecutorTest {

  @Test
  void singleTimersGoTogetherUpToTheBatchSizeAndEverythingElseAsCamundaGroupedIt() {
    AcquiredJobs acquired = new AcquiredJobs(8);
    acquired.addJobIdBatch("timer-1");
    acquired.addJobIdBatch("async-1");
    acquired.addJobIdBatch("timer-2");
    acquired.addJobIdBatch(List.of("exclusive-1", "exclusive-2")); // one instance's jobs, as Camunda grouped them
    acquired.addJobIdBatch("timer-3");
    acquired.addJobIdBatch("timer-4");
    acquired.addJobIdBatch("timer-5");

    List<List<String>> dispatched = BatchingJobExecutor.regroup(acquired,
        Set.of("timer-1", "timer-2", "timer-3", "timer-4", "timer-5", "exclusive-1"), 2);

    assertThat(dispatched).containsExactly(List.of("async-1"), List.of("timer-1", "timer-2"),
        List.of("exclusive-1", "exclusive-2"), List.of("timer-3", "timer-4"), List.of("timer-5"));
    assertThat(dispatched).filteredOn(BatchingJobExecutor.DueJobBatch.class::isInstance)
        .containsExactly(List.of("timer-1", "timer-2"), List.of("timer-3", "timer-4"), List.of("timer-5"));
  }

  @Test
  void withoutTimersNothingIsRegrouped() {
    AcquiredJobs acquired = new AcquiredJobs(3);
    acquired.addJobIdBatch("async-1");
    acquired.addJobIdBatch("async-2");

    assertThat(BatchingJobExecutor.regroup(acquired, Set.of(), 10))
        .containsExactly(List.of("async-1"), List.of("async-2"))
        .noneMatch(BatchingJobExecutor.DueJobBatch.class::isInstance);
  }

  @Test
  void aBatchSizeBelowOneIsRefused() {
    assertThatThrownBy(() -> new BatchingJobExecutor(0)).hasMessageContaining("wmo.jobs.due-timer-batch.max-size");
  }
}

package nl.wmotoezicht.platform;

import static org.assertj.core.api.Assertions.assertThat;

import org.camunda.bpm.engine.impl.jobexecutor.JobExecutor;
import org.camunda.bpm.spring.boot.starter.property.CamundaBpmProperties;
import org.junit.jupiter.api.Test;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.task.SyncTaskExecutor;
import org.springframework.core.task.TaskExecutor;

/** The job executor bean ({@link DueTimerBatching}): configured from Camunda's settings, and when it steps back. */
class DueTimerBatchingTest {

  private final ApplicationContextRunner context = new ApplicationContextRunner()
      .withUserConfiguration(StarterBeans.class, DueTimerBatching.class, DueTimerReads.class);

  @Test
  void theBatchingExecutorTakesCamundasJobExecutionSettings() {
    context.withPropertyValues("camunda.bpm.job-execution.max-jobs-per-acquisition=10",
            "camunda.bpm.job-execution.lock-time-in-millis=15000", "camunda.bpm.job-execution.wait-time-in-millis=500",
            "camunda.bpm.job-execution.max-wait=1000", "wmo.jobs.due-timer-batch.max-size=7")
        .run(c -> {
          assertThat(c).getBean(JobExecutor.class).isInstanceOf(BatchingJobExecutor.class);
          BatchingJobExecutor executor = (BatchingJobExecutor) c.getBean(JobExecutor.class);
          assertThat(executor.getMaxJobsPerAcquisition()).isEqualTo(10);
          assertThat(executor.getLockTimeInMillis()).isEqualTo(15000);
          assertThat(executor.getWaitTimeInMillis()).isEqualTo(500);
          assertThat(executor.getMaxWait()).isEqualTo(1000);
          assertThat(executor.getMaxBatchSize()).isEqualTo(7);
          assertThat(executor.getTaskExecutor()).isSameAs(c.getBean("camundaTaskExecutor"));
        });
  }

  @Test
  void switchedOffOrWithoutAJobExecutorThereIsNoneOfOurs() {
    context.withPropertyValues("wmo.jobs.due-timer-batch.enabled=false")
        .run(c -> assertThat(c).doesNotHaveBean(JobExecutor.class).doesNotHaveBean(DueTimerReads.class));
    context.run(c -> assertThat(c).hasSingleBean(DueTimerReads.class)); // its reads and failed-job handler: on
    context.withPropertyValues("camunda.bpm.job-execution.enabled=false")
        .run(c -> assertThat(c).doesNotHaveBean(JobExecutor.class));
  }

  @Test
  void aBatchSizeBelowOneStopsTheStart() {
    context.withPropertyValues("wmo.jobs.due-timer-batch.max-size=0")
        .run(c -> assertThat(c).hasFailed().getFailure().hasStackTraceContaining("wmo.jobs.due-timer-batch.max-size"));
  }

  /** What the Camunda starter provides when job execution is on. */
  @Configuration(proxyBeanMethods = false)
  @EnableConfigurationProperties(CamundaBpmProperties.class)
  static class StarterBeans {
    @Bean
    TaskExecutor camundaTaskExecutor() {
      return new SyncTaskExecutor();
    }
  }
}

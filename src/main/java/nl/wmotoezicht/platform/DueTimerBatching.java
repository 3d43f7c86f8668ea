package nl.wmotoezicht.platform;

import java.util.Optional;
import org.camunda.bpm.engine.impl.jobexecutor.JobExecutor;
import org.camunda.bpm.engine.impl.jobexecutor.NotifyAcquisitionRejectedJobsHandler;
import org.camunda.bpm.spring.boot.starter.configuration.impl.DefaultJobConfiguration;
import org.camunda.bpm.spring.boot.starter.property.CamundaBpmProperties;
import org.camunda.bpm.spring.boot.starter.property.JobExecutionProperty;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnExpression;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.task.TaskExecutor;

/**
 * The job executor: Camunda's Spring job executor with due timers moved on in batches ({@link BatchingJobExecutor}),
 * configured from {@code camunda.bpm.job-execution.*} exactly as the Camunda starter configures its own (which steps
 * back: its bean is {@code @ConditionalOnMissingBean}). Only where the starter would make one: not with
 * {@code camunda.bpm.job-execution.enabled=false}; {@code wmo.jobs.due-timer-batch.enabled=false} leaves Camunda's own
 * executor in place.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnExpression("${camunda.bpm.job-execution.enabled:true} and ${wmo.jobs.due-timer-batch.enabled:true}")
class DueTimerBatching {

  @Bean
  static JobExecutor jobExecutor(
      @Qualifier(DefaultJobConfiguration.JobConfiguration.CAMUNDA_TASK_EXECUTOR_QUALIFIER) TaskExecutor taskExecutor,
      CamundaBpmProperties camunda, @Value("${wmo.jobs.due-timer-batch.max-size:10}") int maxBatchSize) {
    BatchingJobExecutor executor = new BatchingJobExecutor(maxBatchSize);
    executor.setTaskExecutor(taskExecutor);
    executor.setRejectedJobsHandler(new NotifyAcquisitionRejectedJobsHandler());
    JobExecutionProperty settings = camunda.getJobExecution();
    Optional.ofNullable(settings.getLockTimeInMillis()).ifPresent(executor::setLockTimeInMillis);
    Optional.ofNullable(settings.getMaxJobsPerAcquisition()).ifPresent(executor::setMaxJobsPerAcquisition);
    Optional.ofNullable(settings.getWaitTimeInMillis()).ifPresent(executor::setWaitTimeInMillis);
    Optional.ofNullable(settings.getMaxWait()).ifPresent(executor::setMaxWait);
    Optional.ofNullable(settings.getBackoffTimeInMillis()).ifPresent(executor::setBackoffTimeInMillis);
    Optional.ofNullable(settings.getMaxBackoff()).ifPresent(executor::setMaxBackoff);
    Optional.ofNullable(settings.getBackoffDecreaseThreshold()).ifPresent(executor::setBackoffDecreaseThreshold);
    Optional.ofNullable(settings.getWaitIncreaseFactor()).ifPresent(executor::setWaitIncreaseFactor);
    return executor;
  }
}

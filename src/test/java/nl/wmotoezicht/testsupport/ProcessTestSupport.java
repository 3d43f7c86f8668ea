package nl.wmotoezicht.testsupport;

import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import nl.wmotoezicht.kernel.ProcessVariable;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;

/** Drives the engine as the job executor would, on a clock the test controls. */
public final class ProcessTestSupport {

  public static final ZoneId ZONE = ZoneId.of("Europe/Amsterdam");

  private ProcessTestSupport() {
  }

  public static Date at(String localDateTime) {
    return Date.from(LocalDateTime.parse(localDateTime).atZone(ZONE).toInstant());
  }

  public static void setClock(String localDateTime) {
    ClockUtil.setCurrentTime(at(localDateTime));
  }

  /** Executes the instance's asynchronous continuations (not its timers) until none are left. */
  public static void runAsyncJobs(ManagementService management, ProcessInstance instance) {
    for (int round = 0; round < 50; round++) {
      List<Job> jobs = management.createJobQuery().processInstanceId(instance.getId()).messages().list();
      if (jobs.isEmpty()) {
        return;
      }
      jobs.forEach(job -> management.executeJob(job.getId()));
    }
    throw new IllegalStateException("Asynchronous jobs keep coming: a loop in the model?");
  }

  /**
   * Executes the asynchronous continuations (not the timers) of the instance and of the instances it called (call
   * activities, at any depth) until none are left: a case whose steps run partly in a called process.
   */
  public static void runAsyncJobsWithCalled(ManagementService management, RuntimeService runtime,
      ProcessInstance instance) {
    for (int round = 0; round < 50; round++) {
      List<String> ids = new ArrayList<>(List.of(instance.getId()));
      for (int i = 0; i < ids.size(); i++) {
        runtime.createProcessInstanceQuery().superProcessInstanceId(ids.get(i)).list()
            .forEach(called -> ids.add(called.getId()));
      }
      List<Job> jobs = new ArrayList<>();
      for (String id : ids) {
        jobs.addAll(management.createJobQuery().processInstanceId(id).messages().list());
      }
      if (jobs.isEmpty()) {
        return;
      }
      jobs.forEach(job -> management.executeJob(job.getId()));
    }
    throw new IllegalStateException("Asynchronous jobs keep coming: a loop in the model?");
  }

  /** Executes the instance's timers that are due on the current clock, then the work they start. */
  public static void fireDueTimers(ManagementService management, ProcessInstance instance) {
    List<Job> due = management.createJobQuery().processInstanceId(instance.getId()).timers()
        .duedateLowerThan(new Date(ClockUtil.getCurrentTime().getTime() + 1)).list();
    due.forEach(job -> management.executeJob(job.getId()));
    runAsyncJobs(management, instance);
  }

  /** The due date of the instance's timer on the given boundary event. */
  public static Date timerDue(ManagementService management, ProcessInstance instance, String activityId) {
    return management.createJobQuery().processInstanceId(instance.getId()).timers().activityId(activityId)
        .singleResult().getDuedate();
  }

  /** How many instances of the process hold the variable with the value. */
  public static <T> long instancesWith(RuntimeService runtime, String processKey, ProcessVariable<T> variable, T value) {
    return runtime.createProcessInstanceQuery().processDefinitionKey(processKey)
        .variableValueEquals(variable.name(), value).count();
  }
}

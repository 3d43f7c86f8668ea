package nl.wmotoezicht.webapps;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.RETURNS_DEEP_STUBS;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import java.util.Date;
import java.util.List;
import nl.wmotoezicht.calamity.CalamityProcess;
import nl.wmotoezicht.terms.Termijnen;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Two timers of one instance due at the same moment stand on Cockpit's diagram in the same order on every read: the
 * engine's job query has no order, so the overlay must not take the order it happens to get.
 */
class TimerOverlayOrderTest {

  private static final String INSTANCE = "instance-1";
  private static final String DEFINITION = "calamiteit:1:1";
  private static final Date SAME_MOMENT = new Date(1_804_662_000_000L);

  private final RuntimeService runtime = mock(RuntimeService.class, RETURNS_DEEP_STUBS);
  private final ManagementService management = mock(ManagementService.class, RETURNS_DEEP_STUBS);
  private final RepositoryService repository = mock(RepositoryService.class);

  @ParameterizedTest(name = "the engine lists the {0} timer first")
  @ValueSource(booleans = {true, false})
  void timersDueAtTheSameMomentAreListedByTheirEventInTheModel(boolean reportOverdueFirst) {
    Job reminder = timer("job-reminder", "definition-reminder", CalamityProcess.Elements.REMINDER_DUE);
    Job overdue = timer("job-overdue", "definition-overdue", "Event_ReportOverdue");

    List<TimerOverlayController.WaitingTimer> timers = overlay(reportOverdueFirst
        ? List.of(overdue, reminder) : List.of(reminder, overdue));

    assertThat(timers).extracting(TimerOverlayController.WaitingTimer::activityId)
        .containsExactly(CalamityProcess.Elements.REMINDER_DUE, "Event_ReportOverdue");
  }

  private Job timer(String id, String definitionId, String activityId) {
    Job job = mock(Job.class);
    when(job.getId()).thenReturn(id);
    when(job.getDuedate()).thenReturn(SAME_MOMENT);
    when(job.getJobDefinitionId()).thenReturn(definitionId);
    when(management.createJobDefinitionQuery().jobDefinitionId(definitionId).singleResult().getActivityId())
        .thenReturn(activityId);
    return job;
  }

  @SuppressWarnings("unchecked")
  private List<TimerOverlayController.WaitingTimer> overlay(List<Job> asTheEngineListsThem) {
    ProcessInstance instance = mock(ProcessInstance.class);
    when(instance.getId()).thenReturn(INSTANCE);
    when(instance.getProcessDefinitionId()).thenReturn(DEFINITION);
    when(runtime.createProcessInstanceQuery().processInstanceId(INSTANCE).singleResult()).thenReturn(instance);
    when(management.createJobQuery().processInstanceId(INSTANCE).timers().list()).thenReturn(asTheEngineListsThem);
    when(repository.getBpmnModelInstance(DEFINITION)).thenReturn(
        Bpmn.readModelFromStream(getClass().getResourceAsStream("/processes/calamiteit.bpmn")));
    TimerOverlayController controller = new TimerOverlayController(runtime, management, repository,
        mock(IdentityService.class), new Termijnen());
    return (List<TimerOverlayController.WaitingTimer>) controller.timers(INSTANCE).getBody();
  }
}

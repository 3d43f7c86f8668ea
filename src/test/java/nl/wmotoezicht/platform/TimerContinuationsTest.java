package nl.wmotoezicht.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.Set;
import java.util.stream.Stream;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.Activity;
import org.camunda.bpm.model.bpmn.instance.CallActivity;
import org.camunda.bpm.model.bpmn.instance.CatchEvent;
import org.camunda.bpm.model.bpmn.instance.EventBasedGateway;
import org.camunda.bpm.model.bpmn.instance.FlowNode;
import org.camunda.bpm.model.bpmn.instance.Process;
import org.camunda.bpm.model.bpmn.instance.ReceiveTask;
import org.camunda.bpm.model.bpmn.instance.SequenceFlow;
import org.camunda.bpm.model.bpmn.instance.ServiceTask;
import org.camunda.bpm.model.bpmn.instance.StartEvent;
import org.camunda.bpm.model.bpmn.instance.SubProcess;
import org.camunda.bpm.model.bpmn.instance.TimerEventDefinition;
import org.camunda.bpm.model.bpmn.instance.UserTask;
import org.junit.jupiter.api.Test;

/**
 * What a due timer does before its next wait state is database work only, so that due timers may move their cases
 * on together in one transaction ({@link BatchingJobExecutor}): a batch rolled back because another timer failed
 * runs again, and a mail or an external call on that path would go out twice. Every step with an effect outside the
 * database has {@code camunda:asyncBefore} (the element templates fix it for mail and documents), which ends the
 * timer's transaction before it; a new step on such a path must be added here only when it writes to the database
 * alone.
 */
class TimerContinuationsTest {

  /** Steps run in a timer's own transaction that touch the database only. */
  private static final Set<String> DATABASE_ONLY = Set.of("${flagLateVisit}");

  @Test
  void noTimerReachesAStepWithAnOutsideEffectInItsOwnTransaction() throws IOException {
    List<String> found = new ArrayList<>();
    int timers = 0;
    Map<Path, BpmnModelInstance> models = new TreeMap<>();
    try (Stream<Path> files = Files.list(Path.of("processes"))) {
      files.filter(p -> p.toString().endsWith(".bpmn")).forEach(p -> models.put(p, Bpmn.readModelFromFile(p.toFile())));
    }
    Map<String, Process> processes = new HashMap<>();
    models.values().forEach(m -> m.getModelElementsByType(Process.class).forEach(p -> processes.put(p.getId(), p)));
    {
      for (Map.Entry<Path, BpmnModelInstance> entry : models.entrySet()) {
        Path file = entry.getKey();
        BpmnModelInstance model = entry.getValue();
        for (TimerEventDefinition timer : model.getModelElementsByType(TimerEventDefinition.class)) {
          if (timer.getParentElement() instanceof CatchEvent event && !(event instanceof StartEvent)) {
            timers++;
            for (FlowNode step : reachedInTheTimersTransaction(event, processes)) {
              String delegate = step instanceof ServiceTask task ? task.getCamundaDelegateExpression() : null;
              if (!(step instanceof UserTask || step instanceof ReceiveTask || step instanceof CatchEvent
                  || step instanceof CallActivity || step instanceof SubProcess || !(step instanceof Activity))
                  && (delegate == null || !DATABASE_ONLY.contains(delegate))) {
                found.add(file.getFileName() + ": " + event.getId() + " -> " + step.getId() + " (" + delegate + ")");
              }
            }
          }
        }
      }
    }
    assertThat(timers).as("timer events in processes/").isGreaterThan(10);
    assertThat(found).as("steps a due timer runs in its own transaction").isEmpty();
  }

  /**
   * The flow nodes after the event up to a wait state or an asynchronous boundary (not past them), into embedded
   * sub-processes and the processes of call activities (their start runs in the caller's transaction).
   */
  private static List<FlowNode> reachedInTheTimersTransaction(CatchEvent timer, Map<String, Process> processes) {
    List<FlowNode> reached = new ArrayList<>();
    Set<String> seen = new HashSet<>();
    Deque<FlowNode> next = new ArrayDeque<>();
    timer.getOutgoing().stream().map(SequenceFlow::getTarget).forEach(next::add);
    while (!next.isEmpty()) {
      FlowNode node = next.poll();
      if (!seen.add(node.getId()) || node.isCamundaAsyncBefore()) {
        continue;
      }
      reached.add(node);
      boolean waits = node instanceof UserTask || node instanceof ReceiveTask || node instanceof CatchEvent
          || node instanceof EventBasedGateway;
      if (node instanceof SubProcess sub) {
        startsOf(sub.getChildElementsByType(StartEvent.class)).forEach(next::add);
      } else if (node instanceof CallActivity call && processes.containsKey(call.getCalledElement())) {
        startsOf(processes.get(call.getCalledElement()).getChildElementsByType(StartEvent.class)).forEach(next::add);
      } else if (!waits && !node.isCamundaAsyncAfter()) {
        node.getOutgoing().stream().map(SequenceFlow::getTarget).forEach(next::add);
      }
    }
    return reached;
  }

  /** The none start events (where a sub-process or a called process begins). */
  private static List<FlowNode> startsOf(java.util.Collection<StartEvent> starts) {
    return starts.stream().filter(s -> s.getEventDefinitions().isEmpty()).map(FlowNode.class::cast).toList();
  }
}

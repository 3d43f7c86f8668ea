package nl.wmotoezicht.casefile;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import nl.wmotoezicht.cases.CaseVisibility;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.history.HistoricDecisionInstance;
import org.camunda.bpm.engine.history.HistoricDetail;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.camunda.bpm.engine.history.HistoricTaskInstance;
import org.camunda.bpm.engine.history.HistoricVariableUpdate;
import org.camunda.bpm.engine.history.UserOperationLogEntry;
import org.springframework.stereotype.Service;

/**
 * What happened in a case, read from the engine's history: when it started and ended, every task
 * completed with who completed it, every decision table evaluated with its result, every motivation
 * recorded (variables whose name ends in {@code Motivation}/{@code motivation}, such as the motivation of
 * a choice that deviates from the indication) and what users did by hand (claims, assignments,
 * variable changes in Cockpit: the user operation log). Call it only for instances the caller may see.
 */
@Service
class CaseHistory {

  private static final Map<String, String> OPERATIONS = Map.of(
      UserOperationLogEntry.OPERATION_TYPE_CLAIM, "Taak opgepakt",
      UserOperationLogEntry.OPERATION_TYPE_ASSIGN, "Taak toegewezen",
      UserOperationLogEntry.OPERATION_TYPE_DELEGATE, "Taak gedelegeerd",
      UserOperationLogEntry.OPERATION_TYPE_SET_VARIABLE, "Gegeven gewijzigd",
      UserOperationLogEntry.OPERATION_TYPE_MODIFY_VARIABLE, "Gegevens gewijzigd",
      UserOperationLogEntry.OPERATION_TYPE_SUSPEND, "Zaak opgeschort",
      UserOperationLogEntry.OPERATION_TYPE_ACTIVATE, "Zaak hervat",
      UserOperationLogEntry.OPERATION_TYPE_DELETE, "Verwijderd",
      UserOperationLogEntry.OPERATION_TYPE_MODIFY_PROCESS_INSTANCE, "Zaak handmatig verplaatst",
      UserOperationLogEntry.OPERATION_TYPE_SET_DUEDATE, "Vervaldatum gewijzigd");

  private final HistoryService historyService;
  private final CaseVisibility visibility;

  CaseHistory(HistoryService historyService, CaseVisibility visibility) {
    this.historyService = historyService;
    this.visibility = visibility;
  }

  /**
   * One event in a case.
   *
   * @param at      when
   * @param kind    {@code gestart}, {@code taak}, {@code beslissing}, {@code motivering}, {@code handeling} or
   *                {@code beeindigd}
   * @param title   what, in Dutch
   * @param user    who, when known
   * @param detail  the result or motivation, when there is one
   */
  record Entry(Date at, String kind, String title, String user, String detail) {
  }

  List<Entry> of(List<HistoricProcessInstance> instances) {
    return visibility.asSystem(() -> {
      List<Entry> entries = new ArrayList<>();
      for (HistoricProcessInstance instance : instances) {
        collect(instance, entries);
      }
      entries.sort(Comparator.comparing(Entry::at));
      return entries;
    });
  }

  private void collect(HistoricProcessInstance instance, List<Entry> entries) {
    String id = instance.getId();
    List<UserOperationLogEntry> log = historyService.createUserOperationLogQuery().processInstanceId(id).list();
    Map<String, String> userOfOperation = new HashMap<>();
    Map<String, String> completedBy = new HashMap<>();
    for (UserOperationLogEntry entry : log) {
      if (entry.getUserId() != null) {
        userOfOperation.putIfAbsent(entry.getOperationId(), entry.getUserId());
        if (UserOperationLogEntry.OPERATION_TYPE_COMPLETE.equals(entry.getOperationType()) && entry.getTaskId() != null) {
          completedBy.putIfAbsent(entry.getTaskId(), entry.getUserId());
        }
      }
    }
    entries.add(new Entry(instance.getStartTime(), "gestart", "Zaak gestart: " + instance.getProcessDefinitionName(),
        instance.getStartUserId(), null));
    for (HistoricTaskInstance task : historyService.createHistoricTaskInstanceQuery().processInstanceId(id).finished()
        .list()) {
      if (task.getDeleteReason() == null || "completed".equals(task.getDeleteReason())) {
        String user = completedBy.getOrDefault(task.getId(), task.getAssignee());
        entries.add(new Entry(task.getEndTime(), "taak", task.getName(), user, null));
      }
    }
    for (HistoricDecisionInstance decision : historyService.createHistoricDecisionInstanceQuery().processInstanceId(id)
        .includeOutputs().list()) {
      String result = decision.getOutputs().stream()
          .map(o -> o.getVariableName() + " = " + o.getValue())
          .distinct().collect(Collectors.joining(", "));
      entries.add(new Entry(decision.getEvaluationTime(), "beslissing",
          "Beslistabel: " + (decision.getDecisionDefinitionName() == null ? decision.getDecisionDefinitionKey()
              : decision.getDecisionDefinitionName()), null, result.isEmpty() ? "geen uitkomst" : result));
    }
    for (HistoricDetail detail : historyService.createHistoricDetailQuery().processInstanceId(id).variableUpdates()
        .list()) {
      if (detail instanceof HistoricVariableUpdate update && isMotivation(update.getVariableName())
          && update.getValue() != null && !update.getValue().toString().isBlank()) {
        String user = update.getUserOperationId() == null ? null : userOfOperation.get(update.getUserOperationId());
        entries.add(new Entry(update.getTime(), "motivering", "Motivering (" + update.getVariableName() + ")",
            user, update.getValue().toString()));
      }
    }
    Map<String, List<UserOperationLogEntry>> operations = log.stream()
        .filter(e -> OPERATIONS.containsKey(e.getOperationType()))
        .collect(Collectors.groupingBy(UserOperationLogEntry::getOperationId));
    for (List<UserOperationLogEntry> operation : operations.values()) {
      UserOperationLogEntry first = operation.get(0);
      String changed = operation.stream().map(UserOperationLogEntry::getNewValue)
          .filter(v -> v != null && !v.isBlank() && !v.equals(first.getUserId())).distinct()
          .collect(Collectors.joining(", "));
      entries.add(new Entry(first.getTimestamp(), "handeling", OPERATIONS.get(first.getOperationType()),
          first.getUserId(), changed.isEmpty() ? null : changed));
    }
    if (instance.getEndTime() != null) {
      entries.add(new Entry(instance.getEndTime(), "beeindigd", "Zaak beëindigd", null, instance.getDeleteReason()));
    }
  }

  static boolean isMotivation(String variableName) {
    return variableName != null && variableName.toLowerCase(Locale.ROOT).endsWith("motivation");
  }
}

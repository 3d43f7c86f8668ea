package nl.wmotoezicht.casefile;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.Date;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.Set;
import nl.wmotoezicht.cases.CaseVisibility;
import nl.wmotoezicht.cases.StartContract;
import nl.wmotoezicht.cases.StartContracts;
import nl.wmotoezicht.identity.UserNames;
import nl.wmotoezicht.kernel.CaseVariables;
import nl.wmotoezicht.kernel.ProviderVariables;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.StartEvent;
import org.camunda.bpm.model.bpmn.instance.UserTask;
import org.camunda.bpm.engine.ActivityTypes;
import org.camunda.bpm.engine.history.HistoricActivityInstance;
import org.camunda.bpm.engine.history.HistoricDecisionInstance;
import org.camunda.bpm.engine.history.HistoricDecisionOutputInstance;
import org.camunda.bpm.engine.history.HistoricDetail;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.camunda.bpm.engine.history.HistoricTaskInstance;
import org.camunda.bpm.engine.history.HistoricVariableUpdate;
import org.camunda.bpm.engine.history.UserOperationLogEntry;
import org.springframework.stereotype.Service;

/**
 * What happened in a case, read from the engine's history: when each of its processes started and ended, every task
 * completed with who completed it, every decision table evaluated with its result, every motivation recorded
 * (variables whose name ends in {@code Motivation}/{@code motivation}, such as the motivation of a choice that deviates
 * from the indication), what the provider sent in (the variables of the messages to a waiting case, {@link
 * StartContract.Kind#CASE_MESSAGE}, such as a zienswijze or a reported repair) and what users did by hand (claims,
 * assignments, variable changes in Cockpit: the user operation log). Variables and decision outputs carry the labels of
 * the forms and decision tables, users their names. Call it only for instances the caller may see.
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

  private static final String SUBMITTED = "Ontvangen van de aanbieder: ";

  /** Variables of a case message that name the case or the provider, not what the provider says. */
  private static final Set<String> NOT_SUBMISSIONS = notSubmissions();

  private static Set<String> notSubmissions() {
    Set<String> names = new java.util.HashSet<>(StartContract.CASE_NUMBER_VARIABLES);
    names.add(CaseVariables.MUNICIPALITY_CODE.name());
    names.add(CaseVariables.MUNICIPALITY_NAME.name());
    ProviderVariables.ALL.forEach(v -> names.add(v.name()));
    return Set.copyOf(names);
  }

  private final HistoryService historyService;
  private final CaseVisibility visibility;
  private final FormLabels labels;
  private final UserNames users;
  private final Set<String> submissions;
  private final RepositoryService repositoryService;
  /** The forms a process definition refers to (user tasks and start events), by definition id. */
  private final Map<String, List<String>> formsOfDefinition = new ConcurrentHashMap<>();

  CaseHistory(HistoryService historyService, CaseVisibility visibility, FormLabels labels, UserNames users,
      List<StartContracts> contracts, RepositoryService repositoryService) {
    this.repositoryService = repositoryService;
    this.historyService = historyService;
    this.visibility = visibility;
    this.labels = labels;
    this.users = users;
    this.submissions = contracts.stream().flatMap(c -> c.contracts().stream())
        .filter(c -> c.kind() == StartContract.Kind.CASE_MESSAGE).flatMap(c -> c.variables().stream())
        .filter(v -> !NOT_SUBMISSIONS.contains(v)).collect(Collectors.toUnmodifiableSet());
  }

  /**
   * One event in a case.
   *
   * @param at      when
   * @param kind    {@code gestart}, {@code taak}, {@code beslissing}, {@code motivering}, {@code ingediend} (sent in
   *                by the provider), {@code handeling} or {@code beeindigd} (one of the case's processes ended)
   * @param title   what, in Dutch
   * @param user    who, by name, when known
   * @param detail  the result, motivation or text sent in, when there is one
   * @param process the name of the case's process it happened in
   * @param processInstanceId that process instance
   */
  record Entry(Date at, String kind, String title, String user, String detail, String process,
      String processInstanceId) {
  }

  /** The separator of the users an action's detail names ("toezichthouder, manager-heerlen"). */
  private static final Pattern USER_LIST = Pattern.compile(",\\s*");

  /**
   * What happened in these instances, oldest first, users by name: one user query for the whole reading. The
   * instances come as {@link CaseVisibility#instancesOf} lists them, in the same order every time; entries at the same
   * moment keep that order, so a case file reads the same on every reading.
   */
  List<Entry> of(List<HistoricProcessInstance> instances) {
    return visibility.asSystem(() -> {
      List<Collected> collected = new ArrayList<>();
      for (HistoricProcessInstance instance : instances) {
        collect(instance, collected);
      }
      Map<String, String> names = users.of(userIds(collected));
      List<Entry> entries = new ArrayList<>(collected.size());
      for (Collected c : collected) {
        entries.add(c.named(names));
      }
      entries.sort(Comparator.comparing(Entry::at));
      return entries;
    });
  }

  /**
   * An entry as read, its user still by id; for an action ({@code handeling}) the detail may name users too (e.g. the
   * new assignee), each comma-separated part that is a user id.
   */
  private record Collected(Entry entry, boolean detailNamesUsers) {

    Collected(Entry entry) {
      this(entry, false);
    }

    Entry named(Map<String, String> names) {
      Entry e = entry;
      String detail = detailNamesUsers && e.detail() != null
          ? String.join(", ", Arrays.stream(USER_LIST.split(e.detail())).map(part -> name(part, names)).toList())
          : e.detail();
      return new Entry(e.at(), e.kind(), e.title(), name(e.user(), names), detail, e.process(),
          e.processInstanceId());
    }

    /** The user's name; the id when the user has none or is not known; null for no user. */
    private static String name(String userId, Map<String, String> names) {
      return userId == null || userId.isBlank() ? null : names.getOrDefault(userId, userId);
    }
  }

  /** Every user id the entries name (their users, and the parts of an action's detail). */
  private static Set<String> userIds(List<Collected> collected) {
    Set<String> ids = new HashSet<>();
    for (Collected c : collected) {
      if (c.entry().user() != null && !c.entry().user().isBlank()) {
        ids.add(c.entry().user());
      }
      if (c.detailNamesUsers() && c.entry().detail() != null) {
        Arrays.stream(USER_LIST.split(c.entry().detail())).filter(part -> !part.isBlank()).forEach(ids::add);
      }
    }
    return ids;
  }

  private void collect(HistoricProcessInstance instance, List<Collected> entries) {
    String id = instance.getId();
    String process = instance.getProcessDefinitionName();
    List<String> forms = formsOfDefinition.computeIfAbsent(instance.getProcessDefinitionId(), this::formsOf);
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
    entries.add(new Collected(new Entry(instance.getStartTime(), "gestart", process + " gestart",
        instance.getStartUserId(), null, process, id)));
    for (HistoricTaskInstance task : historyService.createHistoricTaskInstanceQuery().processInstanceId(id).finished()
        .list()) {
      if (task.getDeleteReason() == null || "completed".equals(task.getDeleteReason())) {
        String user = completedBy.getOrDefault(task.getId(), task.getAssignee());
        entries.add(new Collected(new Entry(task.getEndTime(), "taak", task.getName(), user, null, process, id)));
      }
    }
    for (HistoricDecisionInstance decision : historyService.createHistoricDecisionInstanceQuery().processInstanceId(id)
        .includeOutputs().list()) {
      String result = decision.getOutputs().stream()
          .map(o -> outputLabel(o) + ": " + labels.value(o.getVariableName(), o.getValue()))
          .distinct().collect(Collectors.joining("; "));
      entries.add(new Collected(new Entry(decision.getEvaluationTime(), "beslissing",
          "Beslistabel: " + (decision.getDecisionDefinitionName() == null ? decision.getDecisionDefinitionKey()
              : decision.getDecisionDefinitionName()), null, result.isEmpty() ? "geen uitkomst" : result, process,
          id)));
    }
    Map<String, String> lastSubmitted = new HashMap<>();
    Set<String> copiedOut = callActivityInstances(id);
    for (HistoricDetail detail : historyService.createHistoricDetailQuery().processInstanceId(id).variableUpdates()
        .orderByTime().asc().list()) {
      if (!(detail instanceof HistoricVariableUpdate update) || update.getValue() == null
          || update.getValue().toString().isBlank()) {
        continue;
      }
      String name = update.getVariableName();
      String user = update.getUserOperationId() == null ? null : userOfOperation.get(update.getUserOperationId());
      if (isMotivation(name)) {
        entries.add(new Collected(new Entry(update.getTime(), "motivering",
            labels.label(name, forms).orElse("Motivering"), user, update.getValue().toString(), process, id)));
      } else if (submissions.contains(name) && !copiedOut.contains(update.getActivityInstanceId())) {
        // read where the message arrived: a called process (e.g. rapportage) hands it back to its caller through the
        // call activity's output mapping, which is no second submission
        // sent in by message; a form that shows it again (read-only) writes the same text: that is no new submission
        String text = labels.value(name, update.getValue());
        if (!text.equals(lastSubmitted.put(name, text))) {
          entries.add(new Collected(new Entry(update.getTime(), "ingediend",
              submissionTitle(labels.label(name, forms).orElse(name)), user, text, process, id)));
        }
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
      entries.add(new Collected(new Entry(first.getTimestamp(), "handeling", OPERATIONS.get(first.getOperationType()),
          first.getUserId(), changed.isEmpty() ? null : changed, process, id), true));
    }
    if (instance.getEndTime() != null) {
      // the end of this process, not of the case: a publication ends while its investigation runs on
      entries.add(new Collected(new Entry(instance.getEndTime(), "beeindigd",
          process + " " + CaseStatusLabels.ended(instance), null, instance.getDeleteReason(), process, id)));
    }
  }

  /**
   * The title of what the provider sent in: "Ontvangen van de aanbieder: " and the label of its form field, which says
   * what it is about ("Zienswijze van de aanbieder op het conceptrapport"), without repeating who sent it: a signal
   * that went to publication holds two zienswijzen, one on the report (art. 4:8 Awb) and one on its publication, and
   * the Dossier tells them apart by these titles.
   */
  static String submissionTitle(String label) {
    return SUBMITTED + label.replace(" van de aanbieder", "").replace(" door de aanbieder", "");
  }

  /** The activity instances of the instance's call activities: what they write is copied out of a called process. */
  private Set<String> callActivityInstances(String processInstanceId) {
    return historyService.createHistoricActivityInstanceQuery().processInstanceId(processInstanceId)
        .activityType(ActivityTypes.CALL_ACTIVITY).list().stream().map(HistoricActivityInstance::getId)
        .collect(Collectors.toUnmodifiableSet());
  }

  private List<String> formsOf(String processDefinitionId) {
    List<String> forms = new ArrayList<>();
    BpmnModelInstance model = repositoryService.getBpmnModelInstance(processDefinitionId);
    for (UserTask task : model.getModelElementsByType(UserTask.class)) {
      if (task.getCamundaFormRef() != null) {
        forms.add(task.getCamundaFormRef());
      }
    }
    for (StartEvent start : model.getModelElementsByType(StartEvent.class)) {
      if (start.getCamundaFormRef() != null) {
        forms.add(start.getCamundaFormRef());
      }
    }
    return List.copyOf(forms);
  }

  private String outputLabel(HistoricDecisionOutputInstance output) {
    String clause = output.getClauseName();
    return clause != null && !clause.isBlank() ? clause
        : labels.label(output.getVariableName()).orElse(output.getVariableName());
  }

  static boolean isMotivation(String variableName) {
    return variableName != null && variableName.toLowerCase(Locale.ROOT).endsWith("motivation");
  }
}

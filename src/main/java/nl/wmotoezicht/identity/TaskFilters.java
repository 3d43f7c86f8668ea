package nl.wmotoezicht.identity;

import static org.camunda.bpm.engine.authorization.Permissions.READ;
import static org.camunda.bpm.engine.authorization.Resources.FILTER;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import nl.wmotoezicht.kernel.TaskListColumns;
import org.camunda.bpm.engine.FilterService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.filter.Filter;
import org.camunda.bpm.engine.task.TaskQuery;

/**
 * The saved Tasklist filters of the region, each readable only by the groups it is meant for, so a user
 * sees her work when she logs in without configuring anything. The queries use expressions
 * ({@code ${currentUser()}}, {@code ${currentUserGroups()}}, {@code ${now()}}, {@code ${dateTime()}}),
 * evaluated for the user who opens the filter; the engine allows expressions in stored queries only.
 * Tasklist lists filters by ascending priority. The queries carry no ordering: a filter's own ordering would come
 * before the sort the user picks in Tasklist, and the list would not be sorted as its sort label says; Tasklist's
 * default sort (due date, earliest first) is set by {@code app/tasklist/scripts/wmo/zoeken.js}. Idempotent: an existing filter (found by name) gets the
 * current query and properties.
 */
final class TaskFilters {

  private static final List<String> WORKING_GROUPS = List.of(Groups.TOEZICHTHOUDERS, Groups.CONTRACTMANAGERS,
      Groups.COLLEGE);
  private static final List<String> FOLLOWING_PROVIDERS = List.of(Groups.TOEZICHTHOUDERS, Groups.CONTRACTMANAGERS);
  private static final List<String> MANAGERS = List.of(Groups.MANAGERS);

  /**
   * Shown under each task in the list: the task's own copies of the case's data (task-local, readable by whoever
   * may read the task, see {@link TaskListColumns}).
   */
  private static final List<Map<String, String>> LIST_VARIABLES = TaskListColumns.COLUMNS;

  private final FilterService filters;
  private final TaskService tasks;
  private final Authorizations grants;
  /** The tasks that exist because the case waits on the provider, as the process modules declare them. */
  private final String[] waitingOnProvider;

  TaskFilters(FilterService filters, TaskService tasks, Authorizations grants, List<WaitingOnProvider> waiting) {
    this.filters = filters;
    this.tasks = tasks;
    this.grants = grants;
    this.waitingOnProvider = waiting.stream().flatMap(w -> w.taskDefinitionKeys().stream()).distinct()
        .toArray(String[]::new);
  }

  void createAll() {
    save("Mijn taken", "Taken die ik heb opgepakt", 10, "#2b6cb0", WORKING_GROUPS,
        () -> tasks.createTaskQuery().taskAssigneeExpression("${currentUser()}"));
    save("Taken van mijn groepen", "Open taken voor de groepen waarvan ik lid ben", 20, "#4a5568", WORKING_GROUPS,
        () -> myGroups());
    save("Termijn verloopt deze week", "Taken van mijn groepen die de komende zeven dagen vervallen", 30, "#b7791f",
        WORKING_GROUPS, () -> myGroups().dueAfterExpression("${now()}")
            .dueBeforeExpression("${dateTime().plusDays(7).toDate()}"));
    save("Achterstallig", "Taken van mijn groepen waarvan de vervaldatum voorbij is", 40, "#c53030", WORKING_GROUPS,
        () -> myGroups().dueBeforeExpression("${now()}"));
    save("Wacht op aanbieder", "Vervolg op wat de aanbieder moest doen: te laat rapport, verbetering of herstel "
        + "monitoren, hercontrole na een termijn", 50, "#2f855a", FOLLOWING_PROVIDERS,
        () -> myGroups().taskDefinitionKeyIn(waitingOnProvider));
    save("Alle open taken van mijn gemeente", "Alle open taken van de zaken van mijn gemeente (alleen inzien)", 60,
        "#4a5568", MANAGERS, () -> tasks.createTaskQuery());
    save("Achterstallig in mijn gemeente", "Open taken van mijn gemeente waarvan de vervaldatum voorbij is", 70,
        "#c53030", MANAGERS, () -> tasks.createTaskQuery().dueBeforeExpression("${now()}"));
  }

  private TaskQuery myGroups() {
    return tasks.createTaskQuery().taskCandidateGroupInExpression("${currentUserGroups()}").includeAssignedTasks();
  }

  private void save(String name, String description, int priority, String color, List<String> groups,
      Supplier<TaskQuery> query) {
    Filter filter = filters.createFilterQuery().filterName(name).singleResult();
    if (filter == null) {
      filter = filters.newTaskFilter(name).setOwner(null);
    }
    Map<String, Object> properties = new LinkedHashMap<>();
    properties.put("description", description);
    properties.put("priority", priority);
    properties.put("color", color);
    properties.put("refresh", true);
    properties.put("variables", LIST_VARIABLES);
    filter.setQuery(query.get());
    filter.setProperties(properties);
    filters.saveFilter(filter);
    for (String group : groups) {
      grants.grantGroup(group, FILTER, filter.getId(), READ);
    }
  }
}

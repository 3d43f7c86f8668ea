package nl.wmotoezicht.webapps;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import nl.wmotoezicht.kernel.ProviderVariables;
import nl.wmotoezicht.kernel.CaseVariables;
import nl.wmotoezicht.kernel.ProcessVariable;
import nl.wmotoezicht.kernel.TaskListColumns;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.core.variable.scope.AbstractVariableScope;
import org.camunda.bpm.engine.impl.core.variable.scope.VariableCollectionProvider;
import org.camunda.bpm.engine.impl.core.variable.scope.VariableStore;
import org.camunda.bpm.engine.impl.interceptor.CommandContext;
import org.camunda.bpm.engine.impl.persistence.entity.TaskEntity;
import org.camunda.bpm.engine.variable.impl.VariableMapImpl;
import org.camunda.bpm.engine.variable.value.TypedValue;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * What every task list shows under a task: case number, municipality, provider and the last day of the task's
 * term, copied onto the task as task-local variables when it is created and kept in step when its due date
 * changes. Tasklist reads a list's variables with the reader's own rights: task-local variables need only READ
 * on the task, which every candidate and assignee has, so a supervisor and the college see them without READ on
 * the process instance; a task of another municipality stays invisible with its variables (tenant check).
 *
 * <p>A task created in the running command has no variables in the database yet, but Camunda's {@code TaskEntity}
 * asks the database for them on the first variable access all the same ({@code selectVariablesByTaskId}, one query
 * and its planning per new user task, e.g. per due begunstigingstermijn timer). For such a task the listener tells the
 * task's variable store that there is nothing stored, as Camunda itself does for a new execution
 * ({@code ExecutionEntity.initializeAssociations}); a store that is already loaded (a model's own create listener set a
 * task-local variable first) is left alone ({@code VariableStore.setVariablesProvider} ignores it then).
 * The store is a protected field of the engine's entity: should a later Camunda version rename it, the listener
 * reads as before (a warning at start-up), it never writes differently ({@code docs/webapps.md}). It is still
 * needed: every {@code setVariableLocal} on a task first loads the task's store ({@code containsKey}), and Camunda
 * offers no public way to tell a new task's store that nothing is stored.
 *
 * <p>Of the case's variables only the two the columns show are read, by name: the due date expression before the
 * listener ({@code ${terms.dueIn(...)}}) no longer loads all variables of the instance (the expression manager
 * resolves bean names before variables), so reading here all 20 to 30 variables of a real case would only move that
 * cost into the listener.
 */
final class TaskListVariables implements TaskListener {

  private static final Logger LOG = LoggerFactory.getLogger(TaskListVariables.class);

  private static final DateTimeFormatter DUTCH_DATE = DateTimeFormatter.ofPattern("d-M-yyyy");
  private static final ZoneId ZONE = ZoneId.of("Europe/Amsterdam");

  /** The process variables the columns show (a set: the engine stops climbing the scopes once it has all). */
  private static final Set<String> CASE_VARIABLE_NAMES =
      Set.of(CaseVariables.MUNICIPALITY_NAME.name(), ProviderVariables.PROVIDER_NAME.name());

  /** {@code TaskEntity.variableStore}, or null when this Camunda version has no such field. */
  private static final VarHandle TASK_VARIABLE_STORE = taskVariableStore();

  @Override
  public void notify(DelegateTask task) {
    if (task.getExecution() == null) {
      return; // a standalone task has no case
    }
    if (EVENTNAME_CREATE.equals(task.getEventName())) {
      nothingStoredYet(task);
    }
    Map<String, Object> caseVariables = caseVariables(task);
    setIfChanged(task, TaskListColumns.CASE_NUMBER, task.getExecution().getProcessBusinessKey());
    setIfChanged(task, TaskListColumns.MUNICIPALITY, text(caseVariables.get(CaseVariables.MUNICIPALITY_NAME.name())));
    setIfChanged(task, TaskListColumns.PROVIDER, text(caseVariables.get(ProviderVariables.PROVIDER_NAME.name())));
    setIfChanged(task, TaskListColumns.TERM_END, task.getDueDate() == null ? null
        : DUTCH_DATE.format(task.getDueDate().toInstant().atZone(ZONE)));
  }

  /**
   * The case variables the columns show, as {@code task.getVariable} finds them (the task's own first, then its
   * execution and the scopes above it), but read by name: a scope whose variables are not loaded yet is asked for
   * these two only ({@code NAME_ IN (...)}), not for all of the case's variables.
   */
  private static Map<String, Object> caseVariables(DelegateTask task) {
    Map<String, Object> found = new HashMap<>();
    for (String name : CASE_VARIABLE_NAMES) {
      Object local = task.getVariableLocal(name); // the task's own store: empty for a new task, see nothingStoredYet
      if (local != null) {
        found.put(name, local);
      }
    }
    if (found.size() < CASE_VARIABLE_NAMES.size()) {
      Set<String> missing = new HashSet<>(CASE_VARIABLE_NAMES);
      missing.removeAll(found.keySet());
      if (task.getExecution() instanceof AbstractVariableScope execution) {
        VariableMapImpl collected = new VariableMapImpl();
        execution.collectVariables(collected, missing, false, true);
        for (String name : missing) {
          TypedValue value = collected.getValueTyped(name);
          if (value != null) {
            found.put(name, value.getValue());
          }
        }
      } else {
        missing.forEach(name -> found.put(name, task.getVariable(name)));
      }
    }
    return found;
  }

  /**
   * A task inserted by the running command (transient in its entity cache, not yet flushed) has no stored
   * variables: its variable store starts empty instead of querying the database.
   */
  private static void nothingStoredYet(DelegateTask task) {
    CommandContext command = Context.getCommandContext();
    if (TASK_VARIABLE_STORE == null || command == null || !(task instanceof TaskEntity entity)
        || !command.getDbEntityManager().getDbEntityCache().isTransient(entity)) {
      return;
    }
    VariableStore<?> store = (VariableStore<?>) TASK_VARIABLE_STORE.get(entity);
    if (store != null && !store.isInitialized()) {
      store.setVariablesProvider(VariableCollectionProvider.emptyVariables());
    }
  }

  private static VarHandle taskVariableStore() {
    try {
      return MethodHandles.privateLookupIn(TaskEntity.class, MethodHandles.lookup())
          .findVarHandle(TaskEntity.class, "variableStore", VariableStore.class);
    } catch (ReflectiveOperationException | RuntimeException e) {
      LOG.warn("TaskEntity.variableStore not accessible ({}): every new user task reads its (absent) variables "
          + "from the database before the task list's columns are written", e.toString());
      return null;
    }
  }

  /** Only a change is written: writing a task-local variable is itself an update of the task. */
  private static void setIfChanged(DelegateTask task, ProcessVariable<String> variable, String value) {
    if (value != null && !Objects.equals(task.getVariableLocal(variable.name()), value)) {
      task.setVariableLocal(variable.name(), value);
    }
  }

  private static String text(Object value) {
    return value == null ? null : value.toString();
  }
}

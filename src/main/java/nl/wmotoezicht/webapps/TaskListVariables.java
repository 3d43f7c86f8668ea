package nl.wmotoezicht.webapps;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Objects;
import nl.wmotoezicht.kernel.ProviderVariables;
import nl.wmotoezicht.kernel.CaseVariables;
import nl.wmotoezicht.kernel.ProcessVariable;
import nl.wmotoezicht.kernel.TaskListColumns;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;

/**
 * What every task list shows under a task: case number, municipality, provider and the last day of the task's
 * term, copied onto the task as task-local variables when it is created and kept in step when its due date
 * changes. Tasklist reads a list's variables with the reader's own rights: task-local variables need only READ
 * on the task, which every candidate and assignee has, so a supervisor and the college see them without READ on
 * the process instance; a task of another municipality stays invisible with its variables (tenant check).
 */
final class TaskListVariables implements TaskListener {


  private static final DateTimeFormatter DUTCH_DATE = DateTimeFormatter.ofPattern("d-M-yyyy");
  private static final ZoneId ZONE = ZoneId.of("Europe/Amsterdam");

  @Override
  public void notify(DelegateTask task) {
    if (task.getExecution() == null) {
      return; // a standalone task has no case
    }
    setIfChanged(task, TaskListColumns.CASE_NUMBER, task.getExecution().getProcessBusinessKey());
    setIfChanged(task, TaskListColumns.MUNICIPALITY, text(task.getVariable(CaseVariables.MUNICIPALITY_NAME.name())));
    setIfChanged(task, TaskListColumns.PROVIDER, text(task.getVariable(ProviderVariables.PROVIDER_NAME.name())));
    setIfChanged(task, TaskListColumns.TERM_END, task.getDueDate() == null ? null
        : DUTCH_DATE.format(task.getDueDate().toInstant().atZone(ZONE)));
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

package nl.wmotoezicht.webapps;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import nl.wmotoezicht.kernel.ProviderVariables;
import nl.wmotoezicht.kernel.CaseVariables;
import nl.wmotoezicht.kernel.ProcessVariable;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;

/**
 * What every task list shows under a task: case number, municipality, provider and the last day of the task's
 * term, copied onto the task as task-local variables when it is created and kept in step when its due date
 * changes. Tasklist reads a list's variables with the reader's own rights: task-local variables need only READ
 * on the task, which every candidate and assignee has, so a supervisor and the college see them without READ on
 * the process instance; a task of another municipality stays invisible with its variables (tenant check).
 */
public final class TaskListVariables implements TaskListener {

  static final ProcessVariable<String> CASE_NUMBER = ProcessVariable.string("listCaseNumber");
  static final ProcessVariable<String> MUNICIPALITY = ProcessVariable.string("listMunicipality");
  static final ProcessVariable<String> PROVIDER = ProcessVariable.string("listProvider");
  static final ProcessVariable<String> TERM_END = ProcessVariable.string("listTermEnd");

  /** The filters' list columns ({@code variables} of a Tasklist filter), in order. */
  public static final List<Map<String, String>> COLUMNS = List.of(
      Map.of("name", CASE_NUMBER.name(), "label", "Zaak"),
      Map.of("name", MUNICIPALITY.name(), "label", "Gemeente"),
      Map.of("name", PROVIDER.name(), "label", "Aanbieder"),
      Map.of("name", TERM_END.name(), "label", "Termijn t/m"));

  private static final DateTimeFormatter DUTCH_DATE = DateTimeFormatter.ofPattern("d-M-yyyy");
  private static final ZoneId ZONE = ZoneId.of("Europe/Amsterdam");

  @Override
  public void notify(DelegateTask task) {
    if (task.getExecution() == null) {
      return; // a standalone task has no case
    }
    setIfChanged(task, CASE_NUMBER, task.getExecution().getProcessBusinessKey());
    setIfChanged(task, MUNICIPALITY, text(task.getVariable(CaseVariables.MUNICIPALITY_NAME.name())));
    setIfChanged(task, PROVIDER, text(task.getVariable(ProviderVariables.PROVIDER_NAME.name())));
    setIfChanged(task, TERM_END, task.getDueDate() == null ? null
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

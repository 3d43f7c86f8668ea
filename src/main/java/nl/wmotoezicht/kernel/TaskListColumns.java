package nl.wmotoezicht.kernel;

import java.util.List;
import java.util.Map;

/**
 * The case data every task list shows under a task, as task-local variables of every user task (written by the
 * webapps module's listener, read by the saved Tasklist filters of the identity module).
 */
public final class TaskListColumns {

  public static final ProcessVariable<String> CASE_NUMBER = ProcessVariable.string("listCaseNumber");
  public static final ProcessVariable<String> MUNICIPALITY = ProcessVariable.string("listMunicipality");
  public static final ProcessVariable<String> PROVIDER = ProcessVariable.string("listProvider");
  public static final ProcessVariable<String> TERM_END = ProcessVariable.string("listTermEnd");

  /** The filters' list columns ({@code variables} of a Tasklist filter), in order. */
  public static final List<Map<String, String>> COLUMNS = List.of(
      Map.of("name", CASE_NUMBER.name(), "label", "Zaak"),
      Map.of("name", MUNICIPALITY.name(), "label", "Gemeente"),
      Map.of("name", PROVIDER.name(), "label", "Aanbieder"),
      Map.of("name", TERM_END.name(), "label", "Termijn t/m"));

  private TaskListColumns() {
  }
}

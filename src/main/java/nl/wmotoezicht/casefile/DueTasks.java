package nl.wmotoezicht.casefile;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The open tasks with a due date of running process instances, for the Termijnenoverzicht and the case file: the five
 * columns they show, read with one statement per batch of instances from Camunda's task table.
 *
 * <p>Not through the engine's task query: that loads every task as a full entity (about 25 columns, the engine's
 * entity cache and, when the command closes, a dirty check per task) only for a name and a date. For a region's
 * overview (50,000 open tasks) that was about half of the request's CPU ({@code bench/RESULTS-w8-cockpit.md}). The
 * rows are the same: the overview asked the engine as the system (no authorization or tenant check; the caller's
 * right to see the cases is checked before, {@code cases/CaseVisibility}), for every task of the instances, and used
 * only those with a due date, in the engine's order (task id).
 */
@Component
class DueTasks {

  /**
   * An open task with a due date.
   *
   * @param processInstanceId its process instance
   * @param name its name
   * @param dueAt its due date
   * @param processDefinitionId its process definition (for the model's legal basis)
   * @param taskDefinitionKey its element in the model
   */
  record DueTask(String processInstanceId, String name, Instant dueAt, String processDefinitionId,
      String taskDefinitionKey) {
  }

  private final NamedParameterJdbcTemplate jdbc;

  DueTasks(JdbcTemplate jdbc) {
    this.jdbc = new NamedParameterJdbcTemplate(jdbc);
  }

  /** The due tasks of these process instances (at most a few hundred per call), in task id order. */
  List<DueTask> of(Collection<String> processInstanceIds) {
    if (processInstanceIds.isEmpty()) {
      return List.of();
    }
    return jdbc.query("SELECT PROC_INST_ID_, NAME_, DUE_DATE_, PROC_DEF_ID_, TASK_DEF_KEY_ FROM ACT_RU_TASK "
            + "WHERE PROC_INST_ID_ IN (:ids) AND DUE_DATE_ IS NOT NULL ORDER BY ID_",
        Map.of("ids", processInstanceIds),
        (rs, row) -> {
          Timestamp due = rs.getTimestamp(3);
          return new DueTask(rs.getString(1), rs.getString(2), due.toInstant(), rs.getString(4), rs.getString(5));
        });
  }
}

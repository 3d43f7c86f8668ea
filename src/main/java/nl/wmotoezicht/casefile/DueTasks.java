package nl.wmotoezicht.casefile;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The open tasks with a due date of running process instances, for the Termijnenoverzicht and the case file: the five
 * columns they show, read from Camunda's task table with one statement per batch of instances, or for many instances
 * one per set of municipalities ({@link #byInstance}).
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

  /** Process instances per statement of the read by instance (the IN list stays well below database limits). */
  static final int BATCH = 500;

  private final NamedParameterJdbcTemplate jdbc;
  private final int perMunicipalityAbove;

  @Autowired
  DueTasks(JdbcTemplate jdbc) {
    this(jdbc, BATCH);
  }

  /**
   * @param perMunicipalityAbove above this many instances {@link #byInstance} reads per municipality instead of per
   *     batch of instances
   */
  DueTasks(JdbcTemplate jdbc, int perMunicipalityAbove) {
    this.jdbc = new NamedParameterJdbcTemplate(jdbc);
    this.perMunicipalityAbove = perMunicipalityAbove;
  }

  /**
   * The due tasks of these process instances, per instance in task id order. Up to one batch of instances: one read by
   * instance id. More (a region's overview: 12,000 instances): one read of the due tasks of their municipalities
   * (tenants; a task has its instance's tenant), keeping those of the given instances; instances without a tenant are
   * read by id. On PostgreSQL a batch of 500 ids was a scan of the whole task table, once per batch: 24 scans, 64,000
   * buffers for a region, against one scan now ({@code bench/RESULTS-w8-cockpit.md}, wave 9). The rows are the same.
   */
  Map<String, List<DueTask>> byInstance(Collection<HistoricProcessInstance> instances) {
    Set<String> wanted = new LinkedHashSet<>();
    Set<String> tenants = new LinkedHashSet<>();
    List<String> byId = new ArrayList<>();
    boolean perMunicipality = instances.size() > perMunicipalityAbove;
    for (HistoricProcessInstance instance : instances) {
      wanted.add(instance.getId());
      if (perMunicipality && instance.getTenantId() != null) {
        tenants.add(instance.getTenantId());
      } else {
        byId.add(instance.getId());
      }
    }
    List<DueTask> found = new ArrayList<>();
    List<String> ids = List.copyOf(byId);
    for (int from = 0; from < ids.size(); from += BATCH) {
      found.addAll(of(ids.subList(from, Math.min(ids.size(), from + BATCH))));
    }
    List<String> municipalities = List.copyOf(tenants);
    for (int from = 0; from < municipalities.size(); from += BATCH) {
      found.addAll(jdbc.query(SELECT + "TENANT_ID_ IN (:tenants) AND DUE_DATE_ IS NOT NULL ORDER BY ID_",
          Map.of("tenants", municipalities.subList(from, Math.min(municipalities.size(), from + BATCH))), ROW));
    }
    Map<String, List<DueTask>> byInstance = new HashMap<>();
    found.stream().filter(t -> wanted.contains(t.processInstanceId()))
        .forEach(t -> byInstance.computeIfAbsent(t.processInstanceId(), k -> new ArrayList<>()).add(t));
    return byInstance;
  }

  private static final String SELECT =
      "SELECT PROC_INST_ID_, NAME_, DUE_DATE_, PROC_DEF_ID_, TASK_DEF_KEY_ FROM ACT_RU_TASK WHERE ";

  private static final RowMapper<DueTask> ROW = (rs, row) -> {
    Timestamp due = rs.getTimestamp(3);
    return new DueTask(rs.getString(1), rs.getString(2), due.toInstant(), rs.getString(4), rs.getString(5));
  };

  /** The due tasks of these process instances (at most a few hundred per call), in task id order. */
  List<DueTask> of(Collection<String> processInstanceIds) {
    if (processInstanceIds.isEmpty()) {
      return List.of();
    }
    return jdbc.query(SELECT + "PROC_INST_ID_ IN (:ids) AND DUE_DATE_ IS NOT NULL ORDER BY ID_",
        Map.of("ids", processInstanceIds), ROW);
  }
}

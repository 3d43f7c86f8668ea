package nl.wmotoezicht.platform;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Gives PostgreSQL's planner the statistics it lacks for Camunda's authorization check, so task lists
 * stay fast with thousands of open tasks (bench P5: a supervisor's Tasklist filter over 10,000 open
 * tasks went from 16.6 s to well under a second; see {@code bench/RESULTS.md}).
 *
 * <p>Every task has an authorization row for its candidate group, so a group's list joins as many
 * authorizations as there are open tasks. The join's filter tests permission bits
 * ({@code PERMS_ & 2 = 2}); without statistics on that expression PostgreSQL guesses 0.5 % of the rows
 * match, plans a nested loop over a materialised copy of the authorizations and compares every task
 * with every authorization (100 million comparisons at 10,000 tasks). With expression statistics it
 * knows nearly all rows match and looks each task's authorization up in the resource-id index.
 *
 * <p>Statistics change no result and no permission: the same rows are found, only faster. Camunda's
 * own tables are created by the engine, so this runs after the engine is built (not as a Flyway
 * migration, which may run before the tables exist), on PostgreSQL 14 or later, idempotently.
 */
@Component
class PostgresPlannerStatistics extends AbstractProcessEnginePlugin {

  private static final Logger LOG = LoggerFactory.getLogger(PostgresPlannerStatistics.class);

  /** The read bits Tasklist and Cockpit lists check: READ (2), READ_TASK (64), READ_INSTANCE (512), READ_HISTORY (4096). */
  static final String CREATE = "CREATE STATISTICS IF NOT EXISTS wmo_stat_auth_perms "
      + "ON (perms_ & 2), (perms_ & 64), (perms_ & 512), (perms_ & 4096) FROM act_ru_authorization";

  /**
   * The candidate-group links of tasks with everything a task list's join reads from them (issue 16, bench P5).
   * With it PostgreSQL reads the links of a group's tasks from the index alone, in task order, merge-joins them with
   * the tasks, sorts and de-duplicates, and checks the authorization of only the tasks on the requested page instead
   * of every candidate task (Camunda's own index on {@code task_id_} needs a heap visit per link). A list of 15 of
   * 10,000 open tasks: 330 ms and 130,000 buffers before, about 50 ms and 20,000 after ({@code bench/RESULTS.md}).
   */
  static final String TASK_LIST_INDEX = "CREATE INDEX IF NOT EXISTS wmo_idx_ident_lnk_task_cand "
      + "ON act_ru_identitylink (task_id_, type_, group_id_)";

  /**
   * The authorizations a task list's join can match (issue 16, wave 4, bench P5): Camunda checks READ on the task
   * (resource type 7) or READ_TASK on its process definition (6) with {@code RESOURCE_ID_ IN (task id, definition key,
   * '*')}, once per candidate task for a count. Camunda's index on {@code RESOURCE_ID_} also holds the grants on every
   * other resource type, so each probe for {@code '*'} read about 50 rows (the region's global grants on applications,
   * users, groups, batches ...) and threw them away. This partial index holds the task and definition grants only (9
   * {@code '*'} rows): the supervisor's count over 12,205 open tasks took 0.55 s instead of 0.74-0.93 s at the same
   * moment (machine load 34). It changes no result: the query's own condition on the resource type implies the index's.
   */
  static final String TASK_AUTHORIZATION_INDEX = "CREATE INDEX IF NOT EXISTS wmo_idx_auth_task_def_resource "
      + "ON act_ru_authorization (resource_id_) WHERE resource_type_ IN (6, 7)";

  @Override
  public void postProcessEngineBuild(ProcessEngine engine) {
    ProcessEngineConfigurationImpl configuration = (ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration();
    if (!"postgres".equals(configuration.getDatabaseType())) {
      return;
    }
    try (Connection connection = configuration.getDataSource().getConnection();
        Statement statement = connection.createStatement()) {
      if (connection.getMetaData().getDatabaseMajorVersion() < 14) {
        LOG.warn("PostgreSQL {} has no expression statistics (14+): large task lists will be slow",
            connection.getMetaData().getDatabaseProductVersion());
        return;
      }
      statement.execute(CREATE);
      statement.execute("ANALYZE act_ru_authorization");
      statement.execute(TASK_LIST_INDEX);
      statement.execute(TASK_AUTHORIZATION_INDEX);
      if (!connection.getAutoCommit()) {
        connection.commit();
      }
    } catch (SQLException e) {
      LOG.warn("Could not create planner statistics or the task-list index; large task lists may be slow", e);
    }
  }
}

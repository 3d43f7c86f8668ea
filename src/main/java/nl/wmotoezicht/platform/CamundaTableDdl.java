package nl.wmotoezicht.platform;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Start-up DDL on Camunda's own tables, in one place: every index, statistics object and data fix the app adds to the
 * engine's schema, each with its reason, the condition under which it runs and what a failure means (issue 16).
 *
 * <p><b>Why at start-up and not as Flyway migrations.</b> Camunda creates its tables when the engine is built; on a new
 * database the app's Flyway runs first, so a migration touching {@code ACT_*} tables would fail there, and a defensive
 * one ("if the table exists") would be recorded as applied and never run. So these steps run after the engine is built
 * ({@link #postProcessEngineBuild}), before the job executor starts, on every start-up, over one connection in
 * auto-commit mode (one statement, one transaction). Every statement is idempotent ({@code IF NOT EXISTS}, or an
 * {@code UPDATE} that finds nothing the second time), so a restart or a second node repeats them harmlessly. Each object
 * has its own {@code wmo_} name, so a Camunda schema upgrade leaves it in place. A plain {@code CREATE INDEX} blocks
 * writes to its table while it is built: on a large existing database the first start-up after an upgrade that adds
 * an index takes seconds longer ({@code docs/beheer-sizing.md}).
 *
 * <p>None of them changes a result or a permission: an index or a statistic decides how rows are found, not which; the
 * due-date backfill gives old jobs the due date Camunda already treated them as having.
 *
 * <p>One other piece of DDL on a Camunda table lives with the check it belongs to: the constraint
 * {@code wmo_auth_grants_only} of {@code security/GrantOnlyAuthorizations}, which depends on the data (no REVOKE yet)
 * and switches an engine setting when it is in place.
 */
@Component
class CamundaTableDdl extends AbstractProcessEnginePlugin {

  private static final Logger LOG = LoggerFactory.getLogger(CamundaTableDdl.class);

  /** What a failed step means for the start-up. */
  enum OnFailure {
    /** A missing index or statistic makes queries slower, never wrong: log a warning and start. */
    WARN,
    /** The app would not work correctly without it: do not start. */
    STOP
  }

  /** What a condition can look at: the database the engine uses and the engine's configuration. */
  record Database(String type, int majorVersion, ProcessEngineConfigurationImpl configuration) {
  }

  /** When a step runs, with a description for the log and {@code docs/beheer-sizing.md}. */
  record Condition(String description, Predicate<Database> test) {

    static Condition always() {
      return new Condition("every database", database -> true);
    }

    static Condition postgres() {
      return new Condition("PostgreSQL", database -> "postgres".equals(database.type()));
    }

    static Condition postgres(int minimumMajorVersion) {
      return new Condition("PostgreSQL " + minimumMajorVersion + "+",
          database -> "postgres".equals(database.type()) && database.majorVersion() >= minimumMajorVersion);
    }

    static Condition ensureJobDueDateNotNull() {
      return new Condition("ensure-job-due-date-not-null on",
          database -> database.configuration().isEnsureJobDueDateNotNull());
    }
  }

  /** One idempotent statement on Camunda's tables. */
  record Step(String name, String reason, Condition condition, OnFailure onFailure, String sql) {
  }

  /**
   * Jobs from before {@code ensureJobDueDateNotNull}: due when they were created, as Camunda treated them (bench P3).
   * With that setting every new job gets a due date and the acquisition no longer looks for jobs without one, so a job
   * an earlier version left without a due date would never run: the app does not start if this fails.
   */
  static final String JOB_DUE_DATE_BACKFILL =
      "UPDATE act_ru_job SET duedate_ = COALESCE(create_time_, CURRENT_TIMESTAMP) WHERE duedate_ IS NULL";

  /**
   * The job executor's candidates in the order it asks for (bench P3, {@code bench/RESULTS.md}, "Wave 5: P3"). The
   * engine acquires by due date ({@code jobExecutorAcquireByDueDate}, application.yaml): {@code ... WHERE DUEDATE_ <= now
   * ... ORDER BY DUEDATE_ LIMIT n}. Without an index PostgreSQL scans {@code ACT_RU_JOB}, every dead row of the jobs
   * executed since the last vacuum included: 1,946 buffers and 14-19 ms per acquisition with 5,000 of 10,000 due timers
   * executed; with this index and the next, 12-14 buffers and 0.2 ms in the same state.
   */
  static final String JOB_DUE_DATE_INDEX = "CREATE INDEX IF NOT EXISTS wmo_idx_job_acquisition ON act_ru_job (duedate_)";

  /**
   * The jobs in progress, for the acquisition's exclusive-job check ({@code J2.LOCK_OWNER_ is not null and
   * J2.LOCK_EXP_TIME_ >= now}): only locked jobs are in it, a handful while thousands wait.
   */
  static final String JOB_LOCKED_INDEX = "CREATE INDEX IF NOT EXISTS wmo_idx_job_locked "
      + "ON act_ru_job (lock_exp_time_) WHERE lock_owner_ IS NOT NULL";

  /**
   * Statistics on the permission bits Tasklist and Cockpit lists check: READ (2), READ_TASK (64), READ_INSTANCE (512),
   * READ_HISTORY (4096). Every task has an authorization row for its candidate group, so a group's list joins as many
   * authorizations as there are open tasks; without statistics on {@code PERMS_ & 2 = 2} PostgreSQL guesses 0.5 % of
   * the rows match and compares every task with every authorization (a supervisor's list over 10,000 open tasks: 16.6 s
   * instead of well under a second). Expression statistics need PostgreSQL 14.
   */
  static final String AUTH_PERMS_STATISTICS = "CREATE STATISTICS IF NOT EXISTS wmo_stat_auth_perms "
      + "ON (perms_ & 2), (perms_ & 64), (perms_ & 512), (perms_ & 4096) FROM act_ru_authorization";

  /** The statistics above are filled by the next ANALYZE; this one, so the first list after start-up has them. */
  static final String AUTH_ANALYZE = "ANALYZE act_ru_authorization";

  /**
   * The candidate-group links of tasks with everything a task list's join reads from them (issue 16, bench P5). With it
   * PostgreSQL reads the links of a group's tasks from the index alone, in task order, merge-joins them with the tasks
   * and checks the authorization of only the tasks on the requested page instead of every candidate task: a list of 15
   * of 10,000 open tasks read 20,000 buffers instead of 130,000.
   */
  static final String TASK_LIST_INDEX = "CREATE INDEX IF NOT EXISTS wmo_idx_ident_lnk_task_cand "
      + "ON act_ru_identitylink (task_id_, type_, group_id_)";

  /**
   * The authorizations a task list's join can match (issue 16, wave 4, bench P5): Camunda checks READ on the task
   * (resource type 7) or READ_TASK on its process definition (6) with {@code RESOURCE_ID_ IN (task id, definition key,
   * '*')}, once per candidate task for a count. Camunda's index on {@code RESOURCE_ID_} also holds the grants on every
   * other resource type, so each probe for {@code '*'} read about 50 rows and threw them away; this partial index holds
   * the task and definition grants only (9 {@code '*'} rows). The query's own condition on the resource type implies the
   * index's predicate.
   */
  static final String TASK_AUTHORIZATION_INDEX = "CREATE INDEX IF NOT EXISTS wmo_idx_auth_task_def_resource "
      + "ON act_ru_authorization (resource_id_) WHERE resource_type_ IN (6, 7)";

  /**
   * The grants of one user, for Camunda's authorization join where the planner reads the user's and groups' grants once
   * (issue 16, wave 6, bench P5: the Cockpit-like history list, the definition lists). That subquery asks for {@code
   * A.USER_ID_ IN (user, '*') OR A.GROUP_ID_ IN (groups)}; Camunda indexes {@code GROUP_ID_} alone but {@code USER_ID_}
   * only behind {@code TYPE_}, so PostgreSQL read the whole authorization table instead, which holds a row per open task
   * (220 buffers per history list at 10,000 open tasks, growing with them). With this index the user's grants and the
   * group's grants come from two small index scans (7 buffers). Only grants to a user are in it (a few per user).
   */
  static final String AUTH_USER_INDEX = "CREATE INDEX IF NOT EXISTS wmo_idx_auth_user "
      + "ON act_ru_authorization (user_id_) WHERE user_id_ IS NOT NULL";

  /**
   * How many historic instances one process definition has, as the planner assumes it when the definition comes from a
   * join (issue 16, wave 6, bench P5). A history list by definition key ({@code processDefinitionKey=calamiteit}) finds
   * the definition through its join with {@code ACT_RE_PROCDEF}, so PostgreSQL estimates its share of the instances as
   * 1 / (number of definitions): a fifth with five processes in the history. It then adds the definition's index to the
   * user's tenant index in a BitmapAnd and reads every finished instance of the definition in the whole region (1,044
   * buffers at 100,000 cases, growing with the region's history) to narrow down rows that the tenant index had already
   * found (the calamity cases are nearly all of the history). Telling the planner a definition may hold them all
   * (n_distinct 1; a constant definition id still uses the column's most-common-value statistics) leaves the tenant
   * index alone: 208 instead of 1,475 buffers for the newest 15 finished cases of one municipality. Statistics change
   * no result. The override takes effect at the next ANALYZE, run here once when it is set.
   */
  static final String HISTORY_DEFINITION_STATISTICS = "DO $$ BEGIN "
      + "IF NOT EXISTS (SELECT 1 FROM pg_attribute WHERE attrelid = 'act_hi_procinst'::regclass "
      + "AND attname = 'proc_def_id_' AND 'n_distinct=1' = ANY (attoptions)) THEN "
      + "ALTER TABLE act_hi_procinst ALTER COLUMN proc_def_id_ SET (n_distinct = 1); "
      + "ANALYZE act_hi_procinst; "
      + "END IF; END $$";

  /** Every step, in the order they run. */
  static final List<Step> STEPS = List.of(
      new Step("job due-date backfill", "jobs without a due date would never be acquired",
          Condition.ensureJobDueDateNotNull(), OnFailure.STOP, JOB_DUE_DATE_BACKFILL),
      new Step("wmo_idx_job_acquisition", "due jobs in due-date order without scanning the job table",
          Condition.postgres(), OnFailure.WARN, JOB_DUE_DATE_INDEX),
      new Step("wmo_idx_job_locked", "the acquisition's exclusive-job check reads only locked jobs",
          Condition.postgres(), OnFailure.WARN, JOB_LOCKED_INDEX),
      new Step("wmo_stat_auth_perms", "the planner knows how many authorizations grant a read permission",
          Condition.postgres(14), OnFailure.WARN, AUTH_PERMS_STATISTICS),
      new Step("analyze act_ru_authorization", "fills wmo_stat_auth_perms now",
          Condition.postgres(14), OnFailure.WARN, AUTH_ANALYZE),
      new Step("wmo_idx_ident_lnk_task_cand", "a task list page checks the authorization of its own tasks only",
          Condition.postgres(14), OnFailure.WARN, TASK_LIST_INDEX),
      new Step("wmo_idx_auth_task_def_resource", "a task count probes only task and process-definition grants",
          Condition.postgres(14), OnFailure.WARN, TASK_AUTHORIZATION_INDEX),
      new Step("wmo_idx_auth_user", "a list reads a user's own grants without scanning every task's authorization",
          Condition.postgres(), OnFailure.WARN, AUTH_USER_INDEX),
      new Step("act_hi_procinst.proc_def_id_ n_distinct", "a history list by definition key reads the user's "
          + "municipalities' instances, not the definition's in the whole region", Condition.postgres(), OnFailure.WARN,
          HISTORY_DEFINITION_STATISTICS));

  @Override
  public void postProcessEngineBuild(ProcessEngine engine) {
    apply((ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration(), STEPS);
  }

  /**
   * Runs the steps whose condition holds, over one connection, each in its own transaction; returns the names of those
   * it ran. A {@link OnFailure#WARN} step that fails is logged and skipped; a {@link OnFailure#STOP} step that fails
   * stops the start-up.
   */
  static List<String> apply(ProcessEngineConfigurationImpl configuration, List<Step> steps) {
    List<String> ran = new ArrayList<>();
    List<String> skipped = new ArrayList<>();
    try (Connection connection = configuration.getDataSource().getConnection()) {
      Database database = new Database(configuration.getDatabaseType(),
          connection.getMetaData().getDatabaseMajorVersion(), configuration);
      boolean autoCommit = connection.getAutoCommit();
      connection.setAutoCommit(true);
      try {
        for (Step step : steps) {
          if (!step.condition().test().test(database)) {
            skipped.add(step.name() + " (" + step.condition().description() + ")");
            continue;
          }
          if (run(connection, step)) {
            ran.add(step.name());
          }
        }
      } finally {
        connection.setAutoCommit(autoCommit);
      }
    } catch (SQLException e) {
      throw new IllegalStateException("Could not connect for the start-up DDL on Camunda's tables", e);
    }
    if ("postgres".equals(configuration.getDatabaseType()) && !skipped.isEmpty()) {
      LOG.warn("Start-up DDL on Camunda's tables: ran {}; not on this PostgreSQL version (14+ needed for expression "
          + "statistics): {}; large task lists will be slow", ran, skipped);
    } else {
      LOG.info("Start-up DDL on Camunda's tables: ran {}; not for this database: {}", ran, skipped);
    }
    return ran;
  }

  private static boolean run(Connection connection, Step step) {
    try (Statement statement = connection.createStatement()) {
      int rows = statement.executeUpdate(step.sql());
      if (rows > 0 && step.sql().startsWith("UPDATE")) {
        LOG.info("{}: {} row(s) changed", step.name(), rows);
      }
      return true;
    } catch (SQLException e) {
      if (step.onFailure() == OnFailure.STOP) {
        throw new IllegalStateException("Start-up DDL '" + step.name() + "' failed: " + step.reason(), e);
      }
      LOG.warn("Start-up DDL '{}' failed; without it {} does not hold and queries may be slow", step.name(),
          step.reason(), e);
      return false;
    }
  }
}

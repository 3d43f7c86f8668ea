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
 * Makes the job executor's acquisition query cheap however many jobs were executed since the last vacuum (issue 16,
 * bench P3; {@code bench/RESULTS.md}, "Wave 5: P3, due timers and the job executor").
 *
 * <p>The engine acquires by due date ({@code jobExecutorAcquireByDueDate} with {@code ensureJobDueDateNotNull},
 * application.yaml), so its query is {@code ... WHERE DUEDATE_ <= now ... AND NOT EXISTS (a locked exclusive job of
 * the same instance) ORDER BY DUEDATE_ LIMIT n}. Without an index PostgreSQL answers it with two sequential scans of
 * {@code ACT_RU_JOB}: one for the candidates, which passes every dead row of the jobs executed since the last vacuum,
 * and one building a hash of all locked exclusive jobs for the {@code NOT EXISTS}. Both grow with the table, dead rows
 * included: 1,946 buffers and 14-19 ms per acquisition with 5,000 of 10,000 due timers executed. With the two indexes
 * below the candidates come from the due-date index in order and the locked jobs from a small partial index: 12-14
 * buffers and 0.2 ms in the same state.
 *
 * <p>With {@code ensureJobDueDateNotNull} every new job gets a due date (the moment it is created, where Camunda would
 * leave it empty), and the acquisition no longer looks for jobs without one. So jobs an earlier version of the app
 * left without a due date get their creation time here, once, before the job executor starts; on every database.
 *
 * <p>An index changes no result: the same jobs are acquired, in due-date order. Camunda's own tables are created by the
 * engine, so this runs after the engine is built (not as a Flyway migration, which may run before they exist),
 * idempotently.
 */
@Component
class JobAcquisitionIndexes extends AbstractProcessEnginePlugin {

  private static final Logger LOG = LoggerFactory.getLogger(JobAcquisitionIndexes.class);

  /** The candidates of the acquisition, in the order it asks for ({@code ORDER BY DUEDATE_}). */
  static final String DUE_DATE_INDEX = "CREATE INDEX IF NOT EXISTS wmo_idx_job_acquisition ON act_ru_job (duedate_)";

  /**
   * The jobs in progress, for the acquisition's exclusive-job check ({@code J2.LOCK_OWNER_ is not null and
   * J2.LOCK_EXP_TIME_ >= now}): only locked jobs are in it, a handful while thousands wait.
   */
  static final String LOCKED_JOBS_INDEX = "CREATE INDEX IF NOT EXISTS wmo_idx_job_locked "
      + "ON act_ru_job (lock_exp_time_) WHERE lock_owner_ IS NOT NULL";

  /** Jobs from before {@code ensureJobDueDateNotNull}: due when they were created, as Camunda treated them. */
  static final String DUE_DATE_BACKFILL =
      "UPDATE act_ru_job SET duedate_ = COALESCE(create_time_, CURRENT_TIMESTAMP) WHERE duedate_ IS NULL";

  @Override
  public void postProcessEngineBuild(ProcessEngine engine) {
    ProcessEngineConfigurationImpl configuration = (ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration();
    if (configuration.isEnsureJobDueDateNotNull()) {
      try {
        int backfilled = execute(configuration, DUE_DATE_BACKFILL);
        if (backfilled > 0) {
          LOG.info("{} job(s) without a due date are now due at their creation time", backfilled);
        }
      } catch (SQLException e) {
        // the acquisition would never find them: do not start with jobs that can no longer run
        throw new IllegalStateException("Could not give jobs without a due date their creation time", e);
      }
    }
    if ("postgres".equals(configuration.getDatabaseType())) {
      try {
        execute(configuration, DUE_DATE_INDEX);
        execute(configuration, LOCKED_JOBS_INDEX);
      } catch (SQLException e) {
        LOG.warn("Could not create the job acquisition indexes; acquiring due jobs may be slow", e);
      }
    }
  }

  private static int execute(ProcessEngineConfigurationImpl configuration, String sql) throws SQLException {
    try (Connection connection = configuration.getDataSource().getConnection();
        Statement statement = connection.createStatement()) {
      int count = statement.executeUpdate(sql);
      if (!connection.getAutoCommit()) {
        connection.commit();
      }
      return count;
    }
  }
}

package nl.wmotoezicht.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Timestamp;
import java.util.UUID;
import javax.sql.DataSource;
import nl.wmotoezicht.testsupport.TestDatabase;
import nl.wmotoezicht.testsupport.WmoIntegrationTest;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Issue 16, bench P3: the job executor acquires due jobs in due-date order through an index, and jobs an earlier
 * version left without a due date still run.
 */
@WmoIntegrationTest
class JobAcquisitionIndexesTest {

  @Autowired
  ProcessEngineConfigurationImpl configuration;

  @Autowired
  ProcessEngine engine;

  @Autowired
  JobAcquisitionIndexes indexes;

  @Autowired
  DataSource dataSource;

  @Test
  void theEngineAcquiresByDueDateAndEveryJobHasOne() {
    assertThat(configuration.isJobExecutorAcquireByDueDate()).isTrue();
    assertThat(configuration.isEnsureJobDueDateNotNull()).isTrue();
    // ordering by priority or type first would put the due date second and the index out of use
    assertThat(configuration.isJobExecutorAcquireByPriority()).isFalse();
    assertThat(configuration.isJobExecutorPreferTimerJobs()).isFalse();
  }

  @Test
  void theAcquisitionReadsDueJobsAndLockedJobsFromIndexesOnPostgres() throws Exception {
    Assumptions.assumeTrue(TestDatabase.isPostgres(), "PostgreSQL only");
    assertThat(indexDefinition("wmo_idx_job_acquisition")).contains("ON public.act_ru_job USING btree (duedate_)");
    assertThat(indexDefinition("wmo_idx_job_locked"))
        .contains("ON public.act_ru_job USING btree (lock_exp_time_)")
        .contains("WHERE (lock_owner_ IS NOT NULL)");
  }

  @Test
  void aJobWithoutDueDateBecomesDueAtItsCreationTime() throws Exception {
    String id = "w5-jobs-test-" + UUID.randomUUID();
    Timestamp created = Timestamp.valueOf("2026-01-05 10:15:00");
    try (Connection connection = dataSource.getConnection()) {
      // as an earlier version (without ensureJobDueDateNotNull) stored an async continuation; no retries left, so
      // no job executor would ever take it during the test
      try (PreparedStatement insert = connection.prepareStatement("INSERT INTO act_ru_job (id_, rev_, type_, "
          + "exclusive_, retries_, duedate_, handler_type_, suspension_state_, priority_, create_time_) "
          + "VALUES (?, 1, 'message', TRUE, 0, NULL, 'async-continuation', 1, 0, ?)")) {
        insert.setString(1, id);
        insert.setTimestamp(2, created);
        insert.executeUpdate();
      }
      try {
        indexes.postProcessEngineBuild(engine);
        try (PreparedStatement query = connection.prepareStatement("SELECT duedate_ FROM act_ru_job WHERE id_ = ?")) {
          query.setString(1, id);
          try (ResultSet rows = query.executeQuery()) {
            assertThat(rows.next()).isTrue();
            assertThat(rows.getTimestamp(1)).isEqualTo(created);
          }
        }
      } finally {
        try (PreparedStatement delete = connection.prepareStatement("DELETE FROM act_ru_job WHERE id_ = ?")) {
          delete.setString(1, id);
          delete.executeUpdate();
        }
      }
    }
  }

  private String indexDefinition(String name) throws Exception {
    String definition = TestDatabase.indexDefinition(dataSource, name);
    assertThat(definition).as("index %s exists", name).isNotNull();
    return definition;
  }

}

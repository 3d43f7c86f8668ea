package nl.wmotoezicht.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.SocketException;
import java.sql.BatchUpdateException;
import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;
import org.camunda.bpm.engine.ProcessEngineException;
import org.junit.jupiter.api.Test;

class DatabaseUnavailableTest {

  @Test
  void recognisesAnExhaustedPoolWaitingForTheDatabase() {
    assertThat(DatabaseUnavailable.causedBy(new ProcessEngineException("wrapped",
        new SQLTransientConnectionException("HikariPool-1 - Connection is not available")))).isTrue();
  }

  @Test
  void recognisesAServerShuttingDownInsideABatch() {
    BatchUpdateException batch = new BatchUpdateException("Batch entry 0 was aborted", new int[0]);
    batch.setNextException(new SQLException("terminating connection due to administrator command", "57P01"));
    assertThat(DatabaseUnavailable.causedBy(new ProcessEngineException("persistence", new RuntimeException(batch))))
        .isTrue();
  }

  @Test
  void recognisesABrokenConnection() {
    assertThat(DatabaseUnavailable.causedBy(new RuntimeException(new SQLException("I/O error", "08006")))).isTrue();
    assertThat(DatabaseUnavailable.causedBy(new RuntimeException(new SocketException("Broken pipe")))).isTrue();
  }

  @Test
  void recognisesARollbackThatFailedOnAClosedConnection() {
    assertThat(DatabaseUnavailable.causedBy(new ProcessEngineException("persistence",
        new org.springframework.transaction.TransactionSystemException("JDBC rollback failed",
            new SQLException("Connection is closed"))))).isTrue();
  }

  @Test
  void leavesOtherErrorsAlone() {
    assertThat(DatabaseUnavailable.causedBy(new ProcessEngineException("Unknown property used in expression"))).isFalse();
    assertThat(DatabaseUnavailable.causedBy(new SQLException("duplicate key", "23505"))).isFalse();
    assertThat(DatabaseUnavailable.causedBy(null)).isFalse();
  }
}

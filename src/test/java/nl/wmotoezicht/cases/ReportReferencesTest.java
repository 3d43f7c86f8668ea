package nl.wmotoezicht.cases;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import javax.sql.DataSource;
import nl.wmotoezicht.testsupport.WmoIntegrationTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DelegatingDataSource;
import org.springframework.transaction.PlatformTransactionManager;

/**
 * The idempotency register's claim of a new key is one statement per intake (MERGE: insert unless registered),
 * counted at the JDBC connection; a repeat and a conflict are answered as before. On the database of the run (H2, or
 * PostgreSQL in the second pass).
 */
@WmoIntegrationTest
class ReportReferencesTest {

  @Autowired DataSource dataSource;
  @Autowired PlatformTransactionManager transactionManager;

  private final List<String> statements = new ArrayList<>();
  private ReportReferences references;

  @BeforeEach
  void countingReferences() {
    DataSource counting = new DelegatingDataSource(dataSource) {
      @Override
      public Connection getConnection() throws java.sql.SQLException {
        Connection connection = super.getConnection();
        return (Connection) Proxy.newProxyInstance(getClass().getClassLoader(), new Class<?>[] {Connection.class},
            (proxy, method, args) -> {
              if (method.getName().startsWith("prepare")) {
                statements.add((String) args[0]);
              }
              try {
                return method.invoke(connection, args);
              } catch (InvocationTargetException e) {
                throw e.getCause();
              }
            });
      }
    };
    references = new ReportReferences(new JdbcTemplate(counting), transactionManager);
  }

  @Test
  void claimsANewKeyWithOneStatement() {
    String reference = UUID.randomUUID().toString();

    references.claim("calamiteit", "intake-systeem", reference, "hash-1");

    assertThat(statements).as("statements of the claim").hasSize(1);
    assertThat(references.find("calamiteit", "intake-systeem", reference))
        .hasValueSatisfying(r -> assertThat(r.reportHash()).isEqualTo("hash-1"));
  }

  @Test
  void aRepeatIsADuplicateWithTheFirstCaseNumberAndADifferentReportAConflict() {
    String reference = UUID.randomUUID().toString();
    references.claim("calamiteit", "intake-systeem", reference, "hash-1");
    references.assign("calamiteit", "intake-systeem", reference, "CAL-2026-" + reference.substring(0, 5));

    assertThatThrownBy(() -> references.claim("calamiteit", "intake-systeem", reference, "hash-1"))
        .isInstanceOfSatisfying(DuplicateReportException.class,
            e -> assertThat(e.caseNumber()).isEqualTo("CAL-2026-" + reference.substring(0, 5)));
    assertThatThrownBy(() -> references.claim("calamiteit", "intake-systeem", reference, "hash-2"))
        .isInstanceOf(ConflictingReportException.class);
    // the same reference of another sender, or for another process, is another key
    references.claim("calamiteit", "ander-systeem", reference, "hash-2");
    references.claim("signaalonderzoek", "intake-systeem", reference, "hash-2");
  }

  @Test
  void aKeyWithoutReportDigestIsAlwaysADuplicate() {
    String reference = UUID.randomUUID().toString();
    references.claim("calamiteit", "toezichthouder", reference, null);

    assertThatThrownBy(() -> references.claim("calamiteit", "toezichthouder", reference, "hash-1"))
        .isInstanceOf(DuplicateReportException.class);
  }
}

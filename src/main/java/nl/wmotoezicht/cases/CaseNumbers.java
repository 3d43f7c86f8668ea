package nl.wmotoezicht.cases;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.ZoneId;
import javax.sql.DataSource;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Hands out case numbers (zaaknummers) such as {@code CAL-2026-00042}: a prefix per kind of case, the year, and a
 * number counted per kind of case and year, so each kind starts the year at 00001 (CAL-2026-00001,
 * SIG-2026-00001, …; docs/webapps.md). The counter is a database row (table {@code wmo_case_number_counter}),
 * incremented under its row lock in a transaction of its own: unique across the region and across nodes, and a
 * number is never handed out twice even when the case that drew it is rolled back (that number is then skipped).
 */
@Component
public class CaseNumbers {

  static final String COUNTER_TABLE = "wmo_case_number_counter";
  private static final ZoneId ZONE = ZoneId.of("Europe/Amsterdam");

  private final JdbcTemplate jdbc;
  private final CaseRegistry registry;
  private final TransactionTemplate ownTransaction;
  private final String createCounter;

  public CaseNumbers(DataSource dataSource, CaseRegistry registry, PlatformTransactionManager transactionManager) {
    this.jdbc = new JdbcTemplate(dataSource);
    this.registry = registry;
    this.ownTransaction = new TransactionTemplate(transactionManager);
    this.ownTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
    this.createCounter = createCounterStatement(dataSource);
  }

  /**
   * Issues the next case number with this prefix for the execution's case and binds it, in the register, to the
   * municipality and to the execution's process instance (docs/security/tenancy.md). Numbers are issued by the
   * platform only; a business key chosen by a caller is never a case of the register.
   */
  public String issue(String prefix, String municipalityCode, DelegateExecution execution) {
    String caseNumber = next(prefix);
    registry.register(caseNumber, municipalityCode, execution);
    return caseNumber;
  }

  /** The next case number with this prefix, e.g. {@code next("CAL")}: the prefix's count of this year plus one. */
  public String next(String prefix) {
    int year = LocalDate.ofInstant(ClockUtil.getCurrentTime().toInstant(), ZONE).getYear();
    for (int attempt = 1; ; attempt++) {
      try {
        Long number = ownTransaction.execute(status -> {
          jdbc.update(createCounter, prefix, year); // the year's first number of this kind: its row, if not there yet
          jdbc.update("UPDATE " + COUNTER_TABLE + " SET last_number = last_number + 1 WHERE prefix = ? AND case_year = ?",
              prefix, year);
          return jdbc.queryForObject("SELECT last_number FROM " + COUNTER_TABLE + " WHERE prefix = ? AND case_year = ?",
              Long.class, prefix, year);
        });
        return String.format("%s-%d-%05d", prefix, year, number);
      } catch (DataIntegrityViolationException concurrentFirstNumber) {
        // two nodes created the year's counter row at the same moment: the row is there now, count again
        if (attempt == 3) {
          throw concurrentFirstNumber;
        }
      }
    }
  }

  /** Inserts a counter row at 0 unless it exists, without failing (and so aborting the transaction) when it does. */
  private static String createCounterStatement(DataSource dataSource) {
    try (Connection connection = dataSource.getConnection()) {
      String product = connection.getMetaData().getDatabaseProductName();
      return switch (product) {
        case "H2" -> "MERGE INTO " + COUNTER_TABLE + " c USING (VALUES (CAST(? AS VARCHAR(16)), CAST(? AS INTEGER)))"
            + " n(prefix, case_year) ON c.prefix = n.prefix AND c.case_year = n.case_year"
            + " WHEN NOT MATCHED THEN INSERT (prefix, case_year, last_number) VALUES (n.prefix, n.case_year, 0)";
        case "PostgreSQL" -> "INSERT INTO " + COUNTER_TABLE + " (prefix, case_year, last_number) VALUES (?, ?, 0)"
            + " ON CONFLICT (prefix, case_year) DO NOTHING";
        default -> throw new IllegalStateException("Database " + product + " wordt niet ondersteund");
      };
    } catch (SQLException e) {
      throw new IllegalStateException("Database niet bereikbaar", e);
    }
  }
}

package nl.wmotoezicht.cases;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import javax.sql.DataSource;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Hands out case numbers (zaaknummers) such as {@code CAL-2026-00042}: a prefix per kind of case, the year, and a
 * number counted per kind of case and year, so each kind starts the year at 00001 (CAL-2026-00001,
 * SIG-2026-00001, …; docs/webapps.md). The counter is a database row (table {@code wmo_case_number_counter}),
 * incremented under its row lock in the transaction of the intake that draws the number (on the intake's own
 * connection, so a full connection pool cannot block it): unique across the region and across nodes, without gaps,
 * and an intake that is rolled back gives its number back. Intakes of one kind wait for each other's commit.
 */
@Component
public class CaseNumbers {

  static final String COUNTER_TABLE = "wmo_case_number_counter";
  private static final ZoneId ZONE = ZoneId.of("Europe/Amsterdam");

  private final JdbcTemplate jdbc;
  private final CaseRegistry registry;
  private final TransactionTemplate transaction;
  private final String createCounter;

  public CaseNumbers(DataSource dataSource, CaseRegistry registry, PlatformTransactionManager transactionManager) {
    this.jdbc = new JdbcTemplate(dataSource);
    this.registry = registry;
    this.transaction = new TransactionTemplate(transactionManager);
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
    Long number = transaction.execute(status -> {
      if (jdbc.queryForObject("SELECT COUNT(*) FROM " + COUNTER_TABLE + " WHERE prefix = ? AND case_year = ?",
          Integer.class, prefix, year) == 0) {
        // the year's first number of this kind: its row, counting on from any number issued before (by the one
        // region-wide sequence this counter replaced, Flyway V34)
        try {
          jdbc.update(createCounter, prefix, year, highestIssued(prefix, year));
        } catch (DataIntegrityViolationException createdMeanwhile) {
          // another intake created the row at the same moment (H2; PostgreSQL skips the conflict itself)
        }
      }
      jdbc.update("UPDATE " + COUNTER_TABLE + " SET last_number = last_number + 1 WHERE prefix = ? AND case_year = ?",
          prefix, year);
      return jdbc.queryForObject("SELECT last_number FROM " + COUNTER_TABLE + " WHERE prefix = ? AND case_year = ?",
          Long.class, prefix, year);
    });
    return String.format("%s-%d-%05d", prefix, year, number);
  }

  /** The highest number with this prefix and year already given to a case or a process instance; 0 when none. */
  private long highestIssued(String prefix, int year) {
    String pattern = prefix + "-" + year + "-%";
    long highest = 0;
    for (String query : List.of("SELECT case_number FROM wmo_case WHERE case_number LIKE ?",
        "SELECT DISTINCT BUSINESS_KEY_ FROM ACT_HI_PROCINST WHERE BUSINESS_KEY_ LIKE ?")) {
      for (String issued : jdbc.queryForList(query, String.class, pattern)) {
        String number = issued.substring(pattern.length() - 1);
        if (!number.isEmpty() && number.chars().allMatch(Character::isDigit) && number.length() < 18) {
          highest = Math.max(highest, Long.parseLong(number));
        }
      }
    }
    return highest;
  }

  /** Inserts a counter row at the given count unless it exists, without failing (and so aborting the transaction) when it does. */
  private static String createCounterStatement(DataSource dataSource) {
    try (Connection connection = dataSource.getConnection()) {
      String product = connection.getMetaData().getDatabaseProductName();
      return switch (product) {
        case "H2" -> "MERGE INTO " + COUNTER_TABLE + " c USING (VALUES (CAST(? AS VARCHAR(16)), CAST(? AS INTEGER)))"
            + " n(prefix, case_year) ON c.prefix = n.prefix AND c.case_year = n.case_year"
            + " WHEN NOT MATCHED THEN INSERT (prefix, case_year, last_number) VALUES (n.prefix, n.case_year, ?)";
        case "PostgreSQL" -> "INSERT INTO " + COUNTER_TABLE + " (prefix, case_year, last_number) VALUES (?, ?, ?)"
            + " ON CONFLICT (prefix, case_year) DO NOTHING";
        default -> throw new IllegalStateException("Database " + product + " wordt niet ondersteund");
      };
    } catch (SQLException e) {
      throw new IllegalStateException("Database niet bereikbaar", e);
    }
  }
}

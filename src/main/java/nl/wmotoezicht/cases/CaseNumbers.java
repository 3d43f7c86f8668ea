package nl.wmotoezicht.cases;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.ZoneId;
import javax.sql.DataSource;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.springframework.jdbc.support.incrementer.DataFieldMaxValueIncrementer;
import org.springframework.jdbc.support.incrementer.H2SequenceMaxValueIncrementer;
import org.springframework.jdbc.support.incrementer.PostgresSequenceMaxValueIncrementer;
import org.springframework.stereotype.Component;

/**
 * Hands out case numbers (zaaknummers) such as {@code CAL-2026-00042}: a prefix per kind of case,
 * the year, and a number from one database sequence, unique across the region and across nodes.
 */
@Component
public class CaseNumbers {

  static final String SEQUENCE = "wmo_case_number_seq";
  private static final ZoneId ZONE = ZoneId.of("Europe/Amsterdam");

  private final DataFieldMaxValueIncrementer sequence;
  private final CaseRegistry registry;

  public CaseNumbers(DataSource dataSource, CaseRegistry registry) {
    this.sequence = incrementerFor(dataSource);
    this.registry = registry;
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

  /** The next case number with this prefix, e.g. {@code next("CAL")}. */
  public String next(String prefix) {
    int year = LocalDate.ofInstant(ClockUtil.getCurrentTime().toInstant(), ZONE).getYear();
    return String.format("%s-%d-%05d", prefix, year, sequence.nextLongValue());
  }

  private static DataFieldMaxValueIncrementer incrementerFor(DataSource dataSource) {
    try (Connection connection = dataSource.getConnection()) {
      String product = connection.getMetaData().getDatabaseProductName();
      return switch (product) {
        case "H2" -> new H2SequenceMaxValueIncrementer(dataSource, SEQUENCE);
        case "PostgreSQL" -> new PostgresSequenceMaxValueIncrementer(dataSource, SEQUENCE);
        default -> throw new IllegalStateException("Database " + product + " wordt niet ondersteund");
      };
    } catch (SQLException e) {
      throw new IllegalStateException("Database niet bereikbaar", e);
    }
  }
}

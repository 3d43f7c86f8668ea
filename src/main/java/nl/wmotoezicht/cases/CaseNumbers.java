package nl.wmotoezicht.cases;

import com.zaxxer.hikari.HikariDataSource;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import javax.sql.DataSource;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.support.incrementer.DataFieldMaxValueIncrementer;
import org.springframework.jdbc.support.incrementer.H2SequenceMaxValueIncrementer;
import org.springframework.jdbc.support.incrementer.PostgresSequenceMaxValueIncrementer;
import org.springframework.stereotype.Component;

/**
 * Hands out case numbers (zaaknummers) such as {@code CAL-2026-00042}: a prefix per kind of case, the year of
 * registration (Europe/Amsterdam, on the engine's clock) and a number that runs per prefix and year, from 1 each
 * year (docs/api.md, "Case numbers").
 *
 * <p>Each prefix and year has its own database sequence ({@code wmo_case_seq_cal_2026}), so numbers are unique
 * across nodes sharing the database and under any concurrency, without a lock held for the intake's transaction: a
 * sequence's next value is taken outside transactional locking. A sequence is created when first needed, with
 * {@code CREATE SEQUENCE IF NOT EXISTS} on a connection of its own in auto-commit (never inside the caller's
 * transaction: H2 would commit it, PostgreSQL would hold the catalog lock until it ends); at start-up for the current
 * and the next year. Two nodes creating the same sequence at once is tolerated (PostgreSQL may then report a unique
 * violation on its catalog: the creation is tried once more). A new sequence starts after the highest number of its
 * prefix and year already issued (the case register, the annual plan's planned inspections), so numbers issued
 * before this scheme are not issued again.
 *
 * <p>Numbers may have gaps: a number drawn by an intake that is then rolled back (an invalid report, a failure) is
 * not reused. Dutch municipal case systems accept such gaps; a number is an identifier, not a count of cases.
 */
@Component
public class CaseNumbers implements SmartInitializingSingleton {

  /**
   * The prefixes the platform issues numbers for (each module's {@code CASE_PREFIX}): calamity, signal-driven
   * investigation, quality investigation, enforcement (intervention pyramid), last onder dwangsom, objection. Only
   * these name a sequence, so no caller's text reaches the SQL.
   */
  public static final Set<String> PREFIXES = Set.of("CAL", "SIG", "KWO", "HH", "LOD", "BZW");
  static final String SEQUENCE_PREFIX = "wmo_case_seq_";
  private static final ZoneId ZONE = ZoneId.of("Europe/Amsterdam");
  private static final Logger LOG = LoggerFactory.getLogger(CaseNumbers.class);

  private final DataSource dataSource;
  private final JdbcTemplate jdbc;
  private final CaseRegistry registry;
  private final boolean postgres;
  /** The sequences known to exist, by name. */
  private final Map<String, DataFieldMaxValueIncrementer> sequences = new ConcurrentHashMap<>();
  private final Object creating = new Object();

  public CaseNumbers(DataSource dataSource, JdbcTemplate jdbc, CaseRegistry registry) {
    this.dataSource = dataSource;
    this.jdbc = jdbc;
    this.registry = registry;
    this.postgres = isPostgres(dataSource);
  }

  /** Before the web server takes requests: this year's and next year's sequences, so an intake rarely creates one. */
  @Override
  public void afterSingletonsInstantiated() {
    int year = currentYear();
    for (String prefix : PREFIXES) {
      sequence(prefix, year);
      sequence(prefix, year + 1);
    }
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

  /**
   * The next case number with this prefix in the engine clock's year, e.g. {@code next("CAL")}.
   *
   * @throws IllegalArgumentException when the prefix is not one of {@link #PREFIXES}
   */
  public String next(String prefix) {
    if (prefix == null || !PREFIXES.contains(prefix)) {
      throw new IllegalArgumentException("Onbekend zaaknummer-voorvoegsel: " + prefix);
    }
    int year = currentYear();
    return String.format("%s-%d-%05d", prefix, year, sequence(prefix, year).nextLongValue());
  }

  /** The name of the sequence of a prefix (one of {@link #PREFIXES}) and a year. */
  static String sequenceName(String prefix, int year) {
    return SEQUENCE_PREFIX + prefix.toLowerCase(Locale.ROOT) + "_" + year;
  }

  private static int currentYear() {
    return LocalDate.ofInstant(ClockUtil.getCurrentTime().toInstant(), ZONE).getYear();
  }

  private DataFieldMaxValueIncrementer sequence(String prefix, int year) {
    String name = sequenceName(prefix, year);
    DataFieldMaxValueIncrementer known = sequences.get(name);
    if (known != null) {
      return known;
    }
    synchronized (creating) {
      known = sequences.get(name);
      if (known == null) {
        if (!exists(name)) {
          create(prefix, year, name);
        }
        // the incrementer takes the caller's (transaction's) connection: a next value holds no lock
        known = postgres ? new PostgresSequenceMaxValueIncrementer(dataSource, name)
            : new H2SequenceMaxValueIncrementer(dataSource, name);
        sequences.put(name, known);
      }
      return known;
    }
  }

  /** Whether the sequence exists (made by another node or an earlier run): read on the caller's connection. */
  private boolean exists(String name) {
    Long count = jdbc.queryForObject("SELECT COUNT(*) FROM information_schema.sequences "
        + "WHERE LOWER(sequence_name) = ? AND LOWER(sequence_schema) = LOWER(CURRENT_SCHEMA)", Long.class, name);
    return count != null && count > 0;
  }

  private void create(String prefix, int year, String name) {
    try (Connection connection = ownConnection()) {
      connection.setAutoCommit(true);
      try {
        createIn(connection, prefix, year, name);
      } catch (SQLException raced) {
        // another node created it at the same moment (PostgreSQL: unique violation on pg_type); now it exists
        LOG.debug("Creating sequence {} raced, trying once more: {}", name, raced.toString());
        createIn(connection, prefix, year, name);
      }
    } catch (SQLException e) {
      throw new IllegalStateException("Reeks voor zaaknummers " + prefix + "-" + year + " niet aan te maken", e);
    }
  }

  private static void createIn(Connection connection, String prefix, int year, String name) throws SQLException {
    long start = highestRegistered(connection, prefix, year) + 1;
    try (Statement statement = connection.createStatement()) {
      // name from a fixed prefix and a year, start a number: no caller's text in the statement
      statement.execute("CREATE SEQUENCE IF NOT EXISTS " + name + " START WITH " + start + " INCREMENT BY 1");
    }
  }

  /**
   * The highest number of this prefix and year issued before (0 when none), e.g. from the region-wide sequence
   * before upgrading: in the case register, or drawn for a planned inspection that waits for its month and is
   * registered only when it starts (the annual plan's items).
   */
  private static long highestRegistered(Connection connection, String prefix, int year) throws SQLException {
    String like = prefix + "-" + year + "-";
    try (PreparedStatement query = connection.prepareStatement("SELECT case_number FROM ("
        + "SELECT case_number FROM wmo_case WHERE case_number LIKE ? "
        + "UNION ALL SELECT case_number FROM wmo_annual_plan_item WHERE case_number LIKE ?) issued "
        + "ORDER BY LENGTH(case_number) DESC, case_number DESC FETCH FIRST 1 ROWS ONLY")) {
      query.setString(1, like + "%");
      query.setString(2, like + "%");
      try (ResultSet rows = query.executeQuery()) {
        if (!rows.next()) {
          return 0;
        }
        String number = rows.getString(1).substring(like.length());
        return number.chars().allMatch(Character::isDigit) ? Long.parseLong(number) : 0;
      }
    }
  }

  /**
   * A connection outside the pool where the pool says how to open one: the caller holds a pooled connection in its
   * transaction, and with every pooled connection so held, waiting for another would wait until the pool's timeout.
   */
  private Connection ownConnection() throws SQLException {
    if (dataSource.isWrapperFor(HikariDataSource.class)) {
      HikariDataSource hikari = dataSource.unwrap(HikariDataSource.class);
      if (hikari.getJdbcUrl() != null) {
        Properties properties = new Properties();
        properties.putAll(hikari.getDataSourceProperties());
        if (hikari.getUsername() != null) {
          properties.setProperty("user", hikari.getUsername());
        }
        if (hikari.getPassword() != null) {
          properties.setProperty("password", hikari.getPassword());
        }
        return DriverManager.getConnection(hikari.getJdbcUrl(), properties);
      }
    }
    return dataSource.getConnection();
  }

  private static boolean isPostgres(DataSource dataSource) {
    try (Connection connection = dataSource.getConnection()) {
      String product = connection.getMetaData().getDatabaseProductName();
      return switch (product) {
        case "H2" -> false;
        case "PostgreSQL" -> true;
        default -> throw new IllegalStateException("Database " + product + " wordt niet ondersteund");
      };
    } catch (SQLException e) {
      throw new IllegalStateException("Database niet bereikbaar", e);
    }
  }
}

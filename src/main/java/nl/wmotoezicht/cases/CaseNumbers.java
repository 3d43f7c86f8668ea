package nl.wmotoezicht.cases;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import javax.sql.DataSource;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.support.incrementer.DataFieldMaxValueIncrementer;
import org.springframework.jdbc.support.incrementer.H2SequenceMaxValueIncrementer;
import org.springframework.jdbc.support.incrementer.PostgresSequenceMaxValueIncrementer;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Hands out case numbers (zaaknummers) such as {@code CAL-2026-00042}: a prefix per kind of case, the year of
 * registration (Europe/Amsterdam, on the engine's clock) and a number that runs per prefix and year, from 1 each
 * year (docs/api.md, "Case numbers"). The prefixes are those the modules contribute ({@link CaseNumberPrefix} beans).
 *
 * <p>Each prefix and year has its own database sequence ({@code wmo_case_seq_cal_2026}), so numbers are unique
 * across nodes sharing the database and under any concurrency, without a lock held for the intake's transaction: a
 * sequence's next value is taken outside transactional locking. Sequences are created ahead of need, at start-up for
 * the current and the next year, each in a short transaction of its own on the pool (no caller holds a connection
 * then). A sequence of another year (the engine's clock moved, as in the demo's history of last year) is created when
 * first needed in the caller's own transaction, on the caller's connection: no second connection is ever taken, so
 * callers holding every pooled connection cannot wait on each other for one. On PostgreSQL the creation is
 * transactional and serialized by a transaction-scoped advisory lock per sequence (a second creator waits for the
 * first's commit and then finds it); a rolled-back creation leaves no sequence behind, so a sequence is taken as known
 * only after its creating transaction committed. On H2 (one JVM) the creation is not undone by a rollback, other
 * sessions' sequence use waits for the creating transaction to end, and of two sessions creating it at once one
 * statement fails and the other's sequence serves. A new sequence starts after the highest number of its
 * prefix and year already issued (the case register, the annual plan's planned inspections), so numbers issued
 * before this scheme are not issued again.
 *
 * <p>Numbers may have gaps: a number drawn by an intake that is then rolled back (an invalid report, a failure) is
 * not reused. Dutch municipal case systems accept such gaps; a number is an identifier, not a count of cases.
 */
@Component
public class CaseNumbers implements SmartInitializingSingleton {

  static final String SEQUENCE_PREFIX = "wmo_case_seq_";
  /** The first key of the advisory locks that serialize the creation of a sequence (the second is its name's hash). */
  static final int ADVISORY_LOCK_CLASS = 0x574d4f43; // "WMOC"
  private static final ZoneId ZONE = ZoneId.of("Europe/Amsterdam");
  private static final Logger LOG = LoggerFactory.getLogger(CaseNumbers.class);

  private final DataSource dataSource;
  private final JdbcTemplate jdbc;
  private final CaseRegistry registry;
  /** Joins the caller's transaction, or runs one of its own when there is none. */
  private final TransactionTemplate inTransaction;
  private final boolean postgres;
  private final Set<String> prefixes;
  /** The sequences known to exist (committed), by name. */
  private final Map<String, DataFieldMaxValueIncrementer> sequences = new ConcurrentHashMap<>();

  public CaseNumbers(DataSource dataSource, JdbcTemplate jdbc, PlatformTransactionManager transactionManager,
      CaseRegistry registry, List<CaseNumberPrefix> contributed) {
    this.dataSource = dataSource;
    this.jdbc = jdbc;
    this.registry = registry;
    this.inTransaction = new TransactionTemplate(transactionManager);
    this.postgres = isPostgres(dataSource);
    this.prefixes = prefixes(contributed);
  }

  /** The contributed prefixes; a prefix contributed twice is refused (two kinds of case would share its numbers). */
  private static Set<String> prefixes(List<CaseNumberPrefix> contributed) {
    Set<String> prefixes = new HashSet<>();
    for (CaseNumberPrefix prefix : contributed) {
      if (!prefixes.add(prefix.prefix())) {
        throw new IllegalStateException("Zaaknummer-voorvoegsel " + prefix.prefix() + " wordt twee keer aangedragen");
      }
    }
    return Set.copyOf(prefixes);
  }

  /** The prefixes numbers are issued for: those the modules contribute ({@link CaseNumberPrefix}). */
  public Set<String> prefixes() {
    return prefixes;
  }

  /** Before the web server takes requests: this year's and next year's sequences, so an intake rarely creates one. */
  @Override
  public void afterSingletonsInstantiated() {
    int year = currentYear();
    for (String prefix : prefixes) {
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
   * @throws IllegalArgumentException when the prefix is not one of {@link #prefixes()}
   */
  public String next(String prefix) {
    if (prefix == null || !prefixes.contains(prefix)) {
      throw new IllegalArgumentException("Onbekend zaaknummer-voorvoegsel: " + prefix);
    }
    int year = currentYear();
    return String.format("%s-%d-%05d", prefix, year, sequence(prefix, year).nextLongValue());
  }

  /** The name of the sequence of a prefix (one of {@link #prefixes()}) and a year. */
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
    // the incrementer takes the caller's (transaction's) connection: a next value holds no lock
    DataFieldMaxValueIncrementer incrementer = postgres ? new PostgresSequenceMaxValueIncrementer(dataSource, name)
        : new H2SequenceMaxValueIncrementer(dataSource, name);
    if (exists(name)) {
      sequences.put(name, incrementer);
      return incrementer;
    }
    boolean callersTransaction = TransactionSynchronizationManager.isActualTransactionActive()
        && TransactionSynchronizationManager.isSynchronizationActive();
    inTransaction.executeWithoutResult(status -> create(prefix, year, name));
    if (callersTransaction) {
      // known to other callers once the caller's transaction committed (on PostgreSQL a rollback undoes the creation)
      TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
        @Override
        public void afterCommit() {
          sequences.put(name, incrementer);
        }
      });
    } else {
      sequences.put(name, incrementer); // its own transaction has committed
    }
    return incrementer;
  }

  /** Whether the sequence exists (made by another node or an earlier run): read on the caller's connection. */
  private boolean exists(String name) {
    Long count = jdbc.queryForObject("SELECT COUNT(*) FROM information_schema.sequences "
        + "WHERE LOWER(sequence_name) = ? AND LOWER(sequence_schema) = LOWER(CURRENT_SCHEMA)", Long.class, name);
    return count != null && count > 0;
  }

  /**
   * Creates the sequence in the current transaction, on its connection. On PostgreSQL a second creator (another
   * thread or node) waits on the advisory lock until the first's transaction ends, and then finds the sequence.
   */
  private void create(String prefix, int year, String name) {
    if (postgres) {
      jdbc.query("SELECT pg_advisory_xact_lock(?, hashtext(?))", rows -> null, ADVISORY_LOCK_CLASS, name);
    }
    long start = highestRegistered(prefix, year) + 1;
    // name from a contributed prefix (capitals only, CaseNumberPrefix) and a year, start a number: no caller's text
    String statement = "CREATE SEQUENCE IF NOT EXISTS " + name + " START WITH " + start + " INCREMENT BY 1";
    try {
      jdbc.execute(statement);
    } catch (DataAccessException raced) {
      // H2 only (on PostgreSQL the lock orders creators): two sessions created it at once; the statement failed, not
      // the caller's transaction, and the other session's sequence serves
      if (postgres || !exists(name)) {
        throw raced;
      }
      LOG.debug("Reeks {} tegelijk door een andere aanvraag aangemaakt", name);
      return;
    }
    LOG.info("Reeks {} voor zaaknummers {}-{} aangemaakt vanaf nummer {} (of al aanwezig)", name, prefix, year, start);
  }

  /**
   * The highest number of this prefix and year issued before (0 when none), e.g. from the region-wide sequence
   * before upgrading: in the case register, or drawn for a planned inspection that waits for its month and is
   * registered only when it starts (the annual plan's items).
   */
  private long highestRegistered(String prefix, int year) {
    String like = prefix + "-" + year + "-";
    List<String> highest = jdbc.queryForList("SELECT case_number FROM ("
        + "SELECT case_number FROM wmo_case WHERE case_number LIKE ? "
        + "UNION ALL SELECT case_number FROM wmo_annual_plan_item WHERE case_number LIKE ?) issued "
        + "ORDER BY LENGTH(case_number) DESC, case_number DESC FETCH FIRST 1 ROWS ONLY", String.class,
        like + "%", like + "%");
    if (highest.isEmpty()) {
      return 0;
    }
    String number = highest.get(0).substring(like.length());
    return !number.isEmpty() && number.chars().allMatch(Character::isDigit) ? Long.parseLong(number) : 0;
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

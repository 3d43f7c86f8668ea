package nl.wmotoezicht.cases;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.zaxxer.hikari.HikariDataSource;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import javax.sql.DataSource;
import nl.wmotoezicht.bezwaar.BezwaarProcess;
import nl.wmotoezicht.calamity.CalamityProcess;
import nl.wmotoezicht.dwangsom.DwangsomProcess;
import nl.wmotoezicht.enforcement.InterventionPyramid;
import nl.wmotoezicht.inspection.InspectionProcess;
import nl.wmotoezicht.investigation.InvestigationProcess;
import nl.wmotoezicht.testsupport.TestDatabase;
import nl.wmotoezicht.testsupport.WmoIntegrationTest;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Case numbers run per prefix and per year, from 1 each year (docs/api.md), unique under concurrency, and never
 * repeat a number already in the case register. Each test uses years of its own, so no other test's numbers count.
 */
@WmoIntegrationTest
class CaseNumbersTest {

  private static final ZoneId ZONE = ZoneId.of("Europe/Amsterdam");

  @Autowired CaseNumbers caseNumbers;
  @Autowired CaseRegistry registry;
  @Autowired JdbcTemplate jdbc;
  @Autowired PlatformTransactionManager transactions;
  @Autowired DataSource dataSource;

  @AfterEach
  void resetClock() {
    ClockUtil.reset();
  }

  private static void at(int year, int month, int day, int hour, int minute) {
    ClockUtil.setCurrentTime(Date.from(LocalDateTime.of(year, month, day, hour, minute).atZone(ZONE).toInstant()));
  }

  @Test
  void eachCaseTypeCountsFromOneInAYear() {
    at(2091, 3, 1, 10, 0);
    assertThat(caseNumbers.next("CAL")).isEqualTo("CAL-2091-00001");
    assertThat(caseNumbers.next("SIG")).isEqualTo("SIG-2091-00001");
    assertThat(caseNumbers.next("CAL")).isEqualTo("CAL-2091-00002");
    assertThat(caseNumbers.next("SIG")).isEqualTo("SIG-2091-00002");
    assertThat(caseNumbers.next("LOD")).isEqualTo("LOD-2091-00001");
  }

  @Test
  void theCountStartsAgainOnTheFirstOfJanuaryInTheNetherlands() {
    at(2092, 12, 31, 23, 58);
    assertThat(caseNumbers.next("KWO")).isEqualTo("KWO-2092-00001");
    assertThat(caseNumbers.next("KWO")).isEqualTo("KWO-2092-00002");
    at(2093, 1, 1, 0, 1); // 23:01 UTC on 31 December: already the new year in Amsterdam
    assertThat(caseNumbers.next("KWO")).isEqualTo("KWO-2093-00001");
    at(2092, 12, 31, 23, 59); // a clock moved back continues its own year
    assertThat(caseNumbers.next("KWO")).isEqualTo("KWO-2092-00003");
  }

  @Test
  void aNewYearsCountStartsAfterNumbersAlreadyRegistered() {
    // a case numbered before this scheme (from the old region-wide sequence) in a year without a sequence yet
    registry.register("HH-2094-00007", "GM0917", "interventiepiramide", "case-numbers-test-" + System.nanoTime());
    at(2094, 5, 1, 12, 0);
    assertThat(caseNumbers.next("HH")).isEqualTo("HH-2094-00008");
    assertThat(caseNumbers.next("BZW")).isEqualTo("BZW-2094-00001");
  }

  @Test
  void aNewYearsCountStartsAfterANumberAPlannedInspectionHolds() {
    // an annual plan item draws its inspection's number months before the inspection registers it
    jdbc.update("INSERT INTO wmo_annual_plan_item (purchasing_region, plan_year, kvk_number, service_kind, "
        + "provider_name, municipality_code, selection, score, hours, planned_month, case_number, late) "
        + "VALUES ('case-numbers-test', 2097, '12345678', 'begeleiding', 'Zorg Thuis Zuid B.V.', 'GM0917', "
        + "'risico', 10, 8, 3, 'KWO-2096-00012', FALSE)");
    at(2096, 11, 1, 12, 0);
    assertThat(caseNumbers.next("KWO")).isEqualTo("KWO-2096-00013");
  }

  @Test
  void aYearsSequenceCreatedInATransactionThatIsRolledBackServesTheNextDraw() {
    // the first draw of a year creates its sequence in the drawing transaction; that transaction is rolled back
    at(2090, 8, 1, 9, 0);
    TransactionTemplate transaction = new TransactionTemplate(transactions);
    String rolledBack = transaction.execute(status -> {
      status.setRollbackOnly();
      return caseNumbers.next("SIG");
    });
    assertThat(rolledBack).isEqualTo("SIG-2090-00001");

    // PostgreSQL took the sequence back with the transaction, H2 keeps it: either way the next draw works, and the
    // rolled-back number was never registered
    assertThat(caseNumbers.next("SIG")).isEqualTo(TestDatabase.isPostgres() ? "SIG-2090-00001" : "SIG-2090-00002");
    assertThat(caseNumbers.next("SIG")).isEqualTo(TestDatabase.isPostgres() ? "SIG-2090-00002" : "SIG-2090-00003");
  }

  @Test
  void theKnownPrefixesAreTheModulesCasePrefixes() {
    assertThat(caseNumbers.prefixes()).containsExactlyInAnyOrder(CalamityProcess.CASE_PREFIX,
        InvestigationProcess.CASE_PREFIX, InspectionProcess.CASE_PREFIX, InterventionPyramid.CASE_PREFIX,
        DwangsomProcess.CASE_PREFIX, BezwaarProcess.CASE_PREFIX);
  }

  @Test
  void aPrefixAModuleContributesGetsNumbersOfItsOwn() {
    // a new kind of case needs no change here: its module declares a CaseNumberPrefix bean
    CaseNumbers withNewKind = new CaseNumbers(dataSource, jdbc, transactions, registry,
        List.of(CaseNumberPrefix.of("CAL"), CaseNumberPrefix.of("TSTX")));
    at(2098, 2, 1, 9, 0);
    assertThat(withNewKind.prefixes()).containsExactlyInAnyOrder("CAL", "TSTX");
    assertThat(withNewKind.next("TSTX")).isEqualTo("TSTX-2098-00001");
    assertThat(withNewKind.next("TSTX")).isEqualTo("TSTX-2098-00002");
    assertThatThrownBy(() -> withNewKind.next("SIG")).isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void aPrefixContributedTwiceOrNotInCapitalsIsRefused() {
    assertThatThrownBy(() -> new CaseNumbers(dataSource, jdbc, transactions, registry,
        List.of(CaseNumberPrefix.of("CAL"), CaseNumberPrefix.of("CAL"))))
        .isInstanceOf(IllegalStateException.class).hasMessageContaining("CAL");
    assertThatThrownBy(() -> CaseNumberPrefix.of("cal")).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> CaseNumberPrefix.of("CAL; DROP TABLE wmo_case")).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> CaseNumberPrefix.of(null)).isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void callersHoldingEveryFreePooledConnectionCreateTheNewYearsSequencesWithoutASecondConnection() throws Exception {
    // each caller holds a pooled connection in its transaction when it draws the first number of a year: a creation
    // that needed another connection from the pool would wait for the pool's timeout and fail
    HikariDataSource hikari = dataSource.unwrap(HikariDataSource.class);
    int callers = hikari.getMaximumPoolSize() - hikari.getHikariPoolMXBean().getActiveConnections();
    at(2099, 4, 1, 9, 0);
    TransactionTemplate transaction = new TransactionTemplate(transactions);
    ExecutorService pool = Executors.newFixedThreadPool(callers);
    CyclicBarrier allHoldOne = new CyclicBarrier(callers);
    List<Future<String>> drawn = new ArrayList<>();
    try {
      for (int c = 0; c < callers; c++) {
        String prefix = c % 2 == 0 ? "BZW" : "LOD";
        drawn.add(pool.submit(() -> transaction.execute(status -> {
          jdbc.queryForObject("SELECT COUNT(*) FROM wmo_case", Long.class); // holds a connection
          try {
            allHoldOne.await(60, TimeUnit.SECONDS);
          } catch (Exception e) {
            throw new IllegalStateException(e);
          }
          return caseNumbers.next(prefix);
        })));
      }
      List<String> all = new ArrayList<>();
      for (Future<String> number : drawn) {
        all.add(number.get(120, TimeUnit.SECONDS));
      }
      assertThat(hikari.getHikariPoolMXBean().getActiveConnections()).isLessThanOrEqualTo(callers);
      assertThat(all).doesNotHaveDuplicates().hasSize(callers)
          .contains("BZW-2099-00001", "LOD-2099-00001");
    } finally {
      pool.shutdownNow();
    }
  }

  @Test
  void onlyTheKnownPrefixesNameASequence() {
    assertThatThrownBy(() -> caseNumbers.next("CAL_2026; DROP TABLE wmo_case; --"))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> caseNumbers.next("XYZ")).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> caseNumbers.next(null)).isInstanceOf(IllegalArgumentException.class);
    assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM wmo_case", Long.class)).isNotNull();
  }

  @Test
  void twentyClientsInTheirOwnTransactionsDrawEveryNumberOnce() throws Exception {
    // a year no sequence exists for yet: the first draws create the sequences while the others wait in transactions
    at(2095, 6, 1, 9, 0);
    int clients = 20;
    int each = 25;
    TransactionTemplate transaction = new TransactionTemplate(transactions);
    ExecutorService pool = Executors.newFixedThreadPool(clients);
    CountDownLatch start = new CountDownLatch(1);
    List<Future<List<String>>> drawn = new ArrayList<>();
    try {
      for (int c = 0; c < clients; c++) {
        String prefix = c % 2 == 0 ? "CAL" : "SIG";
        drawn.add(pool.submit(() -> {
          start.await();
          List<String> numbers = new ArrayList<>();
          for (int i = 0; i < each; i++) {
            // as an intake: the number is drawn inside the transaction that registers the case
            numbers.add(transaction.execute(status -> {
              jdbc.queryForObject("SELECT COUNT(*) FROM wmo_case", Long.class); // holds a connection
              return caseNumbers.next(prefix);
            }));
          }
          return numbers;
        }));
      }
      start.countDown();
      List<String> all = new ArrayList<>();
      for (Future<List<String>> numbers : drawn) {
        all.addAll(numbers.get(120, TimeUnit.SECONDS));
      }
      assertThat(all).doesNotHaveDuplicates().hasSize(clients * each);
      List<String> expected = new ArrayList<>();
      for (int n = 1; n <= clients * each / 2; n++) {
        expected.add(String.format("CAL-2095-%05d", n));
        expected.add(String.format("SIG-2095-%05d", n));
      }
      assertThat(all).containsExactlyInAnyOrderElementsOf(expected);
    } finally {
      pool.shutdownNow();
    }
  }
}

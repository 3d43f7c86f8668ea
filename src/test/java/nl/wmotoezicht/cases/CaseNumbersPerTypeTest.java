package nl.wmotoezicht.cases;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.LongStream;
import nl.wmotoezicht.testsupport.WmoIntegrationTest;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** Case numbers run per kind of case and year: CAL-2026-00001, SIG-2026-00001, … (docs/webapps.md). */
@WmoIntegrationTest
class CaseNumbersPerTypeTest {

  @Autowired CaseNumbers caseNumbers;
  @Autowired org.springframework.jdbc.core.JdbcTemplate jdbc;

  /** A prefix no other test uses, so its count starts in this test. */
  private static String freshPrefix() {
    return "T" + UUID.randomUUID().toString().replace("-", "").substring(0, 8).toUpperCase();
  }

  @Test
  void eachKindOfCaseCountsFromOneInItsYear() {
    ClockUtil.reset();
    int year = LocalDate.now(ZoneId.of("Europe/Amsterdam")).getYear();
    String calamity = freshPrefix();
    String signal = freshPrefix();
    assertThat(caseNumbers.next(calamity)).isEqualTo(calamity + "-" + year + "-00001");
    assertThat(caseNumbers.next(calamity)).isEqualTo(calamity + "-" + year + "-00002");
    assertThat(caseNumbers.next(signal)).isEqualTo(signal + "-" + year + "-00001");
    assertThat(caseNumbers.next(calamity)).isEqualTo(calamity + "-" + year + "-00003");
  }

  @Test
  void inTheYearOfTheUpgradeAKindCountsOnFromItsHighestNumberAlreadyIssued() {
    ClockUtil.reset();
    int year = LocalDate.now(ZoneId.of("Europe/Amsterdam")).getYear();
    String prefix = freshPrefix();
    // issued before the counters, from the one region-wide sequence
    jdbc.update("INSERT INTO wmo_case (case_number, municipality_code, process_key, created_at) VALUES (?, ?, ?, ?)",
        prefix + "-" + year + "-00041", "GM0917", "calamiteit", java.sql.Timestamp.from(java.time.Instant.now()));
    assertThat(caseNumbers.next(prefix)).isEqualTo(prefix + "-" + year + "-00042");
    assertThat(caseNumbers.next(prefix)).isEqualTo(prefix + "-" + year + "-00043");
  }

  @Test
  void concurrentIntakesOfOneKindNeverShareANumberNorSkipOne() throws Exception {
    ClockUtil.reset();
    String prefix = freshPrefix();
    ExecutorService nodes = Executors.newFixedThreadPool(6);
    List<Future<String>> issued = new ArrayList<>();
    for (int i = 0; i < 30; i++) {
      issued.add(nodes.submit(() -> caseNumbers.next(prefix)));
    }
    List<Long> numbers = new ArrayList<>();
    for (Future<String> number : issued) {
      String caseNumber = number.get();
      numbers.add(Long.parseLong(caseNumber.substring(caseNumber.lastIndexOf('-') + 1)));
    }
    nodes.shutdown();
    assertThat(numbers).containsExactlyInAnyOrderElementsOf(LongStream.rangeClosed(1, 30).boxed().toList());
  }
}

package nl.wmotoezicht.dwangsom;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import nl.wmotoezicht.casefile.CaseDateSource.CaseDate;
import nl.wmotoezicht.casefile.CaseDateSource.RunningCase;
import nl.wmotoezicht.testsupport.WmoIntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The verjaring dates of many cases read at once (the Termijnenoverzicht of a region) are exactly those read case by
 * case: per case its own forfeitures, a collection case the one it collects, only rows of the case's municipality,
 * only outstanding ones, an extended verjaring as such. On the suite's database (H2, then PostgreSQL).
 */
@WmoIntegrationTest
class ForfeitureDatesTest {

  private static final String KVK = "87654321";
  private static final String PROVIDER = "Zorg Thuis Zuid B.V.";
  private static final String HEERLEN = "GM0917";
  private static final String MAASTRICHT = "GM0935";
  private static final BigDecimal MAXIMUM = new BigDecimal("5000.00");
  private static final LocalDate MONDAY = LocalDate.of(2026, 11, 23);

  @Autowired ForfeitureDates dates;
  @Autowired ForfeitureLedger ledger;
  @Autowired JdbcTemplate jdbc;

  private static String newCase() {
    return "LOD-DATES-" + UUID.randomUUID().toString().substring(0, 18);
  }

  private Forfeiture record(String caseNumber, String municipality, int week) {
    return ledger.record(caseNumber, KVK, PROVIDER, municipality, MONDAY.plusWeeks(week), new BigDecimal("500.00"),
        MAXIMUM);
  }

  @Test
  void readingManyCasesAtOnceGivesEachCaseTheDatesItHasAlone() {
    // a last of Heerlen with four forfeitures: open, paid, in collection, and open with its verjaring extended
    String last = newCase();
    record(last, HEERLEN, 0);
    Forfeiture paid = record(last, HEERLEN, 1);
    Forfeiture collected = record(last, HEERLEN, 2);
    Forfeiture extended = record(last, HEERLEN, 3);
    ledger.markPaid(paid.id(), MONDAY.plusWeeks(4));
    ledger.markInCollection(collected.id(), MONDAY.plusWeeks(4));
    jdbc.update("UPDATE wmo_forfeiture SET verjaring_until_decided = TRUE WHERE id = ?", extended.id());
    // a last whose rows belong to Maastricht
    String maastricht = newCase();
    record(maastricht, MAASTRICHT, 0);
    String withoutForfeitures = newCase();

    List<RunningCase> cases = new ArrayList<>(List.of(
        new RunningCase(last, HEERLEN),
        new RunningCase(last + "-V1", HEERLEN),         // collects forfeiture 1 (open)
        new RunningCase(last + "-V2", HEERLEN),         // collects forfeiture 2 (paid: nothing outstanding)
        new RunningCase(last + "-V3", HEERLEN),         // collects forfeiture 3 (in collection)
        new RunningCase(last + "-V9", HEERLEN),         // no such forfeiture
        new RunningCase(last, MAASTRICHT),              // the same number under another municipality: none
        new RunningCase(maastricht, MAASTRICHT),
        new RunningCase(maastricht, HEERLEN),           // rows of another municipality: none
        new RunningCase(maastricht + "-V1", HEERLEN),
        new RunningCase(withoutForfeitures, HEERLEN),
        new RunningCase(last, null)));
    // more cases than one read of the ledger takes, so that the cases above fall into the second read
    for (int i = 0; i < ForfeitureLedger.CASES_PER_READ; i++) {
      cases.add(0, new RunningCase(newCase(), HEERLEN));
    }

    Map<RunningCase, List<CaseDate>> together = dates.datesOf(cases);

    assertThat(together.keySet()).containsExactlyInAnyOrderElementsOf(cases);
    for (RunningCase c : cases) {
      assertThat(together.get(c)).as(c.toString()).isEqualTo(dates.datesOf(c.caseNumber(), c.municipalityCode()));
    }
    // and what that is: the open and the extended ones of the last, each collection case its own
    assertThat(together.get(new RunningCase(last, HEERLEN))).extracting(CaseDate::label).containsExactly(
        "Laatste dag verjaring verbeurte 1", "Laatste dag verjaring verbeurte 3",
        "Verjaring verbeurte 4 verlengd tot onherroepelijke beslissing (art. 5:35 lid 2 Awb)");
    assertThat(together.get(new RunningCase(last + "-V1", HEERLEN))).extracting(CaseDate::label)
        .containsExactly("Laatste dag verjaring verbeurte 1");
    assertThat(together.get(new RunningCase(last + "-V2", HEERLEN))).isEmpty();
    assertThat(together.get(new RunningCase(last + "-V3", HEERLEN))).extracting(CaseDate::label)
        .containsExactly("Laatste dag verjaring verbeurte 3");
    assertThat(together.get(new RunningCase(maastricht, MAASTRICHT))).hasSize(1);
    assertThat(together.get(new RunningCase(maastricht, HEERLEN))).isEmpty();
    assertThat(together.get(new RunningCase(maastricht + "-V1", HEERLEN))).isEmpty();
    assertThat(together.get(new RunningCase(last, MAASTRICHT))).isEmpty();
    assertThat(together.get(new RunningCase(last, null))).isEmpty();
  }
}

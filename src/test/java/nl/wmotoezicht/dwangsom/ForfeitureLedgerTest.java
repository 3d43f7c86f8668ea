package nl.wmotoezicht.dwangsom;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import nl.wmotoezicht.testsupport.WmoIntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.ConcurrencyFailureException;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/** The forfeiture ledger on the suite's database (H2, then PostgreSQL). */
@WmoIntegrationTest
class ForfeitureLedgerTest {

  private static final String KVK = "87654321";
  private static final String PROVIDER = "Zorg Thuis Zuid B.V.";
  private static final String HEERLEN = "GM0917";
  private static final BigDecimal THOUSAND = new BigDecimal("1000.00");
  private static final BigDecimal MAXIMUM = new BigDecimal("2500.00");
  /** A Monday; six weeks later is Monday 4 January 2027, a working day. */
  private static final LocalDate MONDAY = LocalDate.of(2026, 11, 23);

  @Autowired ForfeitureLedger ledger;
  @Autowired JdbcTemplate jdbc;
  @Autowired PlatformTransactionManager transactionManager;

  private static String newCase() {
    return "LOD-TEST-" + UUID.randomUUID().toString().substring(0, 18);
  }

  private Forfeiture record(String caseNumber, LocalDate on, BigDecimal amount) {
    return ledger.record(caseNumber, KVK, PROVIDER, HEERLEN, on, amount, MAXIMUM);
  }

  private static BigDecimal euros(String amount) {
    return new BigDecimal(amount);
  }

  @Test
  void capsTheLastForfeitureAtTheMaximumAndThenRefuses() {
    String caseNumber = newCase();

    Forfeiture first = record(caseNumber, MONDAY, THOUSAND);
    Forfeiture second = record(caseNumber, MONDAY.plusWeeks(1), THOUSAND);
    Forfeiture third = record(caseNumber, MONDAY.plusWeeks(2), THOUSAND);

    assertThat(List.of(first, second, third)).extracting(Forfeiture::sequenceNo).containsExactly(1, 2, 3);
    assertThat(List.of(first, second, third)).extracting(Forfeiture::amount)
        .containsExactly(euros("1000.00"), euros("1000.00"), euros("500.00"));
    assertThat(List.of(first, second, third)).extracting(Forfeiture::runningTotal)
        .containsExactly(euros("1000.00"), euros("2000.00"), euros("2500.00"));
    assertThat(third.maximum()).isEqualTo(euros("2500.00"));
    assertThat(third.status()).isEqualTo(ForfeitureStatus.OPEN);
    assertThat(third.statusChangedOn()).isNull();
    assertThat(ledger.totalForfeited(caseNumber)).isEqualTo(euros("2500.00"));
    assertThat(ledger.remaining(caseNumber, MAXIMUM)).isEqualTo(euros("0.00"));
    assertThat(ledger.maximumReached(caseNumber, MAXIMUM)).isTrue();

    assertThatThrownBy(() -> record(caseNumber, MONDAY.plusWeeks(3), THOUSAND))
        .isInstanceOf(MaximumReachedException.class)
        .hasMessageContaining("€ 2.500,00").hasMessageContaining(caseNumber).hasMessageContaining("bereikt");
    assertThat(ledger.forCase(caseNumber)).hasSize(3);
  }

  @Test
  void answersTotalsAndFindsForfeitures() {
    String caseNumber = newCase();
    assertThat(ledger.totalForfeited(caseNumber)).isEqualTo(euros("0.00"));
    assertThat(ledger.remaining(caseNumber, MAXIMUM)).isEqualTo(euros("2500.00"));
    assertThat(ledger.maximumReached(caseNumber, MAXIMUM)).isFalse();

    Forfeiture recorded = record(caseNumber, MONDAY, new BigDecimal("750.5"));

    assertThat(recorded.amount()).isEqualTo(euros("750.50"));
    assertThat(ledger.remaining(caseNumber, MAXIMUM)).isEqualTo(euros("1749.50"));
    assertThat(ledger.find(recorded.id())).contains(recorded);
    assertThat(ledger.find(caseNumber, 1)).contains(recorded);
    assertThat(ledger.find(caseNumber, 2)).isEmpty();
    assertThat(ledger.find(-1L)).isEmpty();
    assertThat(recorded.providerKvkNumber()).isEqualTo(KVK);
    assertThat(recorded.providerName()).isEqualTo(PROVIDER);
    assertThat(recorded.municipalityCode()).isEqualTo(HEERLEN);
    assertThat(recorded.createdAt()).isNotNull();
  }

  @Test
  void refusesInvalidAmountsAndArguments() {
    String caseNumber = newCase();
    assertThatThrownBy(() -> record(caseNumber, MONDAY, new BigDecimal("0.00")))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("groter zijn dan nul");
    assertThatThrownBy(() -> record(caseNumber, MONDAY, new BigDecimal("-5")))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> record(caseNumber, MONDAY, new BigDecimal("10.005")))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("twee decimalen");
    assertThatThrownBy(() -> ledger.record(caseNumber, "1234", PROVIDER, HEERLEN, MONDAY, THOUSAND, MAXIMUM))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("KvK");
    assertThatThrownBy(() -> ledger.record(caseNumber, KVK, PROVIDER, "Heerlen", MONDAY, THOUSAND, MAXIMUM))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("Gemeentecode");
    assertThatThrownBy(() -> ledger.record(caseNumber, KVK, PROVIDER, HEERLEN, MONDAY, THOUSAND, null))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("Maximum");
    assertThat(ledger.forCase(caseNumber)).isEmpty();
  }

  @Test
  void payByIsTheEndOfTheStatutorySixWeekTerm() {
    String caseNumber = newCase();
    // Monday 23 November 2026 + 6 weeks = Monday 4 January 2027, a working day: not extended
    assertThat(record(caseNumber, MONDAY, euros("100.00")).payBy()).isEqualTo(LocalDate.of(2027, 1, 4));
    // Friday 13 November 2026 + 6 weeks = Friday 25 December (Eerste Kerstdag); Saturday 26 December is
    // Tweede Kerstdag and a Saturday, 27 December a Sunday: extended to Monday 28 December (art. 1 Atw)
    assertThat(record(caseNumber, LocalDate.of(2026, 11, 13), euros("100.00")).payBy())
        .isEqualTo(LocalDate.of(2026, 12, 28));
    // Friday 3 April 2026 + 6 weeks = Friday 15 May 2026, declared a holiday by decree
    // (holidays-by-decree.csv): extended over the weekend to Monday 18 May 2026
    assertThat(record(caseNumber, LocalDate.of(2026, 4, 3), euros("100.00")).payBy())
        .isEqualTo(LocalDate.of(2026, 5, 18));
  }

  @Test
  void verjaringIsOneYearAfterTheDayOfForfeitureNeverExtendedByTheAtw() {
    String caseNumber = newCase();
    assertThat(record(caseNumber, MONDAY, euros("100.00")).verjaringDate()).isEqualTo(LocalDate.of(2027, 11, 23));
    // 5 December 2026 + 1 year = Sunday 5 December 2027: a year-term stays on the Sunday (art. 4 Atw)
    assertThat(record(caseNumber, LocalDate.of(2026, 12, 5), euros("100.00")).verjaringDate())
        .isEqualTo(LocalDate.of(2027, 12, 5));
    assertThat(record(caseNumber, LocalDate.of(2028, 2, 29), euros("100.00")).verjaringDate())
        .isEqualTo(LocalDate.of(2029, 2, 28));
  }

  private void remedy(String caseNumber, VerjaringEventKind kind, LocalDate on) {
    ledger.recordVerjaringEvent(caseNumber, null, kind, on);
  }

  /** Art. 5:35 lid 2 Awb, the first example: a remedy decided before the lapse day extends nothing. */
  @Test
  void anObjectionDecidedLongBeforeTheLapseDayExtendsNothing() {
    String caseNumber = newCase();
    remedy(caseNumber, VerjaringEventKind.BEZWAAR_INGEDIEND, LocalDate.of(2026, 12, 1));
    long id = record(caseNumber, LocalDate.of(2026, 12, 24), euros("100.00")).id();
    // forfeited 24-12-2026, objection decided 14-01-2027 and no beroep
    remedy(caseNumber, VerjaringEventKind.BESLISSING_OP_BEZWAAR, LocalDate.of(2027, 1, 14));

    Forfeiture forfeiture = ledger.find(id).orElseThrow();
    assertThat(forfeiture.verjaringDate()).isEqualTo(LocalDate.of(2027, 12, 24)); // the old ledger: 14-01-2028
    assertThat(forfeiture.verjaringUntilDecided()).isFalse();
    assertThat(forfeiture.isLapsedOn(LocalDate.of(2027, 12, 24))).isFalse(); // the last day: the college may act
    assertThat(forfeiture.isLapsedOn(LocalDate.of(2027, 12, 25))).isTrue();
    assertThat(ledger.lapsingBefore(LocalDate.of(2027, 12, 24))).extracting(Forfeiture::id).doesNotContain(id);
    assertThat(ledger.lapsingBefore(LocalDate.of(2027, 12, 25))).extracting(Forfeiture::id).contains(id);
    assertThat(ledger.verjaringEvents(id)).extracting(VerjaringEvent::kind, VerjaringEvent::legalBasis)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple(VerjaringEventKind.BEZWAAR_INGEDIEND, "art. 5:35 lid 2 Awb"),
            org.assertj.core.groups.Tuple.tuple(VerjaringEventKind.BESLISSING_OP_BEZWAAR, "art. 5:35 lid 2, 6:7 Awb"));
  }

  /**
   * Art. 5:35 lid 2 Awb: a beroep term still running on the lapse day is "open": the term lasts until the beroep term
   * has passed (no beroep) or, when beroep is lodged within it, until the judgment is irrevocable.
   */
  @Test
  void aBeroepTermStillRunningOnTheLapseDayExtendsTheTermToItsLastDay() {
    String caseNumber = newCase();
    remedy(caseNumber, VerjaringEventKind.BEZWAAR_INGEDIEND, LocalDate.of(2026, 12, 1));
    long id = record(caseNumber, LocalDate.of(2026, 12, 24), euros("100.00")).id();
    // decided on Wednesday 1 December 2027: six weeks from the next day end on Wednesday 12 January 2028
    remedy(caseNumber, VerjaringEventKind.BESLISSING_OP_BEZWAAR, LocalDate.of(2027, 12, 1));

    Forfeiture open = ledger.find(id).orElseThrow();
    assertThat(open.verjaringDate()).isEqualTo(LocalDate.of(2028, 1, 12));
    assertThat(open.verjaringUntilDecided()).isFalse();
    assertThat(open.isLapsedOn(LocalDate.of(2027, 12, 25))).isFalse();
    assertThat(open.isLapsedOn(LocalDate.of(2028, 1, 13))).isTrue();

    // beroep lodged on the term's last day: pending, the end is unknown
    remedy(caseNumber, VerjaringEventKind.BEROEP_INGESTELD, LocalDate.of(2028, 1, 12));
    assertThat(ledger.find(id).orElseThrow()).extracting(Forfeiture::verjaringDate, Forfeiture::verjaringUntilDecided)
        .containsExactly(LocalDate.of(2027, 12, 24), true);
  }

  /** Deels gegrond (art. 7:11 lid 2 Awb): a lower amount is a change row; a paid excess is refunded. */
  @Test
  void lowersAnAmountWithAChangeRowAndRefundsThePaidExcess() {
    String caseNumber = newCase();
    Forfeiture first = record(caseNumber, LocalDate.of(2026, 12, 24), euros("1000.00"));
    Forfeiture second = record(caseNumber, LocalDate.of(2026, 12, 31), euros("1000.00"));
    ledger.markPaid(first.id(), LocalDate.of(2027, 1, 4));

    assertThat(ledger.lowerAmount(first.id(), euros("600.00"), LocalDate.of(2027, 1, 11), "deels gegrond"))
        .hasValueSatisfying(refund -> assertThat(refund.amount()).isEqualByComparingTo("400.00"));
    assertThat(ledger.lowerAmount(second.id(), euros("600.00"), LocalDate.of(2027, 1, 11), "deels gegrond")).isEmpty();
    // not higher, and not twice
    assertThat(ledger.lowerAmount(second.id(), euros("800.00"), LocalDate.of(2027, 1, 11), "deels gegrond")).isEmpty();

    assertThat(ledger.forCase(caseNumber)).extracting(f -> f.amount().toString(), f -> f.runningTotal().toString())
        .containsExactly(org.assertj.core.groups.Tuple.tuple("600.00", "600.00"),
            org.assertj.core.groups.Tuple.tuple("600.00", "1200.00"));
    assertThat(ledger.totalForfeited(caseNumber)).isEqualByComparingTo("1200.00");
    assertThat(ledger.amountChanges(caseNumber)).hasSize(2);
    assertThat(ledger.refunds(caseNumber)).singleElement()
        .satisfies(refund -> assertThat(refund.forfeitureId()).isEqualTo(first.id()));
  }

  /**
   * The second example: a beroep pending on 24-12-2027 extends the term until the judgment is irrevocable,
   * six weeks after it (Atw applies) unless hoger beroep is lodged.
   */
  @Test
  void aBeroepPendingOnTheLapseDayExtendsTheTermUntilTheJudgmentIsIrrevocable() {
    String caseNumber = newCase();
    remedy(caseNumber, VerjaringEventKind.BEZWAAR_INGEDIEND, LocalDate.of(2026, 12, 1));
    long id = record(caseNumber, LocalDate.of(2026, 12, 24), euros("100.00")).id();
    remedy(caseNumber, VerjaringEventKind.BESLISSING_OP_BEZWAAR, LocalDate.of(2027, 1, 14));
    remedy(caseNumber, VerjaringEventKind.BEROEP_INGESTELD, LocalDate.of(2027, 2, 22));

    Forfeiture pending = ledger.find(id).orElseThrow();
    assertThat(pending.verjaringDate()).isEqualTo(LocalDate.of(2027, 12, 24));
    assertThat(pending.verjaringUntilDecided()).isTrue();
    assertThat(pending.isLapsedOn(LocalDate.of(2028, 3, 1))).isFalse();
    assertThat(ledger.lapsingBefore(LocalDate.of(2030, 1, 1))).extracting(Forfeiture::id).doesNotContain(id);

    // judgment on Thursday 16 March 2028: six weeks end on King's Day, Thursday 27 April 2028, then Friday 28 April
    // (equated by decree), the weekend: Monday 1 May 2028 (art. 1 and 3 Atw)
    remedy(caseNumber, VerjaringEventKind.UITSPRAAK_RECHTBANK, LocalDate.of(2028, 3, 16));
    Forfeiture decided = ledger.find(id).orElseThrow();
    assertThat(decided.verjaringDate()).isEqualTo(LocalDate.of(2028, 5, 1));
    assertThat(decided.verjaringUntilDecided()).isFalse();

    // hoger beroep within the term: pending again, until the Raad van State decides
    remedy(caseNumber, VerjaringEventKind.HOGER_BEROEP_INGESTELD, LocalDate.of(2028, 4, 20));
    assertThat(ledger.find(id).orElseThrow().verjaringUntilDecided()).isTrue();
    remedy(caseNumber, VerjaringEventKind.UITSPRAAK_RAAD_VAN_STATE, LocalDate.of(2028, 11, 15));
    assertThat(ledger.find(id).orElseThrow()).extracting(Forfeiture::verjaringDate, Forfeiture::verjaringUntilDecided)
        .containsExactly(LocalDate.of(2028, 11, 15), false);
  }

  @Test
  void aRemedyOpenOnTheLapseDayOfALaterForfeitureExtendsOnlyThatOne() {
    String caseNumber = newCase();
    Forfeiture early = record(caseNumber, LocalDate.of(2026, 3, 2), euros("100.00")); // lapse day 2027-03-02
    Forfeiture later = record(caseNumber, LocalDate.of(2026, 9, 1), euros("100.00")); // lapse day 2027-09-01
    remedy(caseNumber, VerjaringEventKind.BEZWAAR_INGEDIEND, LocalDate.of(2027, 4, 1));

    assertThat(ledger.find(early.id()).orElseThrow().verjaringUntilDecided()).isFalse();
    assertThat(ledger.find(early.id()).orElseThrow().verjaringDate()).isEqualTo(LocalDate.of(2027, 3, 2));
    assertThat(ledger.find(later.id()).orElseThrow().verjaringUntilDecided()).isTrue();
    // decided 1 July 2027: the beroep term runs to 12 August 2027, before the lapse day: no extension after all
    remedy(caseNumber, VerjaringEventKind.BESLISSING_OP_BEZWAAR, LocalDate.of(2027, 7, 1));
    assertThat(ledger.find(later.id()).orElseThrow())
        .extracting(Forfeiture::verjaringDate, Forfeiture::verjaringUntilDecided)
        .containsExactly(LocalDate.of(2027, 9, 1), false);
    // the beroep term is still running on the lapse day of a forfeiture of 1 August 2026
    Forfeiture inTerm = record(caseNumber, LocalDate.of(2026, 8, 1), euros("100.00"));
    assertThat(inTerm.verjaringDate()).isEqualTo(LocalDate.of(2027, 8, 12));
  }

  @Test
  void everyInterruptionStartsANewYearFromTheNextDayWithoutACapOnTheTotal() {
    String caseNumber = newCase();
    long id = record(caseNumber, MONDAY, euros("100.00")).id(); // last day 2027-11-23

    assertThat(ledger.markInCollection(id, LocalDate.of(2027, 10, 1)).status()).isEqualTo(ForfeitureStatus.IN_COLLECTION);
    assertThat(ledger.interruptVerjaring(id, VerjaringEventKind.INVORDERINGSBESCHIKKING, LocalDate.of(2027, 10, 1))
        .verjaringDate()).isEqualTo(LocalDate.of(2028, 10, 1));
    assertThat(ledger.interruptVerjaring(id, VerjaringEventKind.AANMANING, LocalDate.of(2028, 9, 1))
        .verjaringDate()).isEqualTo(LocalDate.of(2029, 9, 1));
    assertThat(ledger.interruptVerjaring(id, VerjaringEventKind.DWANGBEVEL, LocalDate.of(2029, 8, 1))
        .verjaringDate()).isEqualTo(LocalDate.of(2030, 8, 1));
    assertThat(ledger.interruptVerjaring(id, VerjaringEventKind.TENUITVOERLEGGING, LocalDate.of(2030, 7, 1))
        .verjaringDate()).isEqualTo(LocalDate.of(2031, 7, 1));
    // more than five years after the forfeiture in all: no cap on the total (art. 4:110 Awb caps each new term)
    assertThat(ledger.interruptVerjaring(id, VerjaringEventKind.ERKENNING, LocalDate.of(2031, 6, 1))
        .verjaringDate()).isEqualTo(LocalDate.of(2032, 6, 1));
    // on its last day the claim can still be interrupted, from the next day it cannot
    assertThat(ledger.interruptVerjaring(id, VerjaringEventKind.VERREKENING, LocalDate.of(2032, 6, 1))
        .verjaringDate()).isEqualTo(LocalDate.of(2033, 6, 1));
    assertThatThrownBy(() -> ledger.interruptVerjaring(id, VerjaringEventKind.AANMANING, LocalDate.of(2033, 6, 2)))
        .isInstanceOf(IllegalStateException.class).hasMessageContaining("verjaard");
    assertThatThrownBy(() -> ledger.interruptVerjaring(id, VerjaringEventKind.AANMANING, LocalDate.of(2026, 11, 1)))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> ledger.interruptVerjaring(id, VerjaringEventKind.BEROEP_INGESTELD, LocalDate.of(2028, 1, 1)))
        .isInstanceOf(IllegalArgumentException.class);
    assertThat(ledger.verjaringEvents(id)).hasSize(6).extracting(VerjaringEvent::legalBasis)
        .contains("art. 5:37a lid 1 Awb", "art. 4:106 Awb", "art. 4:105 Awb");
  }

  @Test
  void anInterruptionDuringAPendingRemedyStartsANewYearThatIsExtendedAgainIfStillPending() {
    String caseNumber = newCase();
    long id = record(caseNumber, MONDAY, euros("100.00")).id(); // last day 2027-11-23
    remedy(caseNumber, VerjaringEventKind.BEROEP_INGESTELD, LocalDate.of(2027, 6, 1));
    ledger.markInCollection(id, LocalDate.of(2028, 1, 10));
    Forfeiture interrupted = ledger.interruptVerjaring(id, VerjaringEventKind.INVORDERINGSBESCHIKKING,
        LocalDate.of(2028, 1, 10));
    assertThat(interrupted.verjaringDate()).isEqualTo(LocalDate.of(2029, 1, 10));
    assertThat(interrupted.verjaringUntilDecided()).isTrue(); // the beroep is still pending on that day
    remedy(caseNumber, VerjaringEventKind.UITSPRAAK_RAAD_VAN_STATE, LocalDate.of(2028, 5, 1)); // irrevocable
    assertThat(ledger.find(id).orElseThrow()).extracting(Forfeiture::verjaringDate, Forfeiture::verjaringUntilDecided)
        .containsExactly(LocalDate.of(2029, 1, 10), false);
  }

  @Test
  void anInterruptionNeedsAnOutstandingClaimAndAKindThatInterrupts() {
    String caseNumber = newCase();
    long id = record(caseNumber, MONDAY, euros("100.00")).id();
    ledger.markPaid(id, LocalDate.of(2027, 1, 4));
    assertThatThrownBy(() -> ledger.interruptVerjaring(id, VerjaringEventKind.AANMANING, LocalDate.of(2027, 2, 1)))
        .isInstanceOf(IllegalStateException.class).hasMessageContaining("betaald");
    assertThatThrownBy(() -> ledger.recordVerjaringEvent(caseNumber, id, VerjaringEventKind.BEROEP_INGESTELD,
        LocalDate.of(2027, 2, 1))).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> ledger.recordVerjaringEvent(caseNumber, null, VerjaringEventKind.AANMANING,
        LocalDate.of(2027, 2, 1))).isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void allowsOnlyValidStatusChanges() {
    String caseNumber = newCase();
    long paid = record(caseNumber, MONDAY, euros("100.00")).id();
    long collectedThenPaid = record(caseNumber, MONDAY, euros("100.00")).id();
    long lapsed = record(caseNumber, MONDAY, euros("100.00")).id();
    long collectedThenLapsed = record(caseNumber, MONDAY, euros("100.00")).id();
    long waived = record(caseNumber, MONDAY, euros("100.00")).id();

    Forfeiture paidOne = ledger.markPaid(paid, LocalDate.of(2026, 12, 1));
    assertThat(paidOne.status()).isEqualTo(ForfeitureStatus.PAID);
    assertThat(paidOne.statusChangedOn()).isEqualTo(LocalDate.of(2026, 12, 1));
    ledger.markInCollection(collectedThenPaid, LocalDate.of(2027, 1, 11));
    assertThat(ledger.markPaid(collectedThenPaid, LocalDate.of(2027, 1, 20)).status()).isEqualTo(ForfeitureStatus.PAID);
    assertThat(ledger.markLapsed(lapsed, LocalDate.of(2027, 11, 24)).status()).isEqualTo(ForfeitureStatus.LAPSED);
    ledger.markInCollection(collectedThenLapsed, LocalDate.of(2027, 1, 11));
    assertThat(ledger.markLapsed(collectedThenLapsed, LocalDate.of(2028, 1, 12)).statusChangedOn())
        .isEqualTo(LocalDate.of(2028, 1, 12));
    assertThat(ledger.withdraw(waived, LocalDate.of(2026, 12, 2)).status()).isEqualTo(ForfeitureStatus.WITHDRAWN);

    LocalDate day = LocalDate.of(2028, 2, 1);
    assertThatThrownBy(() -> ledger.markPaid(paid, day))
        .isInstanceOf(IllegalStateException.class).hasMessageContaining("is betaald");
    assertThatThrownBy(() -> ledger.markInCollection(paid, day)).isInstanceOf(IllegalStateException.class);
    assertThatThrownBy(() -> ledger.markInCollection(collectedThenLapsed, day))
        .isInstanceOf(IllegalStateException.class).hasMessageContaining("verjaard");
    assertThatThrownBy(() -> ledger.markPaid(lapsed, day)).isInstanceOf(IllegalStateException.class);
    assertThatThrownBy(() -> ledger.markLapsed(waived, day))
        .isInstanceOf(IllegalStateException.class).hasMessageContaining("ingetrokken");
    assertThatThrownBy(() -> ledger.withdraw(paid, day)).isInstanceOf(IllegalStateException.class);
    assertThatThrownBy(() -> ledger.markPaid(-1L, day)).isInstanceOf(IllegalArgumentException.class);

    long collectedTwice = record(caseNumber, MONDAY, euros("100.00")).id();
    ledger.markInCollection(collectedTwice, day);
    assertThatThrownBy(() -> ledger.markInCollection(collectedTwice, day))
        .isInstanceOf(IllegalStateException.class).hasMessageContaining("in invordering");
  }

  @Test
  void withdrawsOpenAndCollectedForfeituresOfTheCaseOnly() {
    String caseNumber = newCase();
    long open = record(caseNumber, MONDAY, euros("1000.00")).id();
    long collected = record(caseNumber, MONDAY.plusWeeks(1), euros("1000.00")).id();
    long paid = record(caseNumber, MONDAY.plusWeeks(2), euros("500.00")).id();
    ledger.markInCollection(collected, LocalDate.of(2027, 1, 18));
    ledger.markPaid(paid, LocalDate.of(2027, 1, 4));
    String otherCase = newCase();
    long other = record(otherCase, MONDAY, euros("100.00")).id();

    assertThat(ledger.withdrawOpen(caseNumber, LocalDate.of(2027, 2, 1))).isEqualTo(2);

    assertThat(ledger.find(open).orElseThrow().status()).isEqualTo(ForfeitureStatus.WITHDRAWN);
    assertThat(ledger.find(collected).orElseThrow().status()).isEqualTo(ForfeitureStatus.WITHDRAWN);
    assertThat(ledger.find(collected).orElseThrow().statusChangedOn()).isEqualTo(LocalDate.of(2027, 2, 1));
    assertThat(ledger.find(paid).orElseThrow().status()).isEqualTo(ForfeitureStatus.PAID);
    assertThat(ledger.find(other).orElseThrow().status()).isEqualTo(ForfeitureStatus.OPEN);
    // withdrawn amounts do not count towards the maximum
    assertThat(ledger.totalForfeited(caseNumber)).isEqualTo(euros("500.00"));
    assertThat(ledger.remaining(caseNumber, MAXIMUM)).isEqualTo(euros("2000.00"));
  }

  @Test
  void listsOutstandingForfeituresLapsingBeforeADate() {
    String caseNumber = newCase();
    Forfeiture early = record(caseNumber, LocalDate.of(2020, 3, 2), euros("100.00")); // 2021-03-02
    Forfeiture paid = record(caseNumber, LocalDate.of(2020, 3, 3), euros("100.00"));
    ledger.markPaid(paid.id(), LocalDate.of(2020, 4, 1));
    Forfeiture collected = record(caseNumber, LocalDate.of(2020, 3, 4), euros("100.00")); // 2021-03-04
    ledger.markInCollection(collected.id(), LocalDate.of(2020, 5, 1));
    Forfeiture later = record(caseNumber, LocalDate.of(2020, 3, 5), euros("100.00")); // 2021-03-05

    List<Long> lapsing = ledger.lapsingBefore(LocalDate.of(2021, 3, 5)).stream()
        .filter(f -> f.caseNumber().equals(caseNumber)).map(Forfeiture::id).toList();

    assertThat(lapsing).containsExactly(early.id(), collected.id());
    assertThat(ledger.lapsingBefore(LocalDate.of(2021, 3, 6))).extracting(Forfeiture::id).contains(later.id());
  }

  @Test
  void listsAProvidersForfeituresPerMunicipality() {
    String kvk = String.valueOf(10_000_000 + (long) (Math.random() * 89_999_999));
    String heerlenCase = newCase();
    String maastrichtCase = newCase();
    Forfeiture heerlen = ledger.record(heerlenCase, kvk, PROVIDER, HEERLEN, MONDAY, THOUSAND, MAXIMUM);
    Forfeiture maastricht = ledger.record(maastrichtCase, kvk, PROVIDER, "GM0935", MONDAY.minusDays(1), THOUSAND,
        MAXIMUM);

    assertThat(ledger.forProvider(kvk, null)).containsExactly(maastricht, heerlen);
    assertThat(ledger.forProvider(kvk, List.of(HEERLEN))).containsExactly(heerlen);
    assertThat(ledger.forProvider(kvk, List.of(HEERLEN, "GM0928"))).containsExactly(heerlen);
    assertThat(ledger.forProvider(kvk, List.of())).isEmpty();
  }

  @Test
  void theDatabaseRefusesARunningTotalAboveTheMaximumEvenWithoutTheLedger() {
    String caseNumber = newCase();
    assertThatThrownBy(() -> insertDirectly(caseNumber, 1, "100.00", "2600.00", "2500.00", "OPEN"))
        .isInstanceOf(DataIntegrityViolationException.class);
    assertThatThrownBy(() -> insertDirectly(caseNumber, 1, "100.00", "50.00", "2500.00", "OPEN"))
        .isInstanceOf(DataIntegrityViolationException.class);
    assertThatThrownBy(() -> insertDirectly(caseNumber, 1, "0.00", "0.00", "2500.00", "OPEN"))
        .isInstanceOf(DataIntegrityViolationException.class);
    assertThatThrownBy(() -> insertDirectly(caseNumber, 1, "100.00", "100.00", "2500.00", "BETAALD"))
        .isInstanceOf(DataIntegrityViolationException.class);
    insertDirectly(caseNumber, 1, "100.00", "100.00", "2500.00", "OPEN");
    assertThatThrownBy(() -> insertDirectly(caseNumber, 1, "100.00", "200.00", "2500.00", "OPEN"))
        .isInstanceOf(DataIntegrityViolationException.class);
    assertThat(ledger.forCase(caseNumber)).hasSize(1);
  }

  private void insertDirectly(String caseNumber, int sequenceNo, String amount, String runningTotal, String maximum,
      String status) {
    jdbc.update("INSERT INTO wmo_forfeiture (case_number, sequence_no, provider_kvk_number, provider_name, "
            + "municipality_code, forfeited_on, amount, running_total, maximum, pay_by, verjaring_date, status, "
            + "created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
        caseNumber, sequenceNo, KVK, PROVIDER, HEERLEN, MONDAY, new BigDecimal(amount), new BigDecimal(runningTotal),
        new BigDecimal(maximum), LocalDate.of(2027, 1, 4), LocalDate.of(2027, 11, 23), status,
        new Timestamp(System.currentTimeMillis()));
  }

  @Test
  void concurrentRecordingsInSeparateTransactionsNeverExceedTheMaximum() throws Exception {
    String caseNumber = newCase();
    record(caseNumber, MONDAY, euros("500.00"));
    TransactionTemplate transaction = new TransactionTemplate(transactionManager);
    int threads = 4;
    CyclicBarrier start = new CyclicBarrier(threads);

    List<Object> outcomes = concurrently(threads, () -> {
      start.await(10, TimeUnit.SECONDS);
      return transaction.execute(status -> {
        Forfeiture forfeiture = record(caseNumber, MONDAY.plusWeeks(1), THOUSAND);
        sleep(100); // hold the lock while the others wait for it
        return forfeiture;
      });
    });

    List<Forfeiture> rows = ledger.forCase(caseNumber);
    assertThat(rows).extracting(Forfeiture::sequenceNo).containsExactly(1, 2, 3);
    assertThat(rows).extracting(Forfeiture::runningTotal)
        .containsExactly(euros("500.00"), euros("1500.00"), euros("2500.00"));
    assertThat(rows).extracting(Forfeiture::amount).containsExactly(euros("500.00"), euros("1000.00"), euros("1000.00"));
    assertThat(outcomes).filteredOn(Forfeiture.class::isInstance).hasSize(2);
    assertThat(outcomes).filteredOn(MaximumReachedException.class::isInstance).hasSize(2);
  }

  @Test
  void simultaneousFirstRecordingsOfACaseCannotBothPass() throws Exception {
    String caseNumber = newCase();
    TransactionTemplate transaction = new TransactionTemplate(transactionManager);
    CyclicBarrier start = new CyclicBarrier(2);

    List<Object> outcomes = concurrently(2, () -> {
      start.await(10, TimeUnit.SECONDS);
      return transaction.execute(status -> {
        Forfeiture forfeiture = record(caseNumber, MONDAY, euros("2000.00"));
        sleep(100);
        return forfeiture;
      });
    });

    assertThat(outcomes).filteredOn(Forfeiture.class::isInstance).isNotEmpty();
    assertThat(outcomes).allMatch(o -> o instanceof Forfeiture || o instanceof ConcurrencyFailureException
        || o instanceof MaximumReachedException, "recorded, refused as concurrent, or refused at the maximum");
    assertThat(ledger.totalForfeited(caseNumber)).isLessThanOrEqualTo(MAXIMUM);
    List<Forfeiture> rows = ledger.forCase(caseNumber);
    assertThat(rows).extracting(Forfeiture::sequenceNo).doesNotHaveDuplicates();
    assertThat(rows).allMatch(f -> f.runningTotal().compareTo(f.maximum()) <= 0);
  }

  private static void sleep(long millis) {
    try {
      Thread.sleep(millis);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  /** Runs the call on n threads at once; each outcome is the result or the exception it threw. */
  private static List<Object> concurrently(int n, Callable<Object> call) throws Exception {
    ExecutorService pool = Executors.newFixedThreadPool(n);
    try {
      List<Future<Object>> futures = new ArrayList<>();
      for (int i = 0; i < n; i++) {
        futures.add(pool.submit(call));
      }
      List<Object> outcomes = new ArrayList<>();
      for (Future<Object> future : futures) {
        try {
          outcomes.add(future.get(60, TimeUnit.SECONDS));
        } catch (ExecutionException e) {
          outcomes.add(e.getCause());
        }
      }
      return outcomes;
    } finally {
      pool.shutdownNow();
    }
  }
}

package nl.wmotoezicht.dwangsom;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;
import nl.wmotoezicht.kernel.InputRules;
import nl.wmotoezicht.terms.LegalCalendar;
import nl.wmotoezicht.terms.Termijnen;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.springframework.dao.ConcurrencyFailureException;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The forfeiture ledger of the last onder dwangsom (table {@code wmo_forfeiture}): every forfeited
 * amount, its payment term, its verjaring and its status. Available in BPMN expressions as
 * {@code forfeitureLedger}, e.g. {@code ${forfeitureLedger.maximumReached(caseNumber, dwangsomMaximum)}}
 * (pass amounts as text such as {@code "2500.00"} or as {@link BigDecimal}, not as a floating-point number).
 *
 * <p><b>Transactions.</b> Every method works in the caller's transaction: called from a Camunda delegate
 * it joins the engine's Spring transaction, so a forfeiture is recorded together with the step that
 * recorded it, or not at all. Without a transaction a writing method runs in one of its own. Exceptions
 * thrown by this class do not mark the caller's transaction for rollback; they are thrown before
 * anything is written.
 *
 * <p><b>Maximum</b> (art. 5:32b lid 2 Awb). A dwangsom has a maximum; {@link #record} caps an amount so
 * that the case's running total never exceeds it and refuses when nothing remains. Forfeitures that were
 * withdrawn do not count. The table refuses any row whose running total exceeds its maximum, also when
 * this class is bypassed.
 *
 * <p><b>Payment term</b> (art. 5:33 Awb): six weeks after the day of forfeiture, a statutory term
 * extended under the Algemene termijnenwet ({@link LegalCalendar}).
 *
 * <p><b>Verjaring</b> (art. 5:35, 5:37a, 4:105, 4:106, 4:110 Awb; {@code docs/dwangsom-recht.md}), each
 * forfeiture its own clock. The ledger keeps the events that extend or interrupt it (table
 * {@code wmo_verjaring_event}: {@link #recordVerjaringEvent}) and derives {@code verjaringDate} from them with
 * {@link VerjaringRule} every time one is added: the last day on which the college may still act; the claim has
 * lapsed from the next day on. When a remedy against the last is open or pending on that day, the term is
 * extended until it is decided irrevocably; while that end is unknown {@link Forfeiture#verjaringUntilDecided()}
 * is true and the claim does not lapse.
 */
@Repository("forfeitureLedger")
public class ForfeitureLedger {

  /** The payment term of art. 5:33 Awb, named in {@code terms/termijnen.yaml} ({@code docs/termijnen.md}). */
  static final String PAYMENT_TERM = "betaling";

  private static final int CASE_NUMBER_LENGTH = 32;
  private static final int PROVIDER_NAME_LENGTH = 200;
  private static final int AMOUNT_PRECISION = 12;
  private static final String COLUMNS = "id, case_number, sequence_no, provider_kvk_number, provider_name, "
      + "municipality_code, forfeited_on, amount, running_total, maximum, pay_by, verjaring_date, status, "
      + "status_changed_on, created_at, verjaring_until_decided";
  private static final String EVENT_COLUMNS = "id, case_number, forfeiture_id, kind, event_date, legal_basis";
  private static final String OUTSTANDING = "('OPEN', 'IN_COLLECTION')";
  /** Case numbers per statement of {@link #forCases}: the IN list stays well below database limits. */
  static final int CASES_PER_READ = 500;

  private final JdbcTemplate jdbc;
  private final NamedParameterJdbcTemplate namedJdbc;
  private final LegalCalendar calendar;
  private final Termijnen termijnen;
  private final TransactionTemplate ownTransaction;
  private final VerjaringRule verjaringRule;

  public ForfeitureLedger(JdbcTemplate jdbc, LegalCalendar calendar, Termijnen termijnen,
      PlatformTransactionManager transactionManager) {
    this.jdbc = jdbc;
    this.termijnen = termijnen;
    this.namedJdbc = new NamedParameterJdbcTemplate(jdbc);
    this.calendar = calendar;
    this.ownTransaction = new TransactionTemplate(transactionManager);
    this.verjaringRule = new VerjaringRule(calendar, termijnen);
  }

  /**
   * Records a forfeited amount as the case's next forfeiture, status {@link ForfeitureStatus#OPEN}.
   *
   * <p>The amount is capped at what remains below the maximum. The case's existing forfeitures are locked
   * ({@code SELECT … FOR UPDATE}) before the total is computed, so two recordings for one case run one
   * after the other and cannot both pass the maximum. A case's very first forfeiture has nothing to
   * lock: two simultaneous first recordings are kept apart by the unique sequence number, and the second
   * fails with a {@link ConcurrencyFailureException} (a Camunda job retries it).
   *
   * @param maximum the dwangsom's maximum as it stands now (it may have been lowered, art. 5:34 Awb)
   * @return the forfeiture as recorded, with the capped amount, its sequence number, payment term and
   *     verjaring date
   * @throws MaximumReachedException when the case's forfeitures already reach the maximum
   * @throws IllegalArgumentException with a Dutch message when an argument is missing or invalid (amounts
   *     must be positive and have at most two decimals)
   */
  public Forfeiture record(String caseNumber, String providerKvkNumber, String providerName, String municipalityCode,
      LocalDate forfeitedOn, BigDecimal amount, BigDecimal maximum) {
    requireCaseNumber(caseNumber);
    require(providerKvkNumber != null && InputRules.KVK_NUMBER.matcher(providerKvkNumber).matches(),
        "KvK-nummer '" + providerKvkNumber + "' moet uit 8 cijfers bestaan.");
    require(providerName != null && !providerName.isBlank() && providerName.length() <= PROVIDER_NAME_LENGTH,
        "Naam van de aanbieder ontbreekt of is langer dan " + PROVIDER_NAME_LENGTH + " tekens.");
    require(municipalityCode != null && InputRules.MUNICIPALITY_CODE.matcher(municipalityCode).matches(),
        "Gemeentecode '" + municipalityCode + "' is geen CBS-code zoals GM0917.");
    require(forfeitedOn != null, "Datum van verbeurte ontbreekt.");
    BigDecimal asked = money(amount, "Bedrag");
    BigDecimal ceiling = money(maximum, "Maximum");
    LocalDate payBy = calendar.compute(forfeitedOn, termijnen.term(PAYMENT_TERM).period(), true).ends();
    // remedies against the last recorded before this forfeiture count for it too (art. 5:35 lid 2 Awb)
    VerjaringRule.Result verjaring = verjaringRule.compute(forfeitedOn, caseEvents(caseNumber));

    return inTransaction(() -> {
      lockCase(caseNumber);
      int sequenceNo = jdbc.queryForObject(
          "SELECT COALESCE(MAX(sequence_no), 0) FROM wmo_forfeiture WHERE case_number = ?", Integer.class,
          caseNumber) + 1;
      BigDecimal total = totalForfeited(caseNumber);
      BigDecimal remaining = ceiling.subtract(total);
      if (remaining.signum() <= 0) {
        throw new MaximumReachedException(caseNumber, ceiling);
      }
      BigDecimal forfeited = asked.min(remaining);
      try {
        jdbc.update("INSERT INTO wmo_forfeiture (case_number, sequence_no, provider_kvk_number, provider_name, "
                + "municipality_code, forfeited_on, amount, running_total, maximum, pay_by, verjaring_date, status, "
                + "created_at, verjaring_until_decided) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            caseNumber, sequenceNo, providerKvkNumber, providerName.strip(), municipalityCode, forfeitedOn, forfeited,
            total.add(forfeited), ceiling, payBy, verjaring.lastDay(), ForfeitureStatus.OPEN.name(),
            new Timestamp(ClockUtil.getCurrentTime().getTime()), verjaring.untilDecided());
      } catch (DuplicateKeyException e) {
        throw new ConcurrencyFailureException("Verbeurte " + sequenceNo + " van zaak " + caseNumber
            + " wordt tegelijk ook door een ander vastgelegd; probeer het opnieuw.", e);
      }
      return find(caseNumber, sequenceNo).orElseThrow();
    });
  }

  /** The total forfeited under the case, withdrawn forfeitures not counted; 0.00 when there are none. */
  public BigDecimal totalForfeited(String caseNumber) {
    BigDecimal total = jdbc.queryForObject(
        "SELECT COALESCE(SUM(amount), 0) FROM wmo_forfeiture WHERE case_number = ? AND status <> 'WITHDRAWN'",
        BigDecimal.class, caseNumber);
    return total.setScale(2, RoundingMode.UNNECESSARY);
  }

  /** Whether the case's forfeitures reach the maximum, so that nothing more can be forfeited. */
  public boolean maximumReached(String caseNumber, BigDecimal maximum) {
    return remaining(caseNumber, maximum).signum() == 0;
  }

  /** What can still be forfeited under the case before the maximum is reached; never negative. */
  public BigDecimal remaining(String caseNumber, BigDecimal maximum) {
    BigDecimal remaining = money(maximum, "Maximum").subtract(totalForfeited(caseNumber));
    return remaining.signum() < 0 ? BigDecimal.ZERO.setScale(2) : remaining;
  }

  /** The case's forfeitures in the order they were recorded. */
  public List<Forfeiture> forCase(String caseNumber) {
    return jdbc.query("SELECT " + COLUMNS + " FROM wmo_forfeiture WHERE case_number = ? ORDER BY sequence_no",
        ForfeitureLedger::map, caseNumber);
  }

  /**
   * The case's forfeitures in the order they were recorded, only those of the case's municipality (tenant): a read
   * for a caller filters by his case's tenant itself (docs/security/tenancy.md).
   */
  public List<Forfeiture> forCase(String caseNumber, String municipalityCode) {
    return jdbc.query("SELECT " + COLUMNS + " FROM wmo_forfeiture WHERE case_number = ? AND municipality_code = ? "
        + "ORDER BY sequence_no", ForfeitureLedger::map, caseNumber, municipalityCode);
  }

  /**
   * The forfeitures of these cases, by case number and then in the order they were recorded, of every municipality:
   * a read for a caller filters by his cases' tenants itself (docs/security/tenancy.md). Read in batches of 500
   * numbers, one statement each (the Termijnenoverzicht of a region asks for thousands of cases).
   */
  public List<Forfeiture> forCases(Collection<String> caseNumbers) {
    List<String> numbers = caseNumbers.stream().distinct().toList();
    List<Forfeiture> forfeitures = new ArrayList<>();
    for (int from = 0; from < numbers.size(); from += CASES_PER_READ) {
      forfeitures.addAll(namedJdbc.query("SELECT " + COLUMNS + " FROM wmo_forfeiture WHERE case_number IN (:numbers) "
              + "ORDER BY case_number, sequence_no",
          Map.of("numbers", numbers.subList(from, Math.min(numbers.size(), from + CASES_PER_READ))),
          ForfeitureLedger::map));
    }
    return forfeitures;
  }

  /**
   * The provider's forfeitures under all cases, oldest first.
   *
   * @param municipalityCodes only forfeitures of these municipalities; null for all, empty for none
   */
  public List<Forfeiture> forProvider(String kvkNumber, Collection<String> municipalityCodes) {
    if (municipalityCodes != null && municipalityCodes.isEmpty()) {
      return List.of();
    }
    String sql = "SELECT " + COLUMNS + " FROM wmo_forfeiture WHERE provider_kvk_number = :kvk"
        + (municipalityCodes == null ? "" : " AND municipality_code IN (:codes)")
        + " ORDER BY forfeited_on, case_number, sequence_no";
    return namedJdbc.query(sql, municipalityCodes == null ? Map.of("kvk", kvkNumber)
        : Map.of("kvk", kvkNumber, "codes", municipalityCodes), ForfeitureLedger::map);
  }

  public Optional<Forfeiture> find(long id) {
    return jdbc.query("SELECT " + COLUMNS + " FROM wmo_forfeiture WHERE id = ?", ForfeitureLedger::map, id)
        .stream().findFirst();
  }

  public Optional<Forfeiture> find(String caseNumber, int sequenceNo) {
    return jdbc.query("SELECT " + COLUMNS + " FROM wmo_forfeiture WHERE case_number = ? AND sequence_no = ?",
        ForfeitureLedger::map, caseNumber, sequenceNo).stream().findFirst();
  }

  /**
   * The forfeiture was paid.
   *
   * @throws IllegalStateException when it is not open or in collection
   * @throws IllegalArgumentException when there is no forfeiture with this id
   */
  public Forfeiture markPaid(long id, LocalDate on) {
    return changeStatus(id, ForfeitureStatus.PAID, on);
  }

  /** The college decided to collect it (invorderingsbeschikking, art. 5:37 Awb); only from open. */
  public Forfeiture markInCollection(long id, LocalDate on) {
    return changeStatus(id, ForfeitureStatus.IN_COLLECTION, on);
  }

  /** The claim lapsed by verjaring (art. 5:35 Awb); from open or in collection. */
  public Forfeiture markLapsed(long id, LocalDate on) {
    return changeStatus(id, ForfeitureStatus.LAPSED, on);
  }

  /** One forfeiture is not collected after all (e.g. the college waives it); from open or in collection. */
  public Forfeiture withdraw(long id, LocalDate on) {
    return changeStatus(id, ForfeitureStatus.WITHDRAWN, on);
  }

  /**
   * Withdraws all of the case's open and in-collection forfeitures, e.g. when the decision is revoked on
   * objection and nothing was ever owed. Paid, lapsed and withdrawn forfeitures stay as they are; paid ones are
   * refunded with {@link #orderRefunds}.
   *
   * @return how many forfeitures were withdrawn
   */
  public int withdrawOpen(String caseNumber, LocalDate on) {
    require(on != null, "Datum van intrekking ontbreekt.");
    return inTransaction(() -> {
      lockCase(caseNumber);
      return jdbc.update("UPDATE wmo_forfeiture SET status = ?, status_changed_on = ? WHERE case_number = ? "
          + "AND status IN " + OUTSTANDING, ForfeitureStatus.WITHDRAWN.name(), on, caseNumber);
    });
  }

  /**
   * Records an event that extends or interrupts the verjaring and derives the verjaring date of the forfeitures it
   * concerns anew: for a remedy against the last ({@link VerjaringEventKind.Scope#LAST}) all of the case's open and
   * in-collection forfeitures, otherwise the one forfeiture. Paid, lapsed and withdrawn forfeitures keep their date.
   *
   * @param forfeitureId null for a remedy against the last; the forfeiture otherwise
   * @return the forfeitures whose verjaring was derived anew, as they are now
   * @throws IllegalArgumentException when an argument is missing or does not fit the kind, or the forfeiture is not
   *     one of the case's
   * @throws IllegalStateException when an interruption concerns a forfeiture that is not outstanding or had already
   *     lapsed on that day (a lapsed claim cannot be interrupted)
   */
  public List<Forfeiture> recordVerjaringEvent(String caseNumber, Long forfeitureId, VerjaringEventKind kind,
      LocalDate date) {
    requireCaseNumber(caseNumber);
    require(kind != null, "Soort gebeurtenis ontbreekt.");
    require(date != null, "Datum van de gebeurtenis ontbreekt.");
    boolean ofTheLast = kind.scope() == VerjaringEventKind.Scope.LAST;
    require(ofTheLast == (forfeitureId == null), ofTheLast
        ? "Een rechtsmiddel tegen de last geldt voor alle verbeurten van de zaak, niet voor één verbeurte."
        : "Bij '" + kind.description() + "' hoort één verbeurte.");
    return inTransaction(() -> {
      lockCase(caseNumber);
      if (!ofTheLast) {
        Forfeiture forfeiture = find(forfeitureId).orElseThrow(
            () -> new IllegalArgumentException("Verbeurte met id " + forfeitureId + " bestaat niet."));
        require(forfeiture.caseNumber().equals(caseNumber),
            "Verbeurte " + forfeitureId + " hoort niet bij zaak " + caseNumber + ".");
        require(!date.isBefore(forfeiture.forfeitedOn()), "De gebeurtenis (" + date + ") ligt voor de verbeurte ("
            + forfeiture.forfeitedOn() + ").");
        if (kind.effect() == VerjaringEventKind.Effect.INTERRUPTS) {
          if (!forfeiture.status().isOutstanding()) {
            throw new IllegalStateException("Verbeurte " + describe(forfeiture) + " is "
                + forfeiture.status().label() + "; de verjaring ervan kan niet worden gestuit.");
          }
          if (forfeiture.isLapsedOn(date)) {
            throw new IllegalStateException("Verbeurte " + describe(forfeiture) + " is verjaard na "
                + forfeiture.verjaringDate() + "; een verjaarde vordering kan niet meer worden gestuit.");
          }
        }
      }
      jdbc.update("INSERT INTO wmo_verjaring_event (case_number, forfeiture_id, kind, event_date, legal_basis, "
              + "recorded_at) VALUES (?, ?, ?, ?, ?, ?)", caseNumber, forfeitureId, kind.name(), date,
          kind.legalBasis(), new Timestamp(ClockUtil.getCurrentTime().getTime()));
      List<Forfeiture> concerned = ofTheLast ? forCase(caseNumber) : List.of(find(forfeitureId).orElseThrow());
      return concerned.stream().filter(f -> f.status().isOutstanding()).map(this::deriveVerjaring).toList();
    });
  }

  /** Records an interruption (stuiting) of one forfeiture's verjaring; see {@link #recordVerjaringEvent}. */
  public Forfeiture interruptVerjaring(long id, VerjaringEventKind kind, LocalDate on) {
    require(kind != null && kind.effect() == VerjaringEventKind.Effect.INTERRUPTS,
        "'" + (kind == null ? null : kind.description()) + "' stuit de verjaring niet.");
    Forfeiture forfeiture = find(id)
        .orElseThrow(() -> new IllegalArgumentException("Verbeurte met id " + id + " bestaat niet."));
    recordVerjaringEvent(forfeiture.caseNumber(), id, kind, on);
    return find(id).orElseThrow();
  }

  /** The events that count for the forfeiture's verjaring (those against the last and its own), oldest first. */
  public List<VerjaringEvent> verjaringEvents(long forfeitureId) {
    Forfeiture forfeiture = find(forfeitureId)
        .orElseThrow(() -> new IllegalArgumentException("Verbeurte met id " + forfeitureId + " bestaat niet."));
    return jdbc.query("SELECT " + EVENT_COLUMNS + " FROM wmo_verjaring_event WHERE case_number = ? AND "
            + "(forfeiture_id IS NULL OR forfeiture_id = ?) ORDER BY event_date, id", ForfeitureLedger::mapEvent,
        forfeiture.caseNumber(), forfeitureId);
  }

  /** The events against the case's last itself (no forfeiture), oldest first. */
  public List<VerjaringEvent> caseEvents(String caseNumber) {
    return jdbc.query("SELECT " + EVENT_COLUMNS + " FROM wmo_verjaring_event WHERE case_number = ? AND "
        + "forfeiture_id IS NULL ORDER BY event_date, id", ForfeitureLedger::mapEvent, caseNumber);
  }

  /** How the forfeiture's verjaring date follows from its events (which event extended or interrupted it). */
  VerjaringRule.Result verjaring(long forfeitureId) {
    Forfeiture forfeiture = find(forfeitureId).orElseThrow();
    return verjaringRule.compute(forfeiture.forfeitedOn(), verjaringEvents(forfeitureId));
  }

  private Forfeiture deriveVerjaring(Forfeiture forfeiture) {
    VerjaringRule.Result result = verjaring(forfeiture.id());
    jdbc.update("UPDATE wmo_forfeiture SET verjaring_date = ?, verjaring_until_decided = ? WHERE id = ?",
        result.lastDay(), result.untilDecided(), forfeiture.id());
    return find(forfeiture.id()).orElseThrow();
  }

  /**
   * Orders the refund of every paid forfeiture of the case that has no refund yet, e.g. when the last is revoked
   * on objection and nothing was owed (table {@code wmo_refund}). The forfeiture keeps its status PAID; the refund
   * row records that the amount is to be paid back.
   *
   * @return the refunds ordered now
   */
  public List<Refund> orderRefunds(String caseNumber, LocalDate on, String reason) {
    requireCaseNumber(caseNumber);
    require(on != null, "Datum van de terugbetaling ontbreekt.");
    require(reason != null && !reason.isBlank() && reason.length() <= 200, "Reden van de terugbetaling ontbreekt.");
    return inTransaction(() -> {
      lockCase(caseNumber);
      for (Forfeiture forfeiture : forCase(caseNumber)) {
        if (forfeiture.status() == ForfeitureStatus.PAID && jdbc.queryForObject(
            "SELECT COUNT(*) FROM wmo_refund WHERE forfeiture_id = ?", Integer.class, forfeiture.id()) == 0) {
          jdbc.update("INSERT INTO wmo_refund (forfeiture_id, case_number, amount, reason, ordered_on, recorded_at) "
                  + "VALUES (?, ?, ?, ?, ?, ?)", forfeiture.id(), caseNumber, forfeiture.amount(), reason, on,
              new Timestamp(ClockUtil.getCurrentTime().getTime()));
        }
      }
      return refunds(caseNumber).stream().filter(r -> r.orderedOn().equals(on) && r.paidOutOn() == null).toList();
    });
  }

  /**
   * Orders the refund of part or all of one paid forfeiture (table {@code wmo_refund}, one row per forfeiture), e.g.
   * when a decision on objection withdraws it or lowers its amount. Nothing when it already has a refund.
   *
   * @return the refund ordered now, or empty
   */
  public Optional<Refund> orderRefund(long forfeitureId, BigDecimal amount, LocalDate on, String reason) {
    BigDecimal cents = money(amount, "Terug te betalen bedrag");
    require(on != null, "Datum van de terugbetaling ontbreekt.");
    require(reason != null && !reason.isBlank() && reason.length() <= 200, "Reden van de terugbetaling ontbreekt.");
    return inTransaction(() -> {
      Forfeiture forfeiture = lock(forfeitureId);
      require(forfeiture.status() == ForfeitureStatus.PAID, "Verbeurte " + describe(forfeiture) + " is niet betaald.");
      require(cents.compareTo(forfeiture.amount()) <= 0, "Terug te betalen bedrag is hoger dan de verbeurte.");
      if (jdbc.queryForObject("SELECT COUNT(*) FROM wmo_refund WHERE forfeiture_id = ?", Integer.class,
          forfeitureId) > 0) {
        return Optional.<Refund>empty();
      }
      jdbc.update("INSERT INTO wmo_refund (forfeiture_id, case_number, amount, reason, ordered_on, recorded_at) "
              + "VALUES (?, ?, ?, ?, ?, ?)", forfeitureId, forfeiture.caseNumber(), cents, reason, on,
          new Timestamp(ClockUtil.getCurrentTime().getTime()));
      return jdbc.query("SELECT * FROM wmo_refund WHERE forfeiture_id = ?", ForfeitureLedger::mapRefund, forfeitureId)
          .stream().findFirst();
    });
  }

  /**
   * Lowers one forfeited amount, e.g. by a decision on objection that is partly well-founded (art. 7:11 lid 2 Awb):
   * a row in {@code wmo_forfeiture_change}; the case's running totals follow. A paid forfeiture keeps its amount
   * is lowered too and has the excess refunded ({@link #orderRefund}).
   *
   * @return the refund of the excess of a paid forfeiture, or empty
   */
  public Optional<Refund> lowerAmount(long forfeitureId, BigDecimal newAmount, LocalDate on, String reason) {
    require(newAmount != null && newAmount.signum() > 0, "Nieuw bedrag moet groter zijn dan nul.");
    BigDecimal lower = money(newAmount, "Nieuw bedrag");
    require(on != null, "Datum van de wijziging ontbreekt.");
    return inTransaction(() -> {
      Forfeiture forfeiture = lock(forfeitureId);
      if (lower.compareTo(forfeiture.amount()) >= 0 || forfeiture.status() == ForfeitureStatus.WITHDRAWN
          || forfeiture.status() == ForfeitureStatus.LAPSED) {
        return Optional.<Refund>empty();
      }
      lockCase(forfeiture.caseNumber());
      jdbc.update("INSERT INTO wmo_forfeiture_change (forfeiture_id, case_number, old_amount, new_amount, reason, "
              + "decided_on, recorded_at) VALUES (?, ?, ?, ?, ?, ?, ?)", forfeitureId, forfeiture.caseNumber(),
          forfeiture.amount(), lower, reason, on, new Timestamp(ClockUtil.getCurrentTime().getTime()));
      Optional<Refund> refund = forfeiture.status() == ForfeitureStatus.PAID
          ? orderRefund(forfeitureId, forfeiture.amount().subtract(lower), on, reason) : Optional.empty();
      jdbc.update("UPDATE wmo_forfeiture SET amount = ?, running_total = running_total - ? WHERE id = ?", lower,
          forfeiture.amount().subtract(lower), forfeitureId);
      recomputeRunningTotals(forfeiture.caseNumber());
      return refund;
    });
  }

  /** The changes of the case's forfeited amounts, oldest first: forfeiture id, old and new amount. */
  public List<Map<String, Object>> amountChanges(String caseNumber) {
    return jdbc.queryForList("SELECT forfeiture_id, old_amount, new_amount, reason, decided_on FROM "
        + "wmo_forfeiture_change WHERE case_number = ? ORDER BY id", caseNumber);
  }

  /** Running totals of the forfeitures that count (not withdrawn), in order, after an amount was lowered. */
  private void recomputeRunningTotals(String caseNumber) {
    BigDecimal total = BigDecimal.ZERO;
    for (Forfeiture f : forCase(caseNumber)) {
      if (f.status() == ForfeitureStatus.WITHDRAWN) {
        continue;
      }
      total = total.add(f.amount());
      if (total.compareTo(f.runningTotal()) != 0) {
        jdbc.update("UPDATE wmo_forfeiture SET running_total = ? WHERE id = ?", total, f.id());
      }
    }
  }

  /** Finance paid the refund back. */
  public Refund markRefundPaidOut(long refundId, LocalDate on) {
    require(on != null, "Datum van de uitbetaling ontbreekt.");
    return inTransaction(() -> {
      int updated = jdbc.update("UPDATE wmo_refund SET paid_out_on = ? WHERE id = ? AND paid_out_on IS NULL", on,
          refundId);
      if (updated == 0) {
        throw new IllegalStateException("Terugbetaling " + refundId + " bestaat niet of is al uitbetaald.");
      }
      return jdbc.query("SELECT * FROM wmo_refund WHERE id = ?", ForfeitureLedger::mapRefund, refundId).get(0);
    });
  }

  /** The case's refunds, oldest first. */
  public List<Refund> refunds(String caseNumber) {
    return jdbc.query("SELECT * FROM wmo_refund WHERE case_number = ? ORDER BY id", ForfeitureLedger::mapRefund,
        caseNumber);
  }

  /**
   * Books costs charged in the collection of the forfeiture, e.g. aanmaningskosten (art. 4:113 Awb), in table
   * {@code wmo_collection_cost}.
   */
  public void bookCost(long forfeitureId, String kind, BigDecimal amount, LocalDate on, String legalBasis) {
    BigDecimal cents = money(amount, "Kosten");
    require(on != null, "Datum van de kosten ontbreekt.");
    inTransaction(() -> jdbc.update("INSERT INTO wmo_collection_cost (forfeiture_id, kind, amount, booked_on, "
            + "legal_basis, recorded_at) VALUES (?, ?, ?, ?, ?, ?)", forfeitureId, kind, cents, on, legalBasis,
        new Timestamp(ClockUtil.getCurrentTime().getTime())));
  }

  /** The total of the costs booked for the forfeiture; 0.00 when none. */
  public BigDecimal costs(long forfeitureId) {
    return jdbc.queryForObject("SELECT COALESCE(SUM(amount), 0) FROM wmo_collection_cost WHERE forfeiture_id = ?",
        BigDecimal.class, forfeitureId).setScale(2, RoundingMode.UNNECESSARY);
  }

  /**
   * Open and in-collection forfeitures whose last day of verjaring is before {@code date}, soonest first: with
   * today, those that have lapsed; with a later date, those to warn the college about. A forfeiture whose term is
   * extended until a pending remedy is decided is never among them.
   */
  public List<Forfeiture> lapsingBefore(LocalDate date) {
    return jdbc.query("SELECT " + COLUMNS + " FROM wmo_forfeiture WHERE status IN " + OUTSTANDING
        + " AND verjaring_until_decided = FALSE AND verjaring_date < ? ORDER BY verjaring_date, case_number, sequence_no", ForfeitureLedger::map, date);
  }

  private Forfeiture changeStatus(long id, ForfeitureStatus target, LocalDate on) {
    require(on != null, "Datum van de statuswijziging ontbreekt.");
    return inTransaction(() -> {
      Forfeiture forfeiture = lock(id);
      if (!forfeiture.status().canChangeTo(target)) {
        throw new IllegalStateException("Verbeurte " + describe(forfeiture) + " is " + forfeiture.status().label()
            + " en kan niet meer '" + target.label() + "' worden.");
      }
      jdbc.update("UPDATE wmo_forfeiture SET status = ?, status_changed_on = ? WHERE id = ?", target.name(), on, id);
      return find(id).orElseThrow();
    });
  }

  /** Locks all of the case's forfeitures until the end of the transaction. */
  private void lockCase(String caseNumber) {
    jdbc.query("SELECT id FROM wmo_forfeiture WHERE case_number = ? FOR UPDATE", (rs, i) -> rs.getLong(1),
        caseNumber);
  }

  /** Locks one forfeiture until the end of the transaction and reads it. */
  private Forfeiture lock(long id) {
    return jdbc.query("SELECT " + COLUMNS + " FROM wmo_forfeiture WHERE id = ? FOR UPDATE", ForfeitureLedger::map, id)
        .stream().findFirst()
        .orElseThrow(() -> new IllegalArgumentException("Verbeurte met id " + id + " bestaat niet."));
  }

  /**
   * Runs the work in the caller's transaction or, without one, in a transaction of its own. Joining
   * directly (not through {@code @Transactional}) keeps an exception of ours from marking the caller's
   * transaction rollback-only.
   */
  private <T> T inTransaction(Supplier<T> work) {
    if (TransactionSynchronizationManager.isActualTransactionActive()) {
      return work.get();
    }
    return ownTransaction.execute(status -> work.get());
  }

  private static String describe(Forfeiture forfeiture) {
    return forfeiture.sequenceNo() + " van zaak " + forfeiture.caseNumber();
  }

  private static void requireCaseNumber(String caseNumber) {
    require(caseNumber != null && !caseNumber.isBlank() && caseNumber.length() <= CASE_NUMBER_LENGTH,
        "Zaaknummer ontbreekt of is langer dan " + CASE_NUMBER_LENGTH + " tekens.");
  }

  /** The amount in euros with two decimals; refuses null, zero, negative, more decimals and too large. */
  private static BigDecimal money(BigDecimal value, String what) {
    require(value != null, what + " ontbreekt.");
    require(value.stripTrailingZeros().scale() <= 2,
        what + " " + value.toPlainString() + " heeft meer dan twee decimalen.");
    BigDecimal cents = value.setScale(2, RoundingMode.UNNECESSARY);
    require(cents.signum() > 0, what + " moet groter zijn dan nul.");
    require(cents.precision() <= AMOUNT_PRECISION, what + " " + cents.toPlainString() + " is te groot.");
    return cents;
  }

  private static void require(boolean condition, String message) {
    if (!condition) {
      throw new IllegalArgumentException(message);
    }
  }

  private static Forfeiture map(ResultSet rs, int row) throws SQLException {
    return new Forfeiture(
        rs.getLong("id"),
        rs.getString("case_number"),
        rs.getInt("sequence_no"),
        rs.getString("provider_kvk_number"),
        rs.getString("provider_name"),
        rs.getString("municipality_code"),
        rs.getObject("forfeited_on", LocalDate.class),
        rs.getBigDecimal("amount").setScale(2, RoundingMode.UNNECESSARY),
        rs.getBigDecimal("running_total").setScale(2, RoundingMode.UNNECESSARY),
        rs.getBigDecimal("maximum").setScale(2, RoundingMode.UNNECESSARY),
        rs.getObject("pay_by", LocalDate.class),
        rs.getObject("verjaring_date", LocalDate.class),
        ForfeitureStatus.valueOf(rs.getString("status")),
        rs.getObject("status_changed_on", LocalDate.class),
        rs.getTimestamp("created_at").toInstant(),
        rs.getBoolean("verjaring_until_decided"));
  }

  private static Refund mapRefund(ResultSet rs, int row) throws SQLException {
    return new Refund(rs.getLong("id"), rs.getLong("forfeiture_id"), rs.getString("case_number"),
        rs.getBigDecimal("amount").setScale(2, RoundingMode.UNNECESSARY), rs.getString("reason"),
        rs.getObject("ordered_on", LocalDate.class), rs.getObject("paid_out_on", LocalDate.class));
  }

  private static VerjaringEvent mapEvent(ResultSet rs, int row) throws SQLException {
    long forfeitureId = rs.getLong("forfeiture_id");
    return new VerjaringEvent(rs.getLong("id"), rs.getString("case_number"), rs.wasNull() ? null : forfeitureId,
        VerjaringEventKind.valueOf(rs.getString("kind")), rs.getObject("event_date", LocalDate.class),
        rs.getString("legal_basis"));
  }
}

package nl.wmotoezicht.bezwaar;

import static nl.wmotoezicht.testsupport.ProcessTestSupport.at;
import static nl.wmotoezicht.testsupport.ProcessTestSupport.fireDueTimers;
import static nl.wmotoezicht.testsupport.ProcessTestSupport.runAsyncJobs;
import static nl.wmotoezicht.testsupport.ProcessTestSupport.setClock;
import static nl.wmotoezicht.testsupport.ProcessTestSupport.timerDue;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import nl.wmotoezicht.casefile.Deadline;
import nl.wmotoezicht.casefile.DeadlineService;
import nl.wmotoezicht.dwangsom.DwangsomProcess;
import nl.wmotoezicht.dwangsom.DwangsomProcess.Elements;
import nl.wmotoezicht.dwangsom.Forfeiture;
import nl.wmotoezicht.dwangsom.ForfeitureLedger;
import nl.wmotoezicht.dwangsom.ForfeitureStatus;
import nl.wmotoezicht.dwangsom.VerjaringEvent;
import nl.wmotoezicht.dwangsom.VerjaringEventKind;
import nl.wmotoezicht.kernel.InvalidInputException;
import nl.wmotoezicht.testsupport.PdfDocuments;
import nl.wmotoezicht.testsupport.ProcessScenario;
import nl.wmotoezicht.testsupport.TestMailServer;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Objections against a last that is still in force go to the one objection process ({@code bezwaar}); its outcome
 * flows back to the running case and to the ledger; beroep after the decision counts for the verjaring; the
 * looptijd can be suspended (art. 5:34 Awb). The engine clock is moved through each scenario.
 */
@ProcessScenario
class ObjectionScenarioTest {

  @Autowired RuntimeService runtime;
  @Autowired ManagementService management;
  @Autowired HistoryService history;
  @Autowired ForfeitureLedger ledger;
  @Autowired DeadlineService deadlines;

  private BezwaarFixtures fixtures;

  @BeforeEach
  void fixtures() {
    fixtures = new BezwaarFixtures(runtime, management);
  }

  private ProcessInstance lastMadeKnownOn25November(String kind, long amount, long maximum) {
    return fixtures.lastMadeKnownOn25November(kind, amount, maximum);
  }

  private void recheck(ProcessInstance pi, String date, String finding) {
    fixtures.recheck(pi, date, finding);
  }

  private ProcessInstance objection(String decisionCaseNumber, String kind, String madeKnownOn) {
    return fixtures.objection(decisionCaseNumber, kind, madeKnownOn);
  }

  private void hear(ProcessInstance objection) {
    fixtures.hear(objection, "2027-01-04", "Gemeentehuis Heerlen, kamer 2.14, 10.00 uur");
  }

  private void decide(ProcessInstance objection, String outcome, Map<String, Object> change) {
    fixtures.decide(objection, outcome, "Heroverweging van het besluit.", change);
  }

  private void remedy(String message, ProcessInstance objection, String date) {
    fixtures.remedy(message, objection, date);
  }

  /** An ineens last, the objection against it of 1 December (heard), its forfeiture of 24 December in collection. */
  private record HeardObjection(String caseNumber, ProcessInstance objection, ProcessInstance collection) {
  }

  private HeardObjection heardObjectionAndForfeiture() {
    ProcessInstance last = lastMadeKnownOn25November("ineens", 5000, 5000);
    setClock("2026-12-01T10:00");
    ProcessInstance objection = objection(last.getBusinessKey(), "last", "2026-11-25");
    hear(objection);
    recheck(last, "2026-12-24", "nietNageleefd");
    return new HeardObjection(last.getBusinessKey(), objection, collection(last.getBusinessKey() + "-V1"));
  }

  private ProcessInstance collection(String reference) {
    return runtime.createProcessInstanceQuery().processInstanceBusinessKey(reference).singleResult();
  }

  private static String mail(String caseNumber, String template) throws Exception {
    return TestMailServer.mailText(caseNumber, template);
  }

  // point 1: one objection process, one receiver, nothing lost

  @Test
  void anObjectionWhileTheLastIsInForceStartsTheObjectionProcessAndTheCaseRunsOn() throws Exception {
    ProcessInstance last = lastMadeKnownOn25November("perTijdseenheid", 1000, 2500);
    String caseNumber = last.getBusinessKey();
    // the running case no longer takes BezwaarOntvangen itself: the only receiver is the objection process's start
    assertThat(runtime.createEventSubscriptionQuery().processInstanceId(last.getId())
        .eventName(BezwaarProcess.Messages.RECEIVED).count()).isZero();

    setClock("2026-12-01T10:00");
    ProcessInstance objection = objection(caseNumber, "last", "2026-11-25");

    assertThat(objection.getBusinessKey()).startsWith("BZW-");
    assertThat(objection).isWaitingAt(BezwaarProcess.Elements.PLAN_HEARING).variables()
        .containsEntry(BezwaarProcess.Variables.DECISION_CASE_NUMBER.name(), caseNumber)
        .containsEntry(BezwaarProcess.Variables.OBJECTION_TERM_ENDS.name(), "2027-01-06")
        // six weeks after the objection term ended on 6 January (art. 7:10 Awb)
        .containsEntry(BezwaarProcess.Variables.DECIDE_BY.name(), "2027-02-17");
    assertThat(last).isWaitingAt(Elements.COMPLIANCE_TERM_ENDED).isNotEnded(); // no suspension (art. 6:16 Awb)
    assertThat(ledger.caseEvents(caseNumber)).extracting(VerjaringEvent::kind, VerjaringEvent::date)
        .containsExactly(tuple(VerjaringEventKind.BEZWAAR_INGEDIEND, LocalDate.of(2026, 12, 1)));

    hear(objection);
    recheck(last, "2026-12-24", "nietNageleefd");
    setClock("2027-01-14T10:00");
    decide(objection, "ongegrond", Map.of());

    // the outcome reached the running case, which runs on
    assertThat(last).hasPassed(Elements.APPLY_BEZWAAR_DECISION, Elements.BEZWAAR_PROCESSED)
        .isWaitingAt(Elements.NEXT_PERIOD).isNotEnded().variables()
        .containsEntry(DwangsomProcess.Variables.OBJECTION_OUTCOME.name(), "ongegrond")
        .containsEntry(DwangsomProcess.Variables.OBJECTION_CASE_NUMBER.name(), objection.getBusinessKey());
    // forfeited 24-12-2026, objection decided 14-01-2027, no beroep: last day 24-12-2027 (art. 5:35 Awb)
    Forfeiture forfeiture = ledger.forCase(caseNumber).get(0);
    assertThat(forfeiture.verjaringDate()).isEqualTo(LocalDate.of(2027, 12, 24));
    assertThat(forfeiture.verjaringUntilDecided()).isFalse();
    // the objection waits for a beroep: six weeks from the decision made known on 14 January, last day 25 February
    assertThat(objection).isWaitingAt(BezwaarProcess.Elements.AWAIT_BEROEP);
    assertThat(timerDue(management, objection, BezwaarProcess.Elements.BEROEP_TERM_ENDED))
        .isEqualTo(at("2027-02-26T00:00"));
    assertThat(mail(objection.getBusinessKey(), "bezwaar-beslissing")).contains("ongegrond",
        "beroep instellen bij de rechtbank", "artikelen 6:7 en 6:8 Awb");

    setClock("2027-02-26T09:00");
    fireDueTimers(management, objection);
    assertThat(objection).hasPassed(BezwaarProcess.Elements.IRREVOCABLE).isEnded();
  }

  // point 2: gegrond against the last revokes it in the running case; refunds in the ledger

  @Test
  void anUpheldObjectionAgainstTheLastEndsTheRunningCaseWithdrawsForfeituresAndRefundsPaidOnes() throws Exception {
    ProcessInstance last = lastMadeKnownOn25November("perTijdseenheid", 1000, 2500);
    String caseNumber = last.getBusinessKey();
    recheck(last, "2026-12-24", "nietNageleefd");
    ProcessInstance objection = objection(caseNumber, "last", "2026-11-25");
    hear(objection);
    recheck(last, "2026-12-31", "nietNageleefd");
    setClock("2027-01-04T10:00");
    runtime.createMessageCorrelation(DwangsomProcess.Messages.PAYMENT_RECEIVED)
        .processInstanceBusinessKey(caseNumber + "-V1")
        .setVariable(DwangsomProcess.Variables.PAID_ON.name(), "2027-01-04").correlate();

    decide(objection, "gegrond", Map.of());
    runAsyncJobs(management, last); // the outcome report to the requesting case

    assertThat(last).hasPassed(Elements.APPLY_BEZWAAR_DECISION, Elements.REVOKED, Elements.LAST_ENDED, Elements.DONE)
        .isEnded().variables().containsEntry(DwangsomProcess.Variables.OUTCOME.name(), "herroepen");
    assertThat(ledger.forCase(caseNumber)).extracting(Forfeiture::status)
        .containsExactly(ForfeitureStatus.PAID, ForfeitureStatus.WITHDRAWN);
    assertThat(collection(caseNumber + "-V2")).isNull();
    assertThat(ledger.refunds(caseNumber)).singleElement().satisfies(refund -> {
      assertThat(refund.amount()).isEqualByComparingTo("1000.00");
      assertThat(refund.forfeitureId()).isEqualTo(ledger.forCase(caseNumber).get(0).id());
      assertThat(refund.orderedOn()).isEqualTo(LocalDate.of(2027, 1, 4));
    });
    // the order to the municipality's finance and the decision letter come from the objection case
    assertThat(objection).hasPassed(BezwaarProcess.Elements.SEND_REFUND_ORDER).variables()
        .containsEntry(BezwaarProcess.Variables.REFUND_TOTAL.name(), "1000.00");
    assertThat(mail(objection.getBusinessKey(), "dwangsom-terugbetaling"))
        .startsWith("Terugbetalen: € 1.000,00").contains(caseNumber, "gegrond verklaard en het besluit herroepen");
    assertThat(mail(objection.getBusinessKey(), "bezwaar-beslissing")).contains("gegrond", "€ 1.000,00",
        "betalen wij terug");
  }

  // point 3: deels gegrond changes the last: lower amount and maximum, the excess paid refunded

  @Test
  void aPartlyUpheldObjectionLowersTheAmountsAndRefundsTheExcessPaid() throws Exception {
    ProcessInstance last = lastMadeKnownOn25November("perTijdseenheid", 1000, 5000);
    String caseNumber = last.getBusinessKey();
    ProcessInstance objection = objection(caseNumber, "last", "2026-11-25");
    hear(objection);
    recheck(last, "2026-12-24", "nietNageleefd");
    recheck(last, "2026-12-31", "nietNageleefd");
    setClock("2027-01-04T10:00");
    runtime.createMessageCorrelation(DwangsomProcess.Messages.PAYMENT_RECEIVED)
        .processInstanceBusinessKey(caseNumber + "-V1")
        .setVariable(DwangsomProcess.Variables.PAID_ON.name(), "2027-01-04").correlate();
    recheck(last, "2027-01-07", "nietNageleefd");
    assertThat(ledger.forCase(caseNumber)).extracting(Forfeiture::amount).extracting(Object::toString)
        .containsExactly("1000.00", "1000.00", "1000.00");

    // deels gegrond without saying what changes is refused and changes nothing
    setClock("2027-01-11T10:00");
    assertThatThrownBy(() -> decide(objection, "deelsGegrond", Map.of()))
        .isInstanceOf(InvalidInputException.class).hasMessageContaining("objectionOutcome");
    assertThat(objection).isWaitingAt(BezwaarProcess.Elements.DECIDE);

    // 600 per week instead of 1000, at most 1500: forfeiture 1 (paid) 600 with 400 back, 2 at 600, 3 at 300
    Map<String, Object> change = new HashMap<>();
    change.put(BezwaarProcess.Variables.REDUCED_AMOUNT.name(), 600.0);
    change.put(BezwaarProcess.Variables.REDUCED_MAXIMUM.name(), 1500);
    decide(objection, "deelsGegrond", change);
    runAsyncJobs(management, last);

    List<Forfeiture> after = ledger.forCase(caseNumber);
    assertThat(after).extracting(Forfeiture::amount).extracting(Object::toString)
        .containsExactly("600.00", "600.00", "300.00");
    assertThat(after).extracting(Forfeiture::status)
        .containsExactly(ForfeitureStatus.PAID, ForfeitureStatus.OPEN, ForfeitureStatus.OPEN);
    assertThat(ledger.totalForfeited(caseNumber)).isEqualByComparingTo("1500.00");
    assertThat(ledger.amountChanges(caseNumber)).hasSize(4); // three to 600, then the third to 300
    assertThat(ledger.refunds(caseNumber)).singleElement().satisfies(refund -> {
      assertThat(refund.forfeitureId()).isEqualTo(after.get(0).id());
      assertThat(refund.amount()).isEqualByComparingTo("400.00");
      assertThat(refund.orderedOn()).isEqualTo(LocalDate.of(2027, 1, 11));
    });
    // the collection cases collect the new amounts
    assertThat(collection(caseNumber + "-V3")).variables()
        .containsEntry(DwangsomProcess.Variables.FORFEITURE_AMOUNT.name(), "300.00");
    // the running case: the lower maximum has been forfeited, nothing more can be; it ends
    assertThat(last).hasPassed(Elements.APPLY_BEZWAAR_DECISION, Elements.LAST_ENDED).isEnded().variables()
        .containsEntry(DwangsomProcess.Variables.DWANGSOM_AMOUNT.name(), "600.00")
        .containsEntry(DwangsomProcess.Variables.DWANGSOM_MAXIMUM.name(), "1500.00")
        .containsEntry(DwangsomProcess.Variables.OUTCOME.name(), "maximumBereikt");
    assertThat(mail(objection.getBusinessKey(), "bezwaar-beslissing")).contains("deels gegrond", "€ 600,00",
        "€ 1.500,00", "€ 400,00", "betalen wij terug");
    assertThat(mail(objection.getBusinessKey(), "dwangsom-terugbetaling")).startsWith("Terugbetalen: € 400,00")
        .contains("deels gegrond verklaard en het besluit gewijzigd");
  }

  @Test
  void aPartlyUpheldObjectionWithdrawsTheForfeituresItNamesAndTheLastRunsOnAtTheLowerAmount() {
    ProcessInstance last = lastMadeKnownOn25November("perTijdseenheid", 1000, 5000);
    String caseNumber = last.getBusinessKey();
    ProcessInstance objection = objection(caseNumber, "last", "2026-11-25");
    hear(objection);
    recheck(last, "2026-12-24", "nietNageleefd");
    recheck(last, "2026-12-31", "nietNageleefd");
    setClock("2027-01-04T10:00");

    Map<String, Object> change = new HashMap<>();
    change.put(BezwaarProcess.Variables.WITHDRAWN_FORFEITURES.name(), "1");
    change.put(BezwaarProcess.Variables.REDUCED_AMOUNT.name(), 750);
    decide(objection, "deelsGegrond", change);

    assertThat(ledger.forCase(caseNumber)).extracting(Forfeiture::status, f -> f.amount().toString())
        .containsExactly(tuple(ForfeitureStatus.WITHDRAWN, "1000.00"), tuple(ForfeitureStatus.OPEN, "750.00"));
    assertThat(collection(caseNumber + "-V1")).isNull();
    assertThat(ledger.refunds(caseNumber)).isEmpty();
    // the last runs on: the next week forfeits the lower amount
    assertThat(last).isWaitingAt(Elements.NEXT_PERIOD).isNotEnded();
    recheck(last, "2027-01-07", "nietNageleefd");
    assertThat(ledger.forCase(caseNumber).get(2).amount()).isEqualByComparingTo("750.00");
  }

  @Test
  void anUpheldObjectionAgainstTheRefusalToLiftTheLastLiftsItInTheRunningCase() {
    ProcessInstance last = lastMadeKnownOn25November("perTijdseenheid", 1000, 2500);
    String caseNumber = last.getBusinessKey();
    setClock("2026-12-01T10:00");
    runtime.createMessageCorrelation(DwangsomProcess.Messages.OPHEFFING_REQUESTED)
        .processInstanceBusinessKey(caseNumber).correlate();
    complete(task(Elements.DECIDE_OPHEFFING, last), Map.of("liftingOutcome", "afgewezen",
        "liftingMotivation", "Naleving is mogelijk."));
    runAsyncJobs(management, last);

    setClock("2026-12-03T10:00");
    ProcessInstance objection = objection(caseNumber, "opheffing", "2026-12-01");
    hear(objection);
    decide(objection, "gegrond", Map.of());
    runAsyncJobs(management, last);

    assertThat(last).hasPassed(Elements.APPLY_BEZWAAR_DECISION, Elements.REVOKED, Elements.LAST_ENDED).isEnded()
        .variables().containsEntry(DwangsomProcess.Variables.OUTCOME.name(), "opgeheven")
        .containsEntry(DwangsomProcess.Variables.OBJECTION_DECISION_KIND.name(), "opheffing");
    assertThat(ledger.forCase(caseNumber)).isEmpty();
    assertThat(ledger.refunds(caseNumber)).isEmpty();
  }

  @Test
  void anUnfoundedObjectionAgainstAnInvorderingsbeschikkingLetsTheCollectionRunOn() {
    ProcessInstance last = lastMadeKnownOn25November("ineens", 5000, 5000);
    recheck(last, "2026-12-24", "nietNageleefd");
    String reference = last.getBusinessKey() + "-V1";
    ProcessInstance collection = collection(reference);
    setClock("2027-02-08T10:00");
    ProcessInstance objection = objection(reference, "invorderingsbeschikking", "2027-02-05");
    hear(objection);
    decide(objection, "ongegrond", Map.of());

    assertThat(collection).hasPassed(Elements.APPLY_BEZWAAR_TO_INVORDERING, Elements.INVORDERING_BEZWAAR_PROCESSED)
        .hasNotPassed(Elements.INVORDERING_WITHDRAWN_ON_BEZWAAR).isNotEnded();
    assertThat(ledger.forCase(last.getBusinessKey()).get(0).status().isOutstanding()).isTrue();
  }

  // point 4: beroep after the decision on the objection counts for the verjaring

  @Test
  void aBeroepTermStillRunningOnTheLapseDayExtendsTheVerjaringUntilItEnds() {
    HeardObjection heard = heardObjectionAndForfeiture();
    String caseNumber = heard.caseNumber();
    ProcessInstance objection = heard.objection();
    ProcessInstance collection = heard.collection();

    // decided (late) on Wednesday 1 December 2027: the beroep term runs until 12 January 2028, over the lapse day
    setClock("2027-12-01T10:00");
    decide(objection, "ongegrond", Map.of());
    Forfeiture forfeiture = ledger.forCase(caseNumber).get(0);
    assertThat(forfeiture.verjaringDate()).isEqualTo(LocalDate.of(2028, 1, 12));
    assertThat(forfeiture.verjaringUntilDecided()).isFalse();
    assertThat(collection).variables()
        .containsEntry(DwangsomProcess.Variables.VERJARING_DATE.name(), "2028-01-12");

    setClock("2027-12-25T09:00"); // the day after the original lapse day: still alive
    fireDueTimers(management, collection);
    assertThat(collection).isNotEnded();
    assertThat(ledger.find(forfeiture.id()).orElseThrow().status().isOutstanding()).isTrue();

    setClock("2028-01-13T09:00"); // no beroep: the decision is irrevocable and the claim lapses from today
    fireDueTimers(management, objection);
    fireDueTimers(management, collection);
    assertThat(objection).hasPassed(BezwaarProcess.Elements.IRREVOCABLE).isEnded();
    assertThat(collection).hasPassed(Elements.CLAIM_VERJAARD).isEnded();
    assertThat(ledger.find(forfeiture.id()).orElseThrow().status()).isEqualTo(ForfeitureStatus.LAPSED);
  }

  @Test
  void aBeroepPendingOnTheLapseDayKeepsTheClaimAliveAndIsNeverShownOverdue() throws Exception {
    HeardObjection heard = heardObjectionAndForfeiture();
    String caseNumber = heard.caseNumber();
    ProcessInstance objection = heard.objection();
    ProcessInstance collection = heard.collection();
    setClock("2027-01-14T10:00");
    decide(objection, "ongegrond", Map.of());
    assertThat(ledger.forCase(caseNumber).get(0).verjaringDate()).isEqualTo(LocalDate.of(2027, 12, 24));

    // beroep against the decision on the objection, keyed by the objection's case number
    setClock("2027-02-22T10:00");
    remedy(BezwaarProcess.Messages.BEROEP_LODGED, objection, null);
    assertThat(objection).isWaitingAt(BezwaarProcess.Elements.AWAIT_JUDGMENT_RECHTBANK);
    assertThat(ledger.forCase(caseNumber).get(0).verjaringUntilDecided()).isTrue();
    assertThat(collection).isWaitingAt(Elements.VERJARING_EXTENDED_RECHECK, Elements.PAYMENT_TERM_ENDED);

    setClock("2027-12-28T09:00"); // after the lapse day, the beroep still pending
    fireDueTimers(management, collection);
    assertThat(collection).isNotEnded();
    // the Termijnenoverzicht/API: no fixed date, never overdue
    List<Deadline> dates = deadlines.forInstances(history.createHistoricProcessInstanceQuery()
        .processInstanceId(collection.getId()).list());
    assertThat(dates).filteredOn(d -> Deadline.VERJARING.equals(d.kind())).singleElement().satisfies(d -> {
      assertThat(d.untilDecided()).isTrue();
      assertThat(d.overdue()).isFalse();
      assertThat(d.dueAt()).isNull();
      assertThat(d.label()).contains("verlengd tot onherroepelijke beslissing");
    });

    // judgment of Thursday 16 March 2028: six weeks for hoger beroep end on Monday 1 May 2028 (King's Day, decree)
    setClock("2028-03-17T10:00");
    remedy(BezwaarProcess.Messages.JUDGMENT_RECHTBANK, objection, "2028-03-16");
    assertThat(objection).isWaitingAt(BezwaarProcess.Elements.AWAIT_HOGER_BEROEP).variables()
        .containsEntry(BezwaarProcess.Variables.JUDGMENT_RECHTBANK_ON.name(), "2028-03-16");
    assertThat(timerDue(management, objection, BezwaarProcess.Elements.HOGER_BEROEP_TERM_ENDED))
        .isEqualTo(at("2028-05-02T00:00"));
    assertThat(ledger.forCase(caseNumber).get(0)).extracting(Forfeiture::verjaringDate,
        Forfeiture::verjaringUntilDecided).containsExactly(LocalDate.of(2028, 5, 1), false);
    assertThat(deadlines.forInstances(history.createHistoricProcessInstanceQuery()
        .processInstanceId(collection.getId()).list())).filteredOn(d -> Deadline.VERJARING.equals(d.kind()))
        .singleElement().satisfies(d -> {
          assertThat(d.untilDecided()).isFalse();
          assertThat(d.date()).isEqualTo(LocalDate.of(2028, 5, 1));
          assertThat(d.label()).startsWith("Laatste dag verjaring");
        });

    // hoger beroep and the judgment of the Raad van State
    remedy(BezwaarProcess.Messages.HOGER_BEROEP_LODGED, objection, "2028-04-20");
    assertThat(ledger.forCase(caseNumber).get(0).verjaringUntilDecided()).isTrue();
    remedy(BezwaarProcess.Messages.JUDGMENT_RAAD_VAN_STATE, objection, "2028-09-01");
    assertThat(objection).hasPassed(BezwaarProcess.Elements.RAAD_VAN_STATE_IRREVOCABLE).isEnded();
    assertThat(ledger.caseEvents(caseNumber)).extracting(VerjaringEvent::kind).containsExactly(
        VerjaringEventKind.BEZWAAR_INGEDIEND, VerjaringEventKind.BESLISSING_OP_BEZWAAR,
        VerjaringEventKind.BEROEP_INGESTELD, VerjaringEventKind.UITSPRAAK_RECHTBANK,
        VerjaringEventKind.HOGER_BEROEP_INGESTELD, VerjaringEventKind.UITSPRAAK_RAAD_VAN_STATE);
    assertThat(ledger.forCase(caseNumber).get(0)).extracting(Forfeiture::verjaringDate,
        Forfeiture::verjaringUntilDecided).containsExactly(LocalDate.of(2028, 9, 1), false);
  }

  // point 5: art. 5:34 Awb opschorting of the looptijd

  @Test
  void suspendingTheLooptijdMovesTheBegunstigingstermijnAndItsLastDayInTheLetter() {
    ProcessInstance last = lastMadeKnownOn25November("perTijdseenheid", 1000, 2500);
    String caseNumber = last.getBusinessKey();
    assertThat(timerDue(management, last, Elements.COMPLIANCE_TERM_ENDED)).isEqualTo(at("2026-12-24T00:00"));

    setClock("2026-12-01T10:00");
    runtime.createMessageCorrelation(DwangsomProcess.Messages.OPHEFFING_REQUESTED)
        .processInstanceBusinessKey(caseNumber).correlate();
    Map<String, Object> decision = new HashMap<>();
    decision.put("liftingOutcome", "opgeschort");
    decision.put("liftingMotivation", "Nieuwe VOG's zijn aangevraagd; Justis heeft meer tijd nodig.");
    DwangsomProcess.Variables.SUSPENSION_DAYS.put(decision, 0L);
    assertThatThrownBy(() -> complete(task(Elements.DECIDE_OPHEFFING, last), decision))
        .isInstanceOf(InvalidInputException.class).hasMessageContaining("suspensionDays");
    DwangsomProcess.Variables.SUSPENSION_DAYS.put(decision, 14L);
    complete(task(Elements.DECIDE_OPHEFFING, last), decision);
    runAsyncJobs(management, last);

    // 14 days: the last day moves from 23 December 2026 to 6 January 2027 (a term set by the college, no Atw)
    assertThat(last).hasPassed(Elements.SUSPEND_LOOPTIJD).isWaitingAt(Elements.COMPLIANCE_TERM_ENDED).variables()
        .containsEntry(DwangsomProcess.Variables.COMPLIANCE_DEADLINE.name(), "2027-01-06")
        .containsEntry(DwangsomProcess.Variables.PREVIOUS_COMPLIANCE_DEADLINE.name(), "2026-12-23")
        .containsEntry(DwangsomProcess.Variables.SUSPENDED_DAYS.name(), 14);
    assertThat(timerDue(management, last, Elements.COMPLIANCE_TERM_ENDED)).isEqualTo(at("2027-01-07T00:00"));
    assertThat(PdfDocuments.letterText(caseNumber, "dwangsom-opheffing-beslissing"))
        .contains("14 dagen", "5:34", "23 december 2026", "6 januari 2027", "laatste dag");

    // the original end passes without a recheck; the ledger stays empty until the new end
    setClock("2026-12-24T09:00");
    fireDueTimers(management, last);
    assertThat(last).isWaitingAt(Elements.COMPLIANCE_TERM_ENDED);
    assertThat(ledger.forCase(caseNumber)).isEmpty();

    recheck(last, "2027-01-07", "nietNageleefd");
    Forfeiture forfeiture = ledger.forCase(caseNumber).get(0);
    assertThat(forfeiture.forfeitedOn()).isEqualTo(LocalDate.of(2027, 1, 7));
    assertThat(forfeiture.verjaringDate()).isEqualTo(LocalDate.of(2028, 1, 7));
  }
}

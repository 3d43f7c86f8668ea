package nl.wmotoezicht.dwangsom;

import static nl.wmotoezicht.dwangsom.DwangsomProcess.Variables.COMPLIANCE_DEADLINE;
import static nl.wmotoezicht.dwangsom.DwangsomProcess.Variables.COMPLIANCE_FINDING;
import static nl.wmotoezicht.dwangsom.DwangsomProcess.Variables.COMPLIANCE_TERM;
import static nl.wmotoezicht.dwangsom.DwangsomProcess.Variables.DECISION;
import static nl.wmotoezicht.dwangsom.DwangsomProcess.Variables.DECISION_MOTIVATION;
import static nl.wmotoezicht.dwangsom.DwangsomProcess.Variables.DECISION_SENT_ON;
import static nl.wmotoezicht.dwangsom.DwangsomProcess.Variables.DWANGSOM_AMOUNT;
import static nl.wmotoezicht.dwangsom.DwangsomProcess.Variables.DWANGSOM_CASE_NUMBER;
import static nl.wmotoezicht.dwangsom.DwangsomProcess.Variables.DWANGSOM_KIND;
import static nl.wmotoezicht.dwangsom.DwangsomProcess.Variables.DWANGSOM_MAXIMUM;
import static nl.wmotoezicht.dwangsom.DwangsomProcess.Variables.HEARING_TERM_ENDS;
import static nl.wmotoezicht.dwangsom.DwangsomProcess.Variables.LAST_DESCRIPTION;
import static nl.wmotoezicht.dwangsom.DwangsomProcess.Variables.NEXT_STEP_ADVICE;
import static nl.wmotoezicht.dwangsom.DwangsomProcess.Variables.OBJECTION_TERM_ENDS;
import static nl.wmotoezicht.dwangsom.DwangsomProcess.Variables.OUTCOME;
import static nl.wmotoezicht.dwangsom.DwangsomProcess.Variables.PAID_ON;
import static nl.wmotoezicht.dwangsom.DwangsomProcess.Variables.RECHECK_DATE;
import static nl.wmotoezicht.dwangsom.DwangsomProcess.Variables.RECHECK_FINDINGS;
import static nl.wmotoezicht.dwangsom.DwangsomProcess.Variables.SANCTION_TYPE;
import static nl.wmotoezicht.dwangsom.DwangsomProcess.Variables.SKIP_HEARING;
import static nl.wmotoezicht.dwangsom.DwangsomProcess.Variables.SKIP_HEARING_MOTIVATION;
import static nl.wmotoezicht.dwangsom.DwangsomProcess.Variables.TIME_UNIT;
import static nl.wmotoezicht.dwangsom.DwangsomProcess.Variables.TOTAL_FORFEITED;
import static nl.wmotoezicht.dwangsom.DwangsomProcess.Variables.URGENT;
import static nl.wmotoezicht.dwangsom.DwangsomProcess.Variables.VERJARING_DATE;
import static nl.wmotoezicht.dwangsom.DwangsomProcess.Variables.VIOLATION_COUNT;
import static nl.wmotoezicht.dwangsom.DwangsomProcess.Variables.ZIENSWIJZE_TERM;
import static nl.wmotoezicht.investigation.InvestigationProcess.Variables.DWANGSOM_OUTCOME;
import static nl.wmotoezicht.investigation.InvestigationProcess.Variables.ZIENSWIJZE;
import static nl.wmotoezicht.kernel.CaseVariables.MUNICIPALITY_CODE;
import static nl.wmotoezicht.kernel.CaseVariables.ORIGIN_CASE_NUMBER;
import static nl.wmotoezicht.dwangsom.DwangsomProcess.Elements.*;
import static nl.wmotoezicht.testsupport.ProcessTestSupport.at;
import static nl.wmotoezicht.testsupport.ProcessTestSupport.fireDueTimers;
import static nl.wmotoezicht.testsupport.ProcessTestSupport.runAsyncJobs;
import static nl.wmotoezicht.testsupport.ProcessTestSupport.setClock;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.withVariables;

import jakarta.mail.internet.MimeMessage;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import nl.wmotoezicht.kernel.InvalidInputException;
import nl.wmotoezicht.testsupport.PdfDocuments;
import nl.wmotoezicht.testsupport.ProcessScenario;
import nl.wmotoezicht.testsupport.TestMailServer;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import nl.wmotoezicht.testsupport.TestProvider;
import nl.wmotoezicht.investigation.InvestigationProcess;
import nl.wmotoezicht.identity.Groups;

/**
 * The timeline of a last onder dwangsom and the collection of its forfeitures, with the engine clock
 * moved through it; dates are checked against the legal calendar.
 */
@ProcessScenario
class DwangsomProcessTest {

  @Autowired ProcessEngine engine;
  @Autowired RuntimeService runtime;
  @Autowired TaskService tasks;
  @Autowired ManagementService management;
  @Autowired HistoryService history;
  @Autowired RepositoryService repository;
  @Autowired ForfeitureLedger ledger;

  private static String receiverDeployment;

  @BeforeEach
  void setUp() {
    if (receiverDeployment == null) {
      receiverDeployment = repository.createDeployment().name("test-outcome-receiver")
          .addClasspathResource("handover/outcomeReceiver.bpmn").deploy().getId();
    }
  }

  @AfterAll
  static void removeReceiver(@Autowired RepositoryService repository) {
    if (receiverDeployment != null) {
      repository.deleteDeployment(receiverDeployment, true);
      receiverDeployment = null;
    }
  }

  private ProcessInstance request(String originCaseNumber) {
    Map<String, Object> variables = new HashMap<>();
    variables.put(MUNICIPALITY_CODE.name(), "GM0917");
    TestProvider.ZORG_THUIS_ZUID.into(variables);
    variables.put("violation", "Geen VOG voor medewerkers die cliënten begeleiden.");
    variables.put("legalBasis", "art. 3.1 Wmo 2015");
    if (originCaseNumber != null) {
      variables.put(ORIGIN_CASE_NUMBER.name(), originCaseNumber);
    }
    return runtime.createMessageCorrelation(DwangsomProcess.Messages.REQUESTED).setVariables(variables)
        .correlateStartMessage();
  }

  private static Map<String, Object> dwangsom(String kind, long amount, long maximum) {
    Map<String, Object> terms = new HashMap<>();
    terms.put(SANCTION_TYPE.name(), "dwangsom");
    terms.put(LAST_DESCRIPTION.name(), "Zorg dat elke begeleider een geldige VOG heeft.");
    terms.put("remedyMeasures", "VOG aanvragen en overleggen.");
    terms.put(COMPLIANCE_TERM.name(), "P4W");
    terms.put(DWANGSOM_KIND.name(), kind);
    terms.put(DWANGSOM_AMOUNT.name(), amount);
    terms.put(DWANGSOM_MAXIMUM.name(), maximum);
    terms.put(TIME_UNIT.name(), "P1W");
    terms.put(ZIENSWIJZE_TERM.name(), "P2W");
    return terms;
  }

  /** Voornemen on Monday 23 November, zienswijze received, decision made known on Wednesday 25 November. */
  private ProcessInstance decided(Map<String, Object> terms, String originCaseNumber) {
    ProcessInstance pi = request(originCaseNumber);
    assertThat(pi).isWaitingAt(PREPARE_VOORNEMEN);
    complete(task(PREPARE_VOORNEMEN, pi), terms);
    runAsyncJobs(management, pi);
    if (!Boolean.TRUE.equals(terms.get("skipHearing"))) {
      assertThat(pi).isWaitingAt(AWAIT_ZIENSWIJZE);
      runtime.createMessageCorrelation(DwangsomProcess.Messages.ZIENSWIJZE_RECEIVED)
          .processInstanceBusinessKey(caseNumber(pi)).setVariable(ZIENSWIJZE.name(), "Wij zijn ermee bezig.").correlate();
    }
    setClock("2026-11-25T10:00");
    Map<String, Object> decision = new HashMap<>(terms);
    decision.put(DECISION.name(), "opleggen");
    decision.put(DECISION_MOTIVATION.name(), "De zienswijze geeft geen aanleiding af te zien.");
    complete(task(DECIDE, pi), decision);
    runAsyncJobs(management, pi);
    return pi;
  }

  private void recheck(ProcessInstance pi, String date, String finding) {
    setClock(date + "T09:00");
    fireDueTimers(management, pi);
    complete(task(RECHECK, pi), withVariables(COMPLIANCE_FINDING.name(), finding, RECHECK_DATE.name(), date,
        RECHECK_FINDINGS.name(), "Steekproef van tien dossiers op " + date + "."));
    runAsyncJobs(management, pi);
  }

  private String caseNumber(ProcessInstance pi) {
    return pi.getBusinessKey();
  }

  /** An ineens last of 5000 imposed, not complied with at the recheck of 24 December: forfeited, in collection. */
  private ProcessInstance forfeitedIneens() {
    ProcessInstance pi = decided(dwangsom("ineens", 5000, 5000), null);
    recheck(pi, "2026-12-24", "nietNageleefd");
    return pi;
  }

  private ProcessInstance collection(String reference) {
    return runtime.createProcessInstanceQuery().processInstanceBusinessKey(reference).singleResult();
  }

  private Date timerDue(ProcessInstance pi, String activityId) {
    Job job = management.createJobQuery().processInstanceId(pi.getId()).timers().activityId(activityId).singleResult();
    return job.getDuedate();
  }

  private List<String> subjects(String caseNumber) throws Exception {
    return TestMailServer.mailsFor(caseNumber).stream().map(DwangsomProcessTest::subject).toList();
  }

  private static String subject(MimeMessage message) {
    try {
      return message.getSubject();
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }

  @Test
  void sendsTheIntentionAndWaitsForTheZienswijzeUntilTheTermSetByTheCollege() {
    ProcessInstance pi = request(null);
    assertThat(pi.getBusinessKey()).matches("LOD-2026-\\d{5}");
    assertThat(pi.getTenantId()).isEqualTo("GM0917");
    assertThat(task(PREPARE_VOORNEMEN, pi)).hasCandidateGroup("college");
    complete(task(PREPARE_VOORNEMEN, pi), dwangsom("perTijdseenheid", 1000, 2500));
    runAsyncJobs(management, pi);

    assertThat(pi).hasPassed(SEND_VOORNEMEN).isWaitingAt(AWAIT_ZIENSWIJZE)
        .variables().containsEntry("intentionSentOn", "2026-11-23");
    // two weeks set by the college, not extended by the Algemene termijnenwet: ends Monday 7 December
    assertThat(timerDue(pi, ZIENSWIJZE_TERM_EXPIRED)).isEqualTo(at("2026-12-08T00:00"));

    setClock("2026-12-08T00:00");
    fireDueTimers(management, pi);
    assertThat(pi).isWaitingAt(DECIDE);
  }

  @Test
  void aSupervisorStartsTheCaseByHandWithTheStartFormsFieldsAndTheCollegePreparesTheVoornemen() throws Exception {
    // the fields of forms/dwangsom-starten.form (no origin case), as Tasklist submits them for the user
    Map<String, Object> form = DwangsomFixtures.requestWithLegalBasis();
    engine.getIdentityService().setAuthentication("toezichthouder", List.of(Groups.TOEZICHTHOUDERS),
        List.of("GM0917"));
    ProcessInstance pi = runtime.startProcessInstanceByKey(DwangsomProcess.KEY, form);
    engine.getIdentityService().clearAuthentication();

    assertThat(pi.getBusinessKey()).startsWith("LOD-");
    assertThat(pi.getTenantId()).isEqualTo("GM0917");
    assertThat(pi).hasPassed("StartEvent_ByHand").hasNotPassed("StartEvent_Requested")
        .isWaitingAt(PREPARE_VOORNEMEN).variables()
        .containsEntry(InvestigationProcess.Variables.INITIATOR.name(), "toezichthouder")
        .containsEntry(MUNICIPALITY_CODE.name(), "GM0917");
    assertThat(task(PREPARE_VOORNEMEN, pi)).hasCandidateGroup(Groups.COLLEGE);
    assertThat(TestMailServer.mailsFor(pi.getBusinessKey())).isEmpty(); // nothing is sent before the voornemen
  }

  @Test
  void closesWhenTheLastIsCompliedWithInTime() throws Exception {
    ProcessInstance pi = decided(dwangsom("perTijdseenheid", 1000, 2500), null);

    assertThat(pi).hasPassed(SEND_DECISION).variables()
        .containsEntry(DECISION_SENT_ON.name(), "2026-11-25")
        .containsEntry(OBJECTION_TERM_ENDS.name(), "2027-01-06") // six weeks from the day after (art. 6:7, 6:8 Awb)
        .containsEntry(COMPLIANCE_DEADLINE.name(), "2026-12-23"); // four weeks as the decision says
    assertThat(timerDue(pi, COMPLIANCE_TERM_ENDED)).isEqualTo(at("2026-12-24T00:00"));
    assertThat(subjects(caseNumber(pi))).hasSize(2); // voornemen and besluit

    recheck(pi, "2026-12-24", "nageleefd");

    assertThat(pi).hasPassed(SEND_COMPLIED, COMPLIED, DONE).isEnded().variables().containsEntry(OUTCOME.name(), "nageleefd");
    assertThat(ledger.forCase(caseNumber(pi))).isEmpty();
  }

  @Test
  void forfeitsOnceThenStopsWhenComplied() throws Exception {
    ProcessInstance pi = decided(dwangsom("perTijdseenheid", 1000, 2500), null);
    String caseNumber = caseNumber(pi);

    recheck(pi, "2026-12-24", "nietNageleefd");

    List<Forfeiture> forfeitures = ledger.forCase(caseNumber);
    assertThat(forfeitures).hasSize(1);
    Forfeiture first = forfeitures.get(0);
    assertThat(first.forfeitedOn()).isEqualTo(LocalDate.of(2026, 12, 24));
    assertThat(first.amount()).isEqualByComparingTo("1000.00");
    assertThat(first.payBy()).isEqualTo(LocalDate.of(2027, 2, 4)); // six weeks (art. 5:33 Awb)
    assertThat(first.verjaringDate()).isEqualTo(LocalDate.of(2027, 12, 24)); // one year (art. 5:35 Awb)
    MimeMessage letter = TestMailServer.mailsFor(caseNumber).stream()
        .filter(m -> "dwangsom-verbeurbrief".equals(TestMailServer.templateOf(m))).findFirst().orElseThrow();
    assertThat(TestMailServer.bodyOf(letter)).contains(caseNumber + "-V1");
    assertThat(PdfDocuments.letterText(caseNumber, "dwangsom-besluit")).contains("Gemeente Heerlen", caseNumber,
        "Besluit last onder dwangsom", "artikel 125 van de Gemeentewet", "5:32b", "€ 1.000,00 per week",
        "€ 2.500,00", "23 december 2026", "Bezwaar maken", "6 januari 2027", "artikel 6:5 Awb");
    assertThat(PdfDocuments.letterText(caseNumber, "dwangsom-verbeurbrief")).contains(caseNumber + "-V1",
        "€ 1.000,00", "artikel 5:33 Awb", "4 februari 2027", "Steekproef van tien dossiers op 2026-12-24.");
    ProcessInstance collection = collection(caseNumber + "-V1");
    assertThat(collection).isNotNull().isWaitingAt(PAYMENT_TERM_ENDED);
    assertThat(collection.getTenantId()).isEqualTo("GM0917");
    assertThat(timerDue(collection, PAYMENT_TERM_ENDED)).isEqualTo(at("2027-02-05T00:00"));
    assertThat(pi).isWaitingAt(NEXT_PERIOD);
    assertThat(timerDue(pi, NEXT_PERIOD)).isEqualTo(at("2026-12-31T00:00"));

    recheck(pi, "2026-12-31", "nageleefd");

    assertThat(pi).isEnded().variables().containsEntry(OUTCOME.name(), "nageleefd");
    assertThat(ledger.forCase(caseNumber)).hasSize(1);
  }

  @Test
  void forfeitsPerWeekUntilTheMaximumAndReportsTheAdvice() {
    ProcessInstance origin = runtime.startProcessInstanceByKey("outcomeReceiver", "HH-TEST-" + UUID.randomUUID());
    ProcessInstance pi = decided(dwangsom("perTijdseenheid", 1000, 2500), origin.getBusinessKey());
    String caseNumber = caseNumber(pi);

    recheck(pi, "2026-12-24", "nietNageleefd");
    recheck(pi, "2026-12-31", "nietNageleefd");
    recheck(pi, "2027-01-07", "nietNageleefd");

    List<Forfeiture> forfeitures = ledger.forCase(caseNumber);
    assertThat(forfeitures).extracting(Forfeiture::amount).usingElementComparator(BigDecimal::compareTo)
        .containsExactly(new BigDecimal("1000"), new BigDecimal("1000"), new BigDecimal("500"));
    assertThat(forfeitures).extracting(Forfeiture::forfeitedOn)
        .containsExactly(LocalDate.of(2026, 12, 24), LocalDate.of(2026, 12, 31), LocalDate.of(2027, 1, 7));
    assertThat(forfeitures.get(2).runningTotal()).isEqualByComparingTo("2500");
    assertThat(pi).isWaitingAt(ADVISE_NEXT_STEP).variables().containsEntry(DwangsomProcess.Variables.MAXIMUM_REACHED.name(), true)
        .containsEntry(TOTAL_FORFEITED.name(), "2500.00");

    complete(task(ADVISE_NEXT_STEP, pi), withVariables(NEXT_STEP_ADVICE.name(), "bestuursdwang",
        "nextStepMotivation", "Dwangsom werkt niet."));
    runAsyncJobs(management, pi);

    assertThat(pi).hasPassed(MAXIMUM_REACHED).isEnded();
    assertThat(origin).isWaitingAt("Task_OutcomeReceived").variables()
        .containsEntry(DWANGSOM_OUTCOME.name(), "maximumBereikt").containsEntry(NEXT_STEP_ADVICE.name(), "bestuursdwang")
        .containsEntry(DWANGSOM_CASE_NUMBER.name(), caseNumber);
    assertThat(runtime.createProcessInstanceQuery().processDefinitionKey(DwangsomProcess.INVORDERING_KEY)
        .variableValueEquals(DWANGSOM_CASE_NUMBER.name(), caseNumber).count()).isEqualTo(3);
  }

  @Test
  void settlesAForfeiturePaidInTime() {
    ProcessInstance pi = forfeitedIneens();
    String reference = caseNumber(pi) + "-V1";
    ProcessInstance collection = collection(reference);

    setClock("2027-01-20T10:00");
    runtime.createMessageCorrelation(DwangsomProcess.Messages.PAYMENT_RECEIVED).processInstanceBusinessKey(reference)
        .setVariable(PAID_ON.name(), "2027-01-19").correlate();

    assertThat(collection).hasPassed(PAID).isEnded();
    Forfeiture forfeiture = ledger.forCase(caseNumber(pi)).get(0);
    assertThat(forfeiture.status()).isEqualTo(ForfeitureStatus.PAID);
    assertThat(pi).isWaitingAt(ADVISE_NEXT_STEP); // ineens: the whole amount is forfeited at once
  }

  @Test
  void recordsACollegesDecisionNotToCollectAsAWithdrawnForfeiture() {
    ProcessInstance pi = forfeitedIneens();
    String reference = caseNumber(pi) + "-V1";
    ProcessInstance collection = collection(reference);

    setClock("2027-02-05T09:00");
    fireDueTimers(management, collection);
    complete(task(HEAR_PROVIDER, collection), withVariables("hearingDate", "2027-02-05",
        "hearingNotes", "Aanbieder heeft de overtreding direct beëindigd."));
    complete(task(DECIDE_INVORDERING, collection), withVariables("collectionDecision", "afzien",
        "collectionMotivation", "Bijzondere omstandigheden: overtreding direct beëindigd."));
    runAsyncJobs(management, collection);

    assertThat(collection).hasPassed(INVORDERING_WAIVED).isEnded();
    Forfeiture forfeiture = ledger.forCase(caseNumber(pi)).get(0);
    assertThat(forfeiture.status()).isEqualTo(ForfeitureStatus.WITHDRAWN);
  }

  @Test
  void collectsAnUnpaidForfeitureUpToTheWarrant() throws Exception {
    ProcessInstance pi = forfeitedIneens();
    String reference = caseNumber(pi) + "-V1";
    ProcessInstance collection = collection(reference);

    setClock("2027-02-05T09:00");
    fireDueTimers(management, collection);
    assertThat(collection).isWaitingAt(HEAR_PROVIDER).variables().containsEntry(HEARING_TERM_ENDS.name(), "2027-02-19");
    // the provider is invited to be heard before the invorderingsbeschikking, with a term (art. 4:8 Awb)
    assertThat(subjects(reference)).containsExactly(
        "Voornemen tot invordering: u kunt uw zienswijze geven uiterlijk op 19 februari 2027 (laatste dag) (zaak " + reference + ")");
    complete(task(HEAR_PROVIDER, collection), withVariables("hearingDate", "2027-02-05", "hearingNotes", "Geen geld."));
    complete(task(DECIDE_INVORDERING, collection), withVariables("collectionDecision", "invorderen",
        "collectionMotivation", "Verbeurd en niet betaald."));
    runAsyncJobs(management, collection);

    Forfeiture forfeiture = ledger.forCase(caseNumber(pi)).get(0);
    assertThat(forfeiture.status()).isEqualTo(ForfeitureStatus.IN_COLLECTION);
    assertThat(forfeiture.verjaringDate()).isAfter(LocalDate.of(2027, 12, 24)); // interrupted (art. 5:37a Awb)
    assertThat(subjects(reference)).hasSize(3); // hearing invitation, invorderingsbeschikking and aanmaning
    assertThat(PdfDocuments.letterText(reference, "invordering-beschikking")).contains(reference,
        "Invorderingsbeschikking", "artikel 5:37 lid 1 Awb", "€ 5.000,00", "Verbeurd en niet betaald.", "Bezwaar maken");
    assertThat(PdfDocuments.letterText(reference, "invordering-aanmaning")).contains("AANMANING",
        "artikel 4:112 Awb", "artikel 4:114 Awb", "€ 5.000,00", "artikel 4:113 Awb", "€ 15,00");
    // Heerlen charges aanmaningskosten (configuration): booked in the ledger
    assertThat(ledger.costs(forfeiture.id())).isEqualByComparingTo("15.00");
    assertThat(collection).variables().containsEntry("reminderSentOn", "2027-02-05");
    // two weeks from the day after sending (art. 4:112 Awb): ends Friday 19 February
    assertThat(timerDue(collection, AANMANING_TERM_ENDED)).isEqualTo(at("2027-02-20T00:00"));
    // the aanmaning names that last day, the same day as the timer (art. 4:112 lid 1 Awb)
    assertThat(collection).variables().containsEntry("reminderTermEnds", "2027-02-19");
    assertThat(PdfDocuments.letterText(reference, "invordering-aanmaning").replaceAll("\\s+", " "))
        .contains("uiterlijk op 19 februari 2027 (laatste dag)");
    assertThat(subjects(reference)).contains("Aanmaning: betaal de verbeurde dwangsom van € 5.000,00 uiterlijk op "
        + "19 februari 2027 (laatste dag) (zaak " + reference + ")");

    setClock("2027-02-20T09:00");
    fireDueTimers(management, collection);
    // the aanmaning sent on 5 February interrupted the verjaring too (art. 4:106 Awb)
    assertThat(ledger.verjaringEvents(forfeiture.id())).extracting(VerjaringEvent::kind).containsExactly(
        VerjaringEventKind.INVORDERINGSBESCHIKKING, VerjaringEventKind.AANMANING);
    complete(task(ISSUE_DWANGBEVEL, collection), withVariables("warrantIssuedOn", "2027-02-22", "bailiff", "Deurwaarders Zuid"));

    // the dwangbevel interrupts the verjaring (art. 4:106 Awb): a new year from the next day; the case stays open,
    // watching the new date, so that a payment after the dwangbevel is still booked
    runAsyncJobs(management, collection);
    // the dwangbevel is a document with the content of art. 4:122 Awb, sent for service by the bailiff
    assertThat(PdfDocuments.letterText(reference, "invordering-dwangbevel")).contains("DWANGBEVEL",
        "In naam des Konings", "€ 5.000,00", "€ 15,00", "artikel 4:118 Awb", "artikel 4:116 Awb");
    assertThat(collection).hasPassed(DWANGBEVEL_ISSUED).isNotEnded().isWaitingAt(VERJARING_WARNING)
        .variables().containsEntry(VERJARING_DATE.name(), "2028-02-22");
    assertThat(ledger.find(forfeiture.id()).orElseThrow().verjaringDate()).isEqualTo(LocalDate.of(2028, 2, 22));
    assertThat(timerDue(collection, VERJARING_WARNING)).isEqualTo(at("2027-12-28T00:00"));

    setClock("2027-04-12T10:00");
    runtime.createMessageCorrelation(DwangsomProcess.Messages.PAYMENT_RECEIVED).processInstanceBusinessKey(reference)
        .setVariable(PAID_ON.name(), "2027-04-09").correlate();
    assertThat(collection).hasPassed(PAID).isEnded();
    assertThat(ledger.find(forfeiture.id()).orElseThrow()).extracting(Forfeiture::status, Forfeiture::statusChangedOn)
        .containsExactly(ForfeitureStatus.PAID, LocalDate.of(2027, 4, 9));
  }

  @Test
  void letsAnUncollectedForfeitureLapseAfterWarningTheCollege() throws Exception {
    ProcessInstance pi = forfeitedIneens();
    String reference = caseNumber(pi) + "-V1";
    ProcessInstance collection = collection(reference);
    assertThat(timerDue(collection, VERJARING_WARNING)).isEqualTo(at("2027-10-29T00:00")); // eight weeks before

    setClock("2027-10-29T09:00");
    fireDueTimers(management, collection);
    assertThat(subjects(reference)).anyMatch(s -> s.contains("uiterlijk op 24 december 2027 (laatste dag) invorderen"));
    assertThat(collection).isWaitingAt(VERJARING_REACHED, HEAR_PROVIDER);

    // 24 December 2027 is the last day on which the college may act (art. 5:35 lid 1 Awb): not lapsed yet
    assertThat(timerDue(collection, VERJARING_REACHED)).isEqualTo(at("2027-12-25T00:00"));
    setClock("2027-12-24T09:00");
    fireDueTimers(management, collection);
    assertThat(collection).isWaitingAt(VERJARING_REACHED, HEAR_PROVIDER);
    assertThat(ledger.forCase(caseNumber(pi)).get(0).status()).isEqualTo(ForfeitureStatus.OPEN);

    setClock("2027-12-25T09:00");
    fireDueTimers(management, collection);

    assertThat(collection).hasPassed(CLAIM_VERJAARD).isEnded();
    assertThat(ledger.forCase(caseNumber(pi)).get(0).status()).isEqualTo(ForfeitureStatus.LAPSED);
  }

  @Test
  void aRequestForCollectionIsDecidedWithinFourWeeksAndKeepsTheClaimAliveWhilePending() {
    ProcessInstance pi = forfeitedIneens();
    String reference = caseNumber(pi) + "-V1";
    ProcessInstance collection = collection(reference);

    setClock("2027-12-01T10:00"); // an interested party asks for an invorderingsbeschikking (art. 5:37 lid 2 Awb)
    runtime.createMessageCorrelation(DwangsomProcess.Messages.INVORDERING_REQUESTED).processInstanceBusinessKey(reference)
        .correlate();
    assertThat(task(DECIDE_INVORDERING_REQUEST, collection)).hasDueDate(at("2027-12-29T17:00")); // four weeks (lid 3)
    assertThat(ledger.forCase(caseNumber(pi)).get(0).verjaringUntilDecided()).isTrue(); // art. 5:37a lid 2 Awb

    setClock("2027-12-27T09:00"); // after the lapse day of 24 December: the request is pending, nothing lapses
    fireDueTimers(management, collection);
    assertThat(collection).isNotEnded();
    complete(task(DECIDE_INVORDERING_REQUEST, collection), withVariables("collectionRequestDecision", "afgewezen",
        "collectionRequestMotivation", "Geen belang bij invordering."));
    // decided 27 December: irrevocable when the six-week objection term has run, Monday 7 February 2028
    assertThat(ledger.forCase(caseNumber(pi)).get(0))
        .extracting(Forfeiture::verjaringDate, Forfeiture::verjaringUntilDecided)
        .containsExactly(LocalDate.of(2028, 2, 7), false);
    assertThat(collection).variables().containsEntry(VERJARING_DATE.name(), "2028-02-07");
  }

  @Test
  void suspendsTheTimelineOnlyForAProvisionalMeasureOfTheCourt() {
    ProcessInstance pi = decided(dwangsom("perTijdseenheid", 1000, 2500), null);
    String caseNumber = caseNumber(pi);

    setClock("2026-12-10T10:00");
    runtime.createMessageCorrelation(DwangsomProcess.Messages.VOORLOPIGE_VOORZIENING_GRANTED)
        .processInstanceBusinessKey(caseNumber)
        .correlate();
    assertThat(pi).isWaitingAt(AWAIT_RULING);
    assertThat(management.createJobQuery().processInstanceId(pi.getId()).timers().count()).isZero();

    setClock("2027-01-04T10:00");
    runtime.createMessageCorrelation(DwangsomProcess.Messages.VOORLOPIGE_VOORZIENING_ENDED)
        .processInstanceBusinessKey(caseNumber)
        .correlate();
    complete(task(SET_NEW_TERM, pi), withVariables(COMPLIANCE_DEADLINE.name(), "2027-02-01",
        "newTermMotivation", "Uitspraak: last blijft, nieuwe termijn."));

    assertThat(pi).isWaitingAt(COMPLIANCE_TERM_ENDED);
    assertThat(timerDue(pi, COMPLIANCE_TERM_ENDED)).isEqualTo(at("2027-02-02T00:00"));
  }

  @Test
  void appliesBestuursdwangAtOnceWhenUrgent() throws Exception {
    Map<String, Object> terms = new HashMap<>();
    terms.put(SANCTION_TYPE.name(), "bestuursdwang");
    terms.put(URGENT.name(), true);
    terms.put(LAST_DESCRIPTION.name(), "Verwijder de geblokkeerde nooduitgang.");
    terms.put("remedyMeasures", "Nooduitgang vrijmaken.");
    terms.put(SKIP_HEARING.name(), true);
    terms.put(SKIP_HEARING_MOTIVATION.name(), "Acuut brandgevaar voor cliënten.");
    ProcessInstance pi = decided(terms, null);

    assertThat(pi).hasNotPassed(SEND_VOORNEMEN).isWaitingAt(EXECUTE_BESTUURSDWANG)
        .variables().containsEntry(COMPLIANCE_DEADLINE.name(), "2026-11-25");
    assertThat(subjects(caseNumber(pi))).anyMatch(s -> s.toLowerCase().contains("bestuursdwang"));
    complete(task(EXECUTE_BESTUURSDWANG, pi), withVariables("executionDate", "2026-11-25",
        "executionReport", "Nooduitgang vrijgemaakt door de gemeente.", "costsAmount", 850.0));
    runAsyncJobs(management, pi);

    assertThat(pi).hasPassed(BESTUURSDWANG_APPLIED).isEnded().variables()
        .containsEntry(OUTCOME.name(), "bestuursdwangToegepast");
  }

  @Test
  void closesABestuursdwangCaseWhenTheProviderCompliesWithinTheTerm() {
    Map<String, Object> terms = new HashMap<>();
    terms.put(SANCTION_TYPE.name(), "bestuursdwang");
    terms.put(LAST_DESCRIPTION.name(), "Herstel de alarmopvolging.");
    terms.put("remedyMeasures", "Alarmopvolging inrichten.");
    terms.put(COMPLIANCE_TERM.name(), "P2W");
    terms.put(ZIENSWIJZE_TERM.name(), "P2W");
    ProcessInstance pi = decided(terms, null);

    assertThat(pi).isWaitingAt(BD_TERM_ENDED).variables().containsEntry(COMPLIANCE_DEADLINE.name(), "2026-12-09");
    setClock("2026-12-10T09:00");
    fireDueTimers(management, pi);
    complete(task(RECHECK_BD, pi), withVariables(COMPLIANCE_FINDING.name(), "nageleefd", RECHECK_DATE.name(), "2026-12-10",
        RECHECK_FINDINGS.name(), "Alarmopvolging werkt."));
    runAsyncJobs(management, pi);

    assertThat(pi).hasPassed(COMPLIED).hasNotPassed(EXECUTE_BESTUURSDWANG).isEnded()
        .variables().containsEntry(OUTCOME.name(), "nageleefd");
  }

  @Test
  void liftsTheLastOnRequest() {
    ProcessInstance pi = decided(dwangsom("perTijdseenheid", 1000, 2500), null);
    setClock("2026-12-01T10:00");
    runtime.createMessageCorrelation(DwangsomProcess.Messages.OPHEFFING_REQUESTED)
        .processInstanceBusinessKey(caseNumber(pi)).correlate();
    // at most eight weeks (art. 4:13 Awb)
    assertThat(task(DECIDE_OPHEFFING, pi)).hasDueDate(at("2027-01-26T17:00"));

    complete(task(DECIDE_OPHEFFING, pi), withVariables("liftingOutcome", "opgeheven",
        "liftingMotivation", "Naleving is blijvend onmogelijk geworden."));
    runAsyncJobs(management, pi);

    assertThat(pi).hasPassed(OPGEHEVEN, LAST_ENDED).isEnded().variables().containsEntry(OUTCOME.name(), "opgeheven");
  }

  @Test
  void forfeitsPerViolationFound() {
    Map<String, Object> terms = dwangsom("perOvertreding", 750, 3000);
    ProcessInstance pi = decided(terms, null);
    setClock("2026-12-24T09:00");
    fireDueTimers(management, pi);
    complete(task(RECHECK, pi), withVariables(COMPLIANCE_FINDING.name(), "nietNageleefd", RECHECK_DATE.name(), "2026-12-24",
        RECHECK_FINDINGS.name(), "Drie cliënten zonder zorgplan.", VIOLATION_COUNT.name(), 3L));
    runAsyncJobs(management, pi);

    Forfeiture forfeiture = ledger.forCase(caseNumber(pi)).get(0);
    assertThat(forfeiture.amount()).isEqualByComparingTo("2250.00");
    assertThat(pi).isWaitingAt(NEXT_PERIOD).variables().containsEntry(TOTAL_FORFEITED.name(), "2250.00");
  }

  @Test
  void endsWithoutALastWhenTheCollegeDecidesAgainstIt() throws Exception {
    ProcessInstance pi = request(null);
    complete(task(PREPARE_VOORNEMEN, pi), dwangsom("ineens", 5000, 5000));
    runAsyncJobs(management, pi);
    setClock("2026-12-08T00:00");
    fireDueTimers(management, pi);
    complete(task(DECIDE, pi), withVariables(DECISION.name(), "afzien", DECISION_MOTIVATION.name(), "Overtreding beëindigd."));
    runAsyncJobs(management, pi);

    assertThat(pi).hasPassed(SEND_WAIVER, DONE).hasNotPassed(SEND_DECISION).isEnded()
        .variables().containsEntry(OUTCOME.name(), "afgezien");
    assertThat(TestMailServer.mailsFor(caseNumber(pi)).stream().map(TestMailServer::templateOf))
        .contains("dwangsom-voornemen", "dwangsom-afgezien");
  }

  @Test
  void refusesADwangsomWithoutMaximum() {
    ProcessInstance pi = request(null);
    Map<String, Object> terms = dwangsom("perTijdseenheid", 1000, 2500);
    terms.remove("dwangsomMaximum");
    String taskId = task(PREPARE_VOORNEMEN, pi).getId();

    assertThatThrownBy(() -> tasks.complete(taskId, terms)).hasRootCauseInstanceOf(InvalidInputException.class)
        .hasMessageContaining("dwangsomMaximum");
    assertThat(pi).isWaitingAt(PREPARE_VOORNEMEN);
  }

  /** Issue 11 finding 8: an absurd amount (1e308) is refused naming the field, not stored. */
  @Test
  void refusesAnAbsurdAmount() {
    ProcessInstance pi = request(null);
    Map<String, Object> terms = dwangsom("perTijdseenheid", 1000, 2500);
    terms.put(DWANGSOM_AMOUNT.name(), "1e308");
    String taskId = task(PREPARE_VOORNEMEN, pi).getId();

    assertThatThrownBy(() -> tasks.complete(taskId, terms)).hasRootCauseInstanceOf(InvalidInputException.class)
        .hasMessageContaining("dwangsomAmount");
    assertThat(pi).isWaitingAt(PREPARE_VOORNEMEN);
  }
}

package nl.wmotoezicht.bezwaar;

import static nl.wmotoezicht.bezwaar.BezwaarProcess.Elements.*;
import static nl.wmotoezicht.bezwaar.BezwaarProcess.Variables.*;
import static nl.wmotoezicht.dwangsom.DwangsomProcess.Variables.PAID_ON;
import static nl.wmotoezicht.testsupport.ProcessTestSupport.at;
import static nl.wmotoezicht.testsupport.ProcessTestSupport.fireDueTimers;
import static nl.wmotoezicht.testsupport.ProcessTestSupport.runAsyncJobs;
import static nl.wmotoezicht.testsupport.ProcessTestSupport.setClock;
import static nl.wmotoezicht.testsupport.ProcessTestSupport.timerDue;
import static nl.wmotoezicht.testsupport.TestMailServer.mailText;
import static nl.wmotoezicht.testsupport.TestMailServer.templatesFor;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import nl.wmotoezicht.cases.CaseRegistry;
import nl.wmotoezicht.dwangsom.DwangsomProcess;
import nl.wmotoezicht.dwangsom.Forfeiture;
import nl.wmotoezicht.dwangsom.ForfeitureLedger;
import nl.wmotoezicht.dwangsom.ForfeitureStatus;
import nl.wmotoezicht.dwangsom.VerjaringEvent;
import nl.wmotoezicht.dwangsom.VerjaringEventKind;
import nl.wmotoezicht.kernel.CaseVariables;
import nl.wmotoezicht.kernel.InvalidInputException;
import nl.wmotoezicht.kernel.ProcessVariable;
import nl.wmotoezicht.testsupport.ProcessScenario;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** Objections against any besluit, also after the case that made it has ended (art. 6:4-6:11, 7:2, 7:10 Awb). */
@ProcessScenario
class BezwaarProcessTest {

  /** The end of the extension branch when the college does not extend the decision term (no element constant). */
  private static final String NOT_EXTENDED = "EndEvent_NotExtended";

  @Autowired RuntimeService runtime;
  @Autowired ManagementService management;
  @Autowired ForfeitureLedger ledger;
  @Autowired CaseRegistry caseRegister;

  private BezwaarFixtures fixtures;

  @BeforeEach
  void fixtures() {
    fixtures = new BezwaarFixtures(runtime, management);
  }

  /** An ineens last made known on 25 November 2026, forfeited on 24 December, the case ended after the advice. */
  private ProcessInstance endedIneensCase() {
    ProcessInstance pi = fixtures.endedIneensCase();
    assertThat(pi).isEnded();
    return pi;
  }

  private ProcessInstance objection(String decisionCaseNumber, String kind, String madeKnownOn) {
    return fixtures.objection(decisionCaseNumber, kind, madeKnownOn);
  }

  private static Map<String, Object> answer(ProcessVariable<String> variable, String value, String field, String text) {
    Map<String, Object> answer = new HashMap<>();
    variable.put(answer, value);
    answer.put(field, text);
    return answer;
  }

  @Test
  void aLateObjectionAfterAnIneensCaseEndedIsRegisteredJudgedAndDecidedAndRefundsWhatWasPaid() throws Exception {
    ProcessInstance last = endedIneensCase();
    String lastCase = last.getBusinessKey();
    Forfeiture forfeiture = ledger.forCase(lastCase).get(0);
    setClock("2027-01-11T10:00");
    runtime.createMessageCorrelation(DwangsomProcess.Messages.PAYMENT_RECEIVED)
        .processInstanceBusinessKey(lastCase + "-V1").setVariable(PAID_ON.name(), "2027-01-11").correlate();

    // made known 25 November 2026: the objection term ended on 6 January 2027; received on 13 January
    setClock("2027-01-13T10:00");
    ProcessInstance objection = objection(lastCase, "last", "2026-11-25");

    assertThat(objection.getBusinessKey()).startsWith("BZW-");
    // the objection's own number is in the case register, bound to the decision's municipality and this instance
    assertThat(caseRegister.find(objection.getBusinessKey())).hasValueSatisfying(
        registered -> assertThat(registered.municipalityCode()).isEqualTo("GM0917"));
    assertThat(caseRegister.instanceIds(objection.getBusinessKey())).containsExactly(objection.getId());
    assertThat(objection).isWaitingAt(JUDGE_EXCUSABILITY).variables()
        .containsEntry(DECISION_CASE_NUMBER.name(), lastCase).containsEntry(OBJECTION_TERM_ENDS.name(), "2027-01-06")
        .containsEntry(TIMELY.name(), false).containsEntry(OBJECTION_RECEIVED_ON.name(), "2027-01-13")
        // six weeks after the objection term (art. 7:10 lid 1 Awb): Wednesday 17 February 2027
        .containsEntry(DECIDE_BY.name(), "2027-02-17").containsEntry(ADVISORY_COMMITTEE.name(), false);
    assertThat(ledger.verjaringEvents(forfeiture.id())).extracting(VerjaringEvent::kind)
        .containsExactly(VerjaringEventKind.BEZWAAR_INGEDIEND);

    complete(task(JUDGE_EXCUSABILITY, objection), answer(EXCUSABLE, "true",
        BezwaarFixtures.EXCUSABILITY_MOTIVATION, "Het besluit is naar een oud adres gestuurd."));
    fixtures.hear(objection, "2027-02-01", "Gemeentehuis Heerlen, kamer 2.14, 10.00 uur");
    assertThat(mailText(objection.getBusinessKey(), "bezwaar-uitnodiging-hoorzitting"))
        .contains("1 februari 2027", "Gemeentehuis Heerlen, kamer 2.14", "artikel 7:2 Awb", "17 februari 2027");
    assertThat(task(DECIDE, objection)).hasDueDate(at("2027-02-17T17:00"));

    setClock("2027-02-10T10:00"); // a week before the end of the decision term
    fixtures.considerExtension(objection, "verdagen", null);
    assertThat(objection).variables().containsEntry(DECIDE_BY.name(), "2027-03-31").containsEntry(EXTENDED.name(), true);
    assertThat(task(DECIDE, objection)).hasDueDate(at("2027-03-31T17:00"));
    assertThat(mailText(objection.getBusinessKey(), "bezwaar-verdaging")).contains("31 maart 2027", "artikel 7:10 lid 3 Awb");

    setClock("2027-03-01T10:00");
    fixtures.decide(objection, "gegrond", "De begunstigingstermijn was te kort.", Map.of());

    // decided; the objection case stays open for the six weeks of the beroep term (art. 6:7 Awb)
    assertThat(objection).hasPassed(DONE, APPLY_OUTCOME, SEND_DECISION, SEND_REFUND_ORDER).isWaitingAt(AWAIT_BEROEP);
    assertThat(ledger.find(forfeiture.id()).orElseThrow().status()).isEqualTo(ForfeitureStatus.PAID);
    assertThat(ledger.refunds(lastCase)).singleElement().satisfies(refund -> {
      assertThat(refund.forfeitureId()).isEqualTo(forfeiture.id());
      assertThat(refund.amount()).isEqualByComparingTo("5000.00");
      assertThat(refund.orderedOn()).isEqualTo(LocalDate.of(2027, 3, 1));
    });
    assertThat(ledger.verjaringEvents(forfeiture.id())).extracting(VerjaringEvent::kind)
        .containsExactly(VerjaringEventKind.BEZWAAR_INGEDIEND, VerjaringEventKind.BESLISSING_OP_BEZWAAR);
    assertThat(mailText(objection.getBusinessKey(), "bezwaar-beslissing")).contains("gegrond", "herroepen",
        "€ 5.000,00", "betalen wij terug", "beroep instellen bij de rechtbank", "artikelen 6:7 en 6:8 Awb");
  }

  @Test
  void anInexcusablyLateObjectionIsDeclaredInadmissible() throws Exception {
    ProcessInstance last = endedIneensCase();
    setClock("2027-03-01T10:00");
    ProcessInstance objection = objection(last.getBusinessKey(), "last", "2026-11-25");

    complete(task(JUDGE_EXCUSABILITY, objection), answer(EXCUSABLE, "false",
        BezwaarFixtures.EXCUSABILITY_MOTIVATION, "Geen reden gegeven voor de late indiening."));
    runAsyncJobs(management, objection);

    assertThat(objection).hasNotPassed(PLAN_HEARING, DONE).hasPassed(SEND_DECISION).isWaitingAt(AWAIT_BEROEP)
        .variables().containsEntry(OUTCOME.name(), "nietOntvankelijk");
    assertThat(ledger.forCase(last.getBusinessKey()).get(0).status()).isEqualTo(ForfeitureStatus.OPEN);
    assertThat(mailText(objection.getBusinessKey(), "bezwaar-beslissing")).contains("niet-ontvankelijk",
        "artikel 6:11 Awb", "Geen reden gegeven", "beroep instellen");
  }

  @Test
  void anObjectionAgainstAnInvorderingsbeschikkingUpheldWithdrawsThatForfeitureAndEndsItsCollection() throws Exception {
    ProcessInstance last = endedIneensCase();
    String reference = last.getBusinessKey() + "-V1";
    ProcessInstance collection = runtime.createProcessInstanceQuery().processInstanceBusinessKey(reference).singleResult();
    setClock("2027-02-08T10:00");
    ProcessInstance objection = objection(reference, "invorderingsbeschikking", "2027-02-05");
    assertThat(objection).isWaitingAt(PLAN_HEARING).variables().containsEntry(TIMELY.name(), true)
        .containsEntry(OBJECTION_TERM_ENDS.name(), "2027-03-19").containsEntry(DECIDE_BY.name(), "2027-04-30");
    fixtures.hear(objection, "2027-03-29", "Gemeentehuis");

    // the one extension is used; a second one only with the objector's consent
    setClock("2027-04-23T10:00");
    fixtures.considerExtension(objection, "uitstelMetInstemming", "2027-05-31");
    assertThat(objection).variables().containsEntry(DECIDE_BY.name(), "2027-05-31");

    fixtures.decide(objection, "gegrond", "Niet gehoord.", Map.of());
    assertThat(ledger.forCase(last.getBusinessKey()).get(0).status()).isEqualTo(ForfeitureStatus.WITHDRAWN);
    assertThat(runtime.createProcessInstanceQuery().processInstanceBusinessKey(reference).count()).isZero();
    // the collection case took the outcome (BezwaarBeslist) and ended itself
    assertThat(collection).hasPassed(DwangsomProcess.Elements.APPLY_BEZWAAR_TO_INVORDERING,
        DwangsomProcess.Elements.INVORDERING_WITHDRAWN_ON_BEZWAAR).isEnded();
  }

  @Test
  void refusesAnObjectionThatNamesAnotherMunicipalityThanTheDecisionsAndStartsNothing() {
    String lastCase = endedIneensCase().getBusinessKey();
    assertRefusedAndNothingStarted(lastCase, BezwaarFixtures.objectionVariables("GM0935", "last", "2026-11-25"),
        CaseVariables.MUNICIPALITY_CODE.name());
  }

  @Test
  void refusesAnObjectionWithoutTheDecisionsDateAndStartsNothing() {
    assertRefusedAndNothingStarted("LOD-2026-99999",
        BezwaarFixtures.objectionVariables("GM0917", "kostenbeschikking", null), DECISION_MADE_KNOWN_ON.name());
  }

  private void assertRefusedAndNothingStarted(String decisionCaseNumber, Map<String, Object> variables, String field) {
    long before = runtime.createProcessInstanceQuery().processDefinitionKey(BezwaarProcess.KEY).count();
    assertThatThrownBy(() -> runtime.createMessageCorrelation(BezwaarProcess.Messages.RECEIVED)
        .processInstanceBusinessKey(decisionCaseNumber).setVariables(variables).correlate())
        .isInstanceOf(InvalidInputException.class).hasMessageContaining(field);
    assertThat(runtime.createProcessInstanceQuery().processDefinitionKey(BezwaarProcess.KEY).count()).isEqualTo(before);
  }

  // the paths of the model that the scenarios above leave: no extension, and a judgment of the rechtbank that stands

  @Test
  void aCollegeThatDoesNotExtendTheDecisionTermKeepsTheDateAndSendsNoExtensionLetter() throws Exception {
    ProcessInstance last = endedIneensCase();
    setClock("2026-12-28T10:00");
    ProcessInstance objection = objection(last.getBusinessKey(), "last", "2026-11-25");
    fixtures.hear(objection, "2027-01-20", "Gemeentehuis Heerlen");
    assertThat(objection).variables().containsEntry(DECIDE_BY.name(), "2027-02-17");

    setClock("2027-02-10T10:00"); // a week before the end of the decision term
    fixtures.considerExtension(objection, "geen", null);

    // the extension branch ended without a letter; the college still has to decide, by the same date
    assertThat(objection).hasPassed(CONSIDER_EXTENSION, NOT_EXTENDED).isWaitingAt(DECIDE).variables()
        .containsEntry(DECIDE_BY.name(), "2027-02-17").containsEntry(EXTENDED.name(), false);
    assertThat(task(DECIDE, objection)).hasDueDate(at("2027-02-17T17:00"));
    assertThat(templatesFor(objection.getBusinessKey())).containsExactly("bezwaar-uitnodiging-hoorzitting");

    fixtures.decide(objection, "ongegrond", "Het besluit blijft in stand.", Map.of());
    assertThat(objection).hasPassed(DONE, SEND_DECISION).isWaitingAt(AWAIT_BEROEP);
  }

  @Test
  void aJudgmentOfTheRechtbankWithoutHogerBeroepBecomesIrrevocableAfterSixWeeks() throws Exception {
    String caseNumber = endedIneensCase().getBusinessKey();
    setClock("2026-12-28T10:00");
    ProcessInstance objection = objection(caseNumber, "last", "2026-11-25");
    fixtures.hear(objection, "2027-01-20", "Gemeentehuis Heerlen");
    setClock("2027-01-27T10:00");
    fixtures.decide(objection, "ongegrond", "Het besluit blijft in stand.", Map.of());

    // beroep lodged within the term, the rechtbank judges on Thursday 2 September 2027
    setClock("2027-02-15T10:00");
    fixtures.remedy(BezwaarProcess.Messages.BEROEP_LODGED, objection, null);
    assertThat(objection).isWaitingAt(AWAIT_JUDGMENT_RECHTBANK);
    setClock("2027-09-03T10:00");
    fixtures.remedy(BezwaarProcess.Messages.JUDGMENT_RECHTBANK, objection, "2027-09-02");
    // six weeks for hoger beroep from the day after the judgment: last day Thursday 14 October 2027
    assertThat(objection).isWaitingAt(AWAIT_HOGER_BEROEP).variables()
        .containsEntry(JUDGMENT_RECHTBANK_ON.name(), "2027-09-02");
    assertThat(timerDue(management, objection, HOGER_BEROEP_TERM_ENDED)).isEqualTo(at("2027-10-15T00:00"));
    int mailsBefore = templatesFor(objection.getBusinessKey()).size();

    setClock("2027-10-14T09:00"); // the last day of the term: nothing yet
    fireDueTimers(management, objection);
    assertThat(objection).isWaitingAt(AWAIT_HOGER_BEROEP);

    setClock("2027-10-15T09:00"); // no hoger beroep: the judgment stands
    fireDueTimers(management, objection);
    assertThat(objection).hasPassed(HOGER_BEROEP_TERM_ENDED, JUDGMENT_IRREVOCABLE)
        .hasNotPassed(AWAIT_JUDGMENT_RAAD_VAN_STATE, RAAD_VAN_STATE_IRREVOCABLE).isEnded();
    assertThat(ledger.verjaringEvents(ledger.forCase(caseNumber).get(0).id())).extracting(VerjaringEvent::kind)
        .containsExactly(VerjaringEventKind.BEZWAAR_INGEDIEND, VerjaringEventKind.BESLISSING_OP_BEZWAAR,
            VerjaringEventKind.BEROEP_INGESTELD, VerjaringEventKind.UITSPRAAK_RECHTBANK);
    assertThat(templatesFor(objection.getBusinessKey())).hasSize(mailsBefore); // the legal department sent none
  }
}

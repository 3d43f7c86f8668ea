package nl.wmotoezicht.bezwaar;

import static nl.wmotoezicht.bezwaar.BezwaarProcess.Elements.*;
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
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import nl.wmotoezicht.dwangsom.DwangsomProcess;
import nl.wmotoezicht.dwangsom.Forfeiture;
import nl.wmotoezicht.dwangsom.ForfeitureLedger;
import nl.wmotoezicht.dwangsom.ForfeitureStatus;
import nl.wmotoezicht.dwangsom.VerjaringEvent;
import nl.wmotoezicht.dwangsom.VerjaringEventKind;
import nl.wmotoezicht.kernel.InvalidInputException;
import nl.wmotoezicht.testsupport.TestMailServer;
import nl.wmotoezicht.testsupport.WmoIntegrationTest;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.test.assertions.bpmn.AbstractAssertions;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** Objections against any besluit, also after the case that made it has ended (art. 6:4-6:11, 7:2, 7:10 Awb). */
@WmoIntegrationTest
class BezwaarProcessTest {

  @Autowired ProcessEngine engine;
  @Autowired RuntimeService runtime;
  @Autowired ManagementService management;
  @Autowired ForfeitureLedger ledger;
  @Autowired nl.wmotoezicht.cases.CaseRegistry caseRegister;

  @BeforeEach
  void setUp() {
    AbstractAssertions.init(engine);
    TestMailServer.get();
    setClock("2026-11-23T10:00");
  }

  @AfterEach
  void resetClock() {
    ClockUtil.reset();
  }

  /** An ineens last made known on 25 November 2026, forfeited on 24 December, the case ended after the advice. */
  private ProcessInstance endedIneensCase() {
    Map<String, Object> variables = new HashMap<>();
    variables.put("municipalityCode", "GM0917");
    variables.put("providerName", "Zorg Thuis Zuid B.V.");
    variables.put("providerKvkNumber", "12345678");
    variables.put("providerEmail", "kwaliteit@zorgthuiszuid.example");
    variables.put("violation", "Geen VOG voor medewerkers die cliënten begeleiden.");
    variables.put("legalBasis", "art. 3.1 Wmo 2015");
    ProcessInstance pi = runtime.createMessageCorrelation(DwangsomProcess.Messages.REQUESTED).setVariables(variables)
        .correlateStartMessage();
    Map<String, Object> terms = new HashMap<>();
    terms.put("sanctionType", "dwangsom");
    terms.put("lastDescription", "Zorg dat elke begeleider een geldige VOG heeft.");
    terms.put("remedyMeasures", "VOG aanvragen en overleggen.");
    terms.put("complianceTerm", "P4W");
    terms.put("dwangsomKind", "ineens");
    terms.put("dwangsomAmount", 5000);
    terms.put("dwangsomMaximum", 5000);
    terms.put("timeUnit", "P1W");
    terms.put("zienswijzeTerm", "P2W");
    complete(task(DwangsomProcess.Elements.PREPARE_VOORNEMEN, pi), terms);
    runAsyncJobs(management, pi);
    runtime.createMessageCorrelation(DwangsomProcess.Messages.ZIENSWIJZE_RECEIVED)
        .processInstanceBusinessKey(pi.getBusinessKey()).setVariable("zienswijze", "Wij zijn ermee bezig.").correlate();
    setClock("2026-11-25T10:00");
    Map<String, Object> decision = new HashMap<>(terms);
    decision.put("decision", "opleggen");
    decision.put("decisionMotivation", "De zienswijze geeft geen aanleiding af te zien.");
    complete(task(DwangsomProcess.Elements.DECIDE, pi), decision);
    runAsyncJobs(management, pi);
    setClock("2026-12-24T09:00");
    fireDueTimers(management, pi);
    complete(task(DwangsomProcess.Elements.RECHECK, pi), withVariables("complianceFinding", "nietNageleefd",
        "recheckDate", "2026-12-24", "recheckFindings", "Steekproef van tien dossiers."));
    runAsyncJobs(management, pi);
    complete(task(DwangsomProcess.Elements.ADVISE_NEXT_STEP, pi), withVariables("nextStepAdvice", "bestuursdwang"));
    runAsyncJobs(management, pi);
    assertThat(pi).isEnded();
    return pi;
  }

  private ProcessInstance objection(String decisionCaseNumber, String kind, String madeKnownOn) {
    Map<String, Object> variables = new HashMap<>();
    variables.put("municipalityCode", "GM0917");
    variables.put("providerName", "Zorg Thuis Zuid B.V.");
    variables.put("providerEmail", "kwaliteit@zorgthuiszuid.example");
    variables.put("decisionKind", kind);
    variables.put("decisionMadeKnownOn", madeKnownOn);
    runtime.createMessageCorrelation(BezwaarProcess.Messages.RECEIVED).processInstanceBusinessKey(decisionCaseNumber)
        .setVariables(variables).correlate();
    return runtime.createProcessInstanceQuery().processDefinitionKey(BezwaarProcess.KEY)
        .variableValueEquals("decisionCaseNumber", decisionCaseNumber).orderByProcessInstanceId().desc().list().get(0);
  }

  private static String body(String caseNumber, String template) throws Exception {
    for (MimeMessage message : TestMailServer.mailsFor(caseNumber)) {
      if (template.equals(TestMailServer.templateOf(message))) {
        return message.getSubject() + "\n" + TestMailServer.bodyOf(message);
      }
    }
    throw new AssertionError("no mail " + template + " for " + caseNumber);
  }

  @Test
  void aLateObjectionAfterAnIneensCaseEndedIsRegisteredJudgedAndDecidedAndRefundsWhatWasPaid() throws Exception {
    ProcessInstance last = endedIneensCase();
    String lastCase = last.getBusinessKey();
    Forfeiture forfeiture = ledger.forCase(lastCase).get(0);
    setClock("2027-01-11T10:00");
    runtime.createMessageCorrelation(DwangsomProcess.Messages.PAYMENT_RECEIVED)
        .processInstanceBusinessKey(lastCase + "-V1").setVariable("paidOn", "2027-01-11").correlate();

    // made known 25 November 2026: the objection term ended on 6 January 2027; received on 13 January
    setClock("2027-01-13T10:00");
    ProcessInstance objection = objection(lastCase, "last", "2026-11-25");

    assertThat(objection.getBusinessKey()).startsWith("BZW-");
    // the objection's own number is in the case register, bound to the decision's municipality and this instance
    assertThat(caseRegister.find(objection.getBusinessKey())).hasValueSatisfying(
        registered -> assertThat(registered.municipalityCode()).isEqualTo("GM0917"));
    assertThat(caseRegister.instanceIds(objection.getBusinessKey())).containsExactly(objection.getId());
    assertThat(objection).isWaitingAt(JUDGE_EXCUSABILITY).variables()
        .containsEntry("decisionCaseNumber", lastCase).containsEntry("objectionTermEnds", "2027-01-06")
        .containsEntry("objectionTimely", false).containsEntry("objectionReceivedOn", "2027-01-13")
        // six weeks after the objection term (art. 7:10 lid 1 Awb): Wednesday 17 February 2027
        .containsEntry("decideBy", "2027-02-17").containsEntry("advisoryCommittee", false);
    assertThat(ledger.verjaringEvents(forfeiture.id())).extracting(VerjaringEvent::kind)
        .containsExactly(VerjaringEventKind.BEZWAAR_INGEDIEND);

    complete(task(JUDGE_EXCUSABILITY, objection), withVariables("lateExcusable", "true",
        "excusabilityMotivation", "Het besluit is naar een oud adres gestuurd."));
    complete(task(PLAN_HEARING, objection), withVariables("hearingDate", "2027-02-01",
        "hearingPlace", "Gemeentehuis Heerlen, kamer 2.14, 10.00 uur"));
    runAsyncJobs(management, objection);
    assertThat(body(objection.getBusinessKey(), "bezwaar-uitnodiging-hoorzitting"))
        .contains("1 februari 2027", "Gemeentehuis Heerlen, kamer 2.14", "artikel 7:2 Awb", "17 februari 2027");
    assertThat(task(DECIDE, objection)).hasDueDate(at("2027-02-17T17:00"));

    setClock("2027-02-10T10:00"); // a week before the end of the decision term
    fireDueTimers(management, objection);
    complete(task(CONSIDER_EXTENSION, objection), withVariables("extension", "verdagen"));
    runAsyncJobs(management, objection);
    assertThat(objection).variables().containsEntry("decideBy", "2027-03-31").containsEntry("decisionTermExtended", true);
    assertThat(task(DECIDE, objection)).hasDueDate(at("2027-03-31T17:00"));
    assertThat(body(objection.getBusinessKey(), "bezwaar-verdaging")).contains("31 maart 2027", "artikel 7:10 lid 3 Awb");

    setClock("2027-03-01T10:00");
    complete(task(DECIDE, objection), withVariables("objectionOutcome", "gegrond",
        "objectionMotivation", "De begunstigingstermijn was te kort."));
    runAsyncJobs(management, objection);

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
    assertThat(body(objection.getBusinessKey(), "bezwaar-beslissing")).contains("gegrond", "herroepen",
        "€ 5.000,00", "betalen wij terug", "beroep instellen bij de rechtbank", "artikelen 6:7 en 6:8 Awb");
  }

  @Test
  void anInexcusablyLateObjectionIsDeclaredInadmissible() throws Exception {
    ProcessInstance last = endedIneensCase();
    setClock("2027-03-01T10:00");
    ProcessInstance objection = objection(last.getBusinessKey(), "last", "2026-11-25");

    complete(task(JUDGE_EXCUSABILITY, objection), withVariables("lateExcusable", "false",
        "excusabilityMotivation", "Geen reden gegeven voor de late indiening."));
    runAsyncJobs(management, objection);

    assertThat(objection).hasNotPassed(PLAN_HEARING, DONE).hasPassed(SEND_DECISION).isWaitingAt(AWAIT_BEROEP)
        .variables().containsEntry(BezwaarProcess.Variables.OUTCOME.name(), "nietOntvankelijk");
    assertThat(ledger.forCase(last.getBusinessKey()).get(0).status()).isEqualTo(ForfeitureStatus.OPEN);
    assertThat(body(objection.getBusinessKey(), "bezwaar-beslissing")).contains("niet-ontvankelijk",
        "artikel 6:11 Awb", "Geen reden gegeven", "beroep instellen");
  }

  @Test
  void anObjectionAgainstAnInvorderingsbeschikkingUpheldWithdrawsThatForfeitureAndEndsItsCollection() throws Exception {
    ProcessInstance last = endedIneensCase();
    String reference = last.getBusinessKey() + "-V1";
    ProcessInstance collection = runtime.createProcessInstanceQuery().processInstanceBusinessKey(reference).singleResult();
    setClock("2027-02-08T10:00");
    ProcessInstance objection = objection(reference, "invorderingsbeschikking", "2027-02-05");
    assertThat(objection).isWaitingAt(PLAN_HEARING).variables().containsEntry("objectionTimely", true)
        .containsEntry("objectionTermEnds", "2027-03-19").containsEntry("decideBy", "2027-04-30");
    complete(task(PLAN_HEARING, objection), withVariables("hearingDate", "2027-03-29", "hearingPlace", "Gemeentehuis"));
    runAsyncJobs(management, objection);

    // the one extension is used; a second one only with the objector's consent
    setClock("2027-04-23T10:00");
    fireDueTimers(management, objection);
    complete(task(CONSIDER_EXTENSION, objection), withVariables("extension", "uitstelMetInstemming",
        "agreedDecideBy", "2027-05-31"));
    runAsyncJobs(management, objection);
    assertThat(objection).variables().containsEntry("decideBy", "2027-05-31");

    complete(task(DECIDE, objection), withVariables("objectionOutcome", "gegrond", "objectionMotivation", "Niet gehoord."));
    runAsyncJobs(management, objection);
    assertThat(ledger.forCase(last.getBusinessKey()).get(0).status()).isEqualTo(ForfeitureStatus.WITHDRAWN);
    assertThat(runtime.createProcessInstanceQuery().processInstanceBusinessKey(reference).count()).isZero();
    // the collection case took the outcome (BezwaarBeslist) and ended itself
    assertThat(collection).hasPassed(DwangsomProcess.Elements.APPLY_BEZWAAR_TO_INVORDERING,
        DwangsomProcess.Elements.INVORDERING_WITHDRAWN_ON_BEZWAAR).isEnded();
  }

  @Test
  void refusesAnObjectionThatNamesAnotherMunicipalityThanTheDecisionsAndStartsNothing() {
    String lastCase = endedIneensCase().getBusinessKey();
    Map<String, Object> variables = new HashMap<>();
    variables.put("municipalityCode", "GM0935");
    variables.put("providerName", "Zorg Thuis Zuid B.V.");
    variables.put("providerEmail", "kwaliteit@zorgthuiszuid.example");
    variables.put("decisionKind", "last");
    variables.put("decisionMadeKnownOn", "2026-11-25");
    long before = runtime.createProcessInstanceQuery().processDefinitionKey(BezwaarProcess.KEY).count();
    assertThatThrownBy(() -> runtime.createMessageCorrelation(BezwaarProcess.Messages.RECEIVED)
        .processInstanceBusinessKey(lastCase).setVariables(variables).correlate())
        .isInstanceOf(InvalidInputException.class).hasMessageContaining("municipalityCode");
    assertThat(runtime.createProcessInstanceQuery().processDefinitionKey(BezwaarProcess.KEY).count()).isEqualTo(before);
  }

  @Test
  void refusesAnObjectionWithoutTheDecisionsDateAndStartsNothing() {
    Map<String, Object> variables = new HashMap<>();
    variables.put("municipalityCode", "GM0917");
    variables.put("providerName", "Zorg Thuis Zuid B.V.");
    variables.put("providerEmail", "kwaliteit@zorgthuiszuid.example");
    variables.put("decisionKind", "kostenbeschikking");
    long before = runtime.createProcessInstanceQuery().processDefinitionKey(BezwaarProcess.KEY).count();
    assertThatThrownBy(() -> runtime.createMessageCorrelation(BezwaarProcess.Messages.RECEIVED)
        .processInstanceBusinessKey("LOD-2026-99999").setVariables(variables).correlate())
        .isInstanceOf(InvalidInputException.class).hasMessageContaining("decisionMadeKnownOn");
    assertThat(runtime.createProcessInstanceQuery().processDefinitionKey(BezwaarProcess.KEY).count()).isEqualTo(before);
  }
}

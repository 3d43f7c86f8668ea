package nl.wmotoezicht.bezwaar;

import static nl.wmotoezicht.testsupport.ProcessTestSupport.fireDueTimers;
import static nl.wmotoezicht.testsupport.ProcessTestSupport.runAsyncJobs;
import static nl.wmotoezicht.testsupport.ProcessTestSupport.setClock;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;

import java.util.HashMap;
import java.util.Map;
import nl.wmotoezicht.dwangsom.DwangsomFixtures;
import nl.wmotoezicht.dwangsom.DwangsomProcess;
import nl.wmotoezicht.investigation.InvestigationProcess;
import nl.wmotoezicht.kernel.CaseVariables;
import nl.wmotoezicht.kernel.ProviderVariables;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.ProcessInstance;

/**
 * The steps of the bezwaar tests, once: a last onder dwangsom made known on 25 November 2026 (the decision objected
 * to), its recheck, the objection as the legal department sends it, the hearing, the decision on the objection and the
 * remedies after it. Every value goes through the typed variables.
 */
record BezwaarFixtures(RuntimeService runtime, ManagementService management) {

  /**
   * A dwangsom case of Heerlen with the zienswijze received and the last imposed on 25 November 2026 (the clock stands
   * there afterwards), P4W to comply.
   */
  ProcessInstance lastMadeKnownOn25November(String kind, Object amount, Object maximum) {
    ProcessInstance pi = runtime.createMessageCorrelation(DwangsomProcess.Messages.REQUESTED)
        .setVariables(DwangsomFixtures.requestWithLegalBasis()).correlateStartMessage();
    Map<String, Object> terms = DwangsomFixtures.terms(kind, amount, maximum);
    DwangsomProcess.Variables.ZIENSWIJZE_TERM.put(terms, "P2W");
    complete(task(DwangsomProcess.Elements.PREPARE_VOORNEMEN, pi), terms);
    runAsyncJobs(management, pi);
    runtime.createMessageCorrelation(DwangsomProcess.Messages.ZIENSWIJZE_RECEIVED)
        .processInstanceBusinessKey(pi.getBusinessKey())
        .setVariable(InvestigationProcess.Variables.ZIENSWIJZE.name(), "Wij zijn ermee bezig.").correlate();
    setClock("2026-11-25T10:00");
    Map<String, Object> decision = new HashMap<>(terms);
    DwangsomProcess.Variables.DECISION.put(decision, "opleggen");
    DwangsomProcess.Variables.DECISION_MOTIVATION.put(decision, "De zienswijze geeft geen aanleiding af te zien.");
    complete(task(DwangsomProcess.Elements.DECIDE, pi), decision);
    runAsyncJobs(management, pi);
    return pi;
  }

  /** The recheck on the date (the clock moves there, 09:00) with the finding. */
  void recheck(ProcessInstance pi, String date, String finding) {
    setClock(date + "T09:00");
    fireDueTimers(management, pi);
    Map<String, Object> result = new HashMap<>();
    DwangsomProcess.Variables.COMPLIANCE_FINDING.put(result, finding);
    DwangsomProcess.Variables.RECHECK_DATE.put(result, date);
    DwangsomProcess.Variables.RECHECK_FINDINGS.put(result, "Steekproef van tien dossiers op " + date + ".");
    complete(task(DwangsomProcess.Elements.RECHECK, pi), result);
    runAsyncJobs(management, pi);
  }

  /**
   * An ineens last made known on 25 November 2026, forfeited on 24 December (invorderingsbeschikking {@code -V1}),
   * the case ended after the advice for bestuursdwang.
   */
  ProcessInstance endedIneensCase() {
    ProcessInstance pi = lastMadeKnownOn25November("ineens", 5000, 5000);
    recheck(pi, "2026-12-24", "nietNageleefd");
    Map<String, Object> advice = new HashMap<>();
    DwangsomProcess.Variables.NEXT_STEP_ADVICE.put(advice, "bestuursdwang");
    complete(task(DwangsomProcess.Elements.ADVISE_NEXT_STEP, pi), advice);
    runAsyncJobs(management, pi);
    return pi;
  }

  /** The variables of {@link BezwaarProcess.Messages#RECEIVED} for the provider of the last, in the municipality. */
  static Map<String, Object> objectionVariables(String municipalityCode, String kind, String madeKnownOn) {
    Map<String, Object> variables = new HashMap<>();
    CaseVariables.MUNICIPALITY_CODE.put(variables, municipalityCode);
    ProviderVariables.PROVIDER_NAME.put(variables, "Zorg Thuis Zuid B.V.");
    ProviderVariables.PROVIDER_EMAIL.put(variables, "kwaliteit@zorgthuiszuid.example");
    BezwaarProcess.Variables.DECISION_KIND.put(variables, kind);
    BezwaarProcess.Variables.DECISION_MADE_KNOWN_ON.put(variables, madeKnownOn);
    return variables;
  }

  /** BezwaarOntvangen keyed by the decision's case number (Heerlen), as the legal department sends it. */
  ProcessInstance objection(String decisionCaseNumber, String kind, String madeKnownOn) {
    runtime.createMessageCorrelation(BezwaarProcess.Messages.RECEIVED).processInstanceBusinessKey(decisionCaseNumber)
        .setVariables(objectionVariables("GM0917", kind, madeKnownOn)).correlate();
    return runtime.createProcessInstanceQuery().processDefinitionKey(BezwaarProcess.KEY)
        .variableValueEquals(BezwaarProcess.Variables.DECISION_CASE_NUMBER.name(), decisionCaseNumber)
        .orderByProcessInstanceId().desc().list().get(0);
  }

  /** Plans the hearing ({@code Task_PlanHearing}) on the date and place; the invitation is sent. */
  void hear(ProcessInstance objection, String date, String place) {
    Map<String, Object> hearing = new HashMap<>();
    hearing.put(HEARING_DATE, date);
    hearing.put(HEARING_PLACE, place);
    complete(task(BezwaarProcess.Elements.PLAN_HEARING, objection), hearing);
    runAsyncJobs(management, objection);
  }

  /** The college's answer in {@code Task_ConsiderExtension}, when the extension timer is due on the clock. */
  void considerExtension(ProcessInstance objection, String extension, String agreedDecideBy) {
    fireDueTimers(management, objection);
    Map<String, Object> answer = new HashMap<>();
    BezwaarProcess.Variables.EXTENSION.put(answer, extension);
    BezwaarProcess.Variables.AGREED_DECIDE_BY.put(answer, agreedDecideBy);
    complete(task(BezwaarProcess.Elements.CONSIDER_EXTENSION, objection), answer);
    runAsyncJobs(management, objection);
  }

  /** Decides the objection with the outcome, the motivation and what the outcome changes. */
  void decide(ProcessInstance objection, String outcome, String motivation, Map<String, Object> change) {
    Map<String, Object> decision = new HashMap<>(change);
    BezwaarProcess.Variables.OUTCOME.put(decision, outcome);
    decision.put(OBJECTION_MOTIVATION, motivation);
    complete(task(BezwaarProcess.Elements.DECIDE, objection), decision);
    runAsyncJobs(management, objection);
  }

  /** A remedy message for the objection (beroep, judgment, ...), with its date when it was not today. */
  void remedy(String message, ProcessInstance objection, String date) {
    Map<String, Object> variables = new HashMap<>();
    DwangsomProcess.Variables.REMEDY_DATE.put(variables, date);
    runtime.createMessageCorrelation(message).processInstanceBusinessKey(objection.getBusinessKey())
        .setVariables(variables).correlate();
  }

  /** Form fields of the hearing and decision tasks ({@code forms/}), not process variables of a model. */
  static final String HEARING_DATE = "hearingDate";
  static final String HEARING_PLACE = "hearingPlace";
  static final String OBJECTION_MOTIVATION = "objectionMotivation";
  static final String EXCUSABILITY_MOTIVATION = "excusabilityMotivation";
}

package nl.wmotoezicht.dwangsom;

import static nl.wmotoezicht.dwangsom.DwangsomProcess.Variables.COMPLIANCE_DEADLINE;
import static nl.wmotoezicht.dwangsom.DwangsomProcess.Variables.COMPLIANCE_TERM;
import static nl.wmotoezicht.dwangsom.DwangsomProcess.Variables.DECISION;
import static nl.wmotoezicht.dwangsom.DwangsomProcess.Variables.DECISION_MOTIVATION;
import static nl.wmotoezicht.dwangsom.DwangsomProcess.Variables.ZIENSWIJZE_TERM;
import static nl.wmotoezicht.investigation.InvestigationProcess.Variables.ZIENSWIJZE;
import static nl.wmotoezicht.dwangsom.DwangsomProcess.Elements.*;
import static nl.wmotoezicht.testsupport.ProcessTestSupport.at;
import static nl.wmotoezicht.testsupport.ProcessTestSupport.runAsyncJobs;
import static nl.wmotoezicht.testsupport.ProcessTestSupport.setClock;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;

import java.util.HashMap;
import java.util.Map;
import nl.wmotoezicht.kernel.InvalidInputException;
import nl.wmotoezicht.testsupport.ProcessScenario;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * "Besluit nemen" of a last onder dwangsom: after a zienswijze that asks for more time, the college sets a longer
 * begunstigingstermijn than the voornemen, with a motivation; the new term is the one the timer of the last counts.
 */
@ProcessScenario
class DecisionTermChangeTest {

  @Autowired RuntimeService runtime;
  @Autowired TaskService tasks;
  @Autowired ManagementService management;

  /** Voornemen on Monday 23 November with four weeks to comply; the provider's zienswijze asks for eight. */
  private ProcessInstance awaitingDecision() {
    ProcessInstance pi = runtime.createMessageCorrelation(DwangsomProcess.Messages.REQUESTED)
        .setVariables(DwangsomFixtures.requestWithLegalBasis()).correlateStartMessage();
    complete(task(PREPARE_VOORNEMEN, pi), voornemen());
    runAsyncJobs(management, pi);
    runtime.createMessageCorrelation(DwangsomProcess.Messages.ZIENSWIJZE_RECEIVED)
        .processInstanceBusinessKey(pi.getBusinessKey())
        .setVariable(ZIENSWIJZE.name(), "Nieuwe begeleiders wachten acht weken op hun VOG; wij vragen acht weken.")
        .correlate();
    assertThat(pi).isWaitingAt(DECIDE);
    return pi;
  }

  private static Map<String, Object> voornemen() {
    Map<String, Object> terms = DwangsomFixtures.terms("perTijdseenheid", 500L, 5000L);
    ZIENSWIJZE_TERM.put(terms, "P2W");
    return terms;
  }

  private Map<String, Object> decision(String term, String termMotivation) {
    Map<String, Object> decision = new HashMap<>(voornemen());
    decision.put(DECISION.name(), "opleggen");
    decision.put(DECISION_MOTIVATION.name(), "De zienswijze geeft geen aanleiding af te zien van de last.");
    decision.put(COMPLIANCE_TERM.name(), term);
    if (termMotivation != null) {
      decision.put("complianceTermMotivation", termMotivation);
    }
    return decision;
  }

  @Test
  void aLongerTermAfterTheZienswijzeNeedsAMotivationAndThenDrivesTheTimer() {
    ProcessInstance pi = awaitingDecision();
    // the form shows the proposed term next to the one decided
    assertThat(tasks.getVariableLocal(task(DECIDE, pi).getId(), "proposedComplianceTerm")).isEqualTo("P4W");
    setClock("2026-11-25T10:00");

    assertThatThrownBy(() -> complete(task(DECIDE, pi), decision("P8W", null)))
        .hasRootCauseInstanceOf(InvalidInputException.class).hasMessageContaining("complianceTermMotivation");
    assertThat(pi).isWaitingAt(DECIDE);

    complete(task(DECIDE, pi), decision("P8W", "De VOG-aanvraag duurt aantoonbaar tot acht weken."));
    runAsyncJobs(management, pi);

    assertThat(pi).hasPassed(SEND_DECISION).variables().containsEntry(COMPLIANCE_TERM.name(), "P8W")
        .containsEntry(COMPLIANCE_DEADLINE.name(), "2027-01-20")
        .containsEntry("complianceTermMotivation", "De VOG-aanvraag duurt aantoonbaar tot acht weken.");
    assertThat(management.createJobQuery().processInstanceId(pi.getId()).timers().activityId(COMPLIANCE_TERM_ENDED)
        .singleResult().getDuedate()).isEqualTo(at("2027-01-21T00:00"));
  }

  @Test
  void theProposedTermNeedsNoExtraMotivation() {
    ProcessInstance pi = awaitingDecision();
    setClock("2026-11-25T10:00");

    complete(task(DECIDE, pi), decision("P4W", null));
    runAsyncJobs(management, pi);

    assertThat(pi).variables().containsEntry(COMPLIANCE_DEADLINE.name(), "2026-12-23");
    assertThat(management.createJobQuery().processInstanceId(pi.getId()).timers().activityId(COMPLIANCE_TERM_ENDED)
        .singleResult().getDuedate()).isEqualTo(at("2026-12-24T00:00"));
  }
}

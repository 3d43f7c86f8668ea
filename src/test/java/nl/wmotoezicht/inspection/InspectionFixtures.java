package nl.wmotoezicht.inspection;

import static nl.wmotoezicht.investigation.InvestigationProcess.Variables.*;
import static nl.wmotoezicht.testsupport.ProcessTestSupport.fireDueTimers;
import static nl.wmotoezicht.testsupport.ProcessTestSupport.runAsyncJobs;
import static nl.wmotoezicht.testsupport.ProcessTestSupport.runAsyncJobsWithCalled;
import static nl.wmotoezicht.testsupport.ProcessTestSupport.setClock;
import static nl.wmotoezicht.testsupport.TypedVariables.with;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;

import java.time.LocalDateTime;
import java.util.Map;
import nl.wmotoezicht.investigation.ReportingProcess;
import nl.wmotoezicht.testsupport.ProcessTestSupport;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.ProcessInstance;

/**
 * The steps of a kwaliteitsonderzoek as the inspector takes them, through the typed variables: the visit, the use of
 * a power, the judgement of the three themes, and its report ({@code rapportage}) up to the advice. For the
 * inspection's own tests and for the processes that call it (the annual plan).
 */
public record InspectionFixtures(RuntimeService runtime, ManagementService management) {

  /** The answer of {@code Task_PrepareVisit}. */
  public static Map<String, Object> visit(boolean announced, String location, String plannedVisitDate) {
    return with(InspectionProcess.Variables.ANNOUNCED, announced).and(LOCATION, location)
        .and(InspectionProcess.Variables.PLANNED_VISIT_DATE, plannedVisitDate).map();
  }

  /** The answer of {@code Task_RecordPowerUse}: entering the location (art. 5:15 Awb), cooperation given. */
  public static Map<String, Object> power(String date, boolean another) {
    return with(POWER_LEGAL_BASIS, "awb-5:15").and(POWER_DATE, date)
        .and(POWER_DESCRIPTION, "Locatie betreden en rondgelopen.")
        .and(POWER_MOTIVATION, "Nodig om de kwaliteit ter plaatse te zien.").and(COOPERATION_REFUSED, false)
        .and(ANOTHER_POWER, another).map();
  }

  /** The judgement of the three themes: all met. */
  public static Map<String, Object> allMet() {
    return with(THEME_CLIENT_CENTRED, "voldoet").and(FINDINGS_CLIENT_CENTRED, "Cliënten gehoord.")
        .and(THEME_PROFESSIONALISM, "voldoet").and(FINDINGS_PROFESSIONALISM, "Scholing op orde.")
        .and(THEME_SAFETY, "voldoet").and(FINDINGS_SAFETY, "Medicatie afgetekend.").map();
  }

  /** The judgement of the three themes: professionalism partly met, safety as given. */
  public static Map<String, Object> judgement(String safety) {
    return with(THEME_CLIENT_CENTRED, "voldoet").and(FINDINGS_CLIENT_CENTRED, "Cliënten gehoord.")
        .and(THEME_PROFESSIONALISM, "voldoetDeels").and(FINDINGS_PROFESSIONALISM, "Scholing loopt achter.")
        .and(THEME_SAFETY, safety).and(FINDINGS_SAFETY, "Medicatie niet afgetekend.").map();
  }

  /** The inspection's {@code rapportage} instance while it runs. */
  public ProcessInstance report(ProcessInstance pi) {
    ProcessInstance report = runtime.createProcessInstanceQuery().superProcessInstanceId(pi.getId())
        .processDefinitionKey(ReportingProcess.KEY).singleResult();
    if (report == null) {
      throw new AssertionError("rapportage not called by " + pi.getId());
    }
    return report;
  }

  /**
   * An unannounced visit planned on the (future) date, and on that day (the clock moves there, 10:00) without
   * shortcomings: the power used, all themes met; the inspection then waits in its report for the concept report.
   */
  public ProcessInstance visitWithoutShortcomings(ProcessInstance pi, String location, String date) {
    complete(task(InspectionProcess.Elements.PREPARE_VISIT, pi), visit(false, location, date));
    setClock(date + "T10:00");
    complete(task(InspectionProcess.Elements.RECORD_POWER_USE, pi), power(date, false));
    complete(task(InspectionProcess.Elements.JUDGE_THEMES, pi), allMet());
    return report(pi);
  }

  /** The concept report with the conclusion, sent to the provider; the zienswijze term runs. */
  public void sendConceptReport(ProcessInstance pi, ProcessInstance report, String conclusion) {
    complete(task(ReportingProcess.Elements.WRITE_CONCEPT_REPORT, report), with(REPORT_CONCLUSION, conclusion).map());
    runAsyncJobsWithCalled(management, runtime, pi);
  }

  /** The zienswijze term passes without a reaction: the clock moves to the term's timer and it fires. */
  public void letZienswijzeTermPass(ProcessInstance report) {
    LocalDateTime due = LocalDateTime.ofInstant(management.createJobQuery().processInstanceId(report.getId()).timers()
        .activityId(ReportingProcess.Elements.ZIENSWIJZE_TERM_EXPIRED).singleResult().getDuedate().toInstant(),
        ProcessTestSupport.ZONE);
    setClock(due.toString());
    fireDueTimers(management, report);
  }

  /** The final report with the conclusion; the inspection then waits for the advice to the college. */
  public void sendFinalReport(ProcessInstance pi, ProcessInstance report, String conclusion) {
    complete(task(ReportingProcess.Elements.FINAL_REPORT, report), with(FINAL_CONCLUSION, conclusion).map());
    runAsyncJobsWithCalled(management, runtime, pi);
  }

  /** The advice to the college with its motivation, sent; without enforcement the inspection then ends. */
  public void advise(ProcessInstance pi, String outcome, String motivation) {
    complete(task(InspectionProcess.Elements.ADVISE_COLLEGE, pi), with(ADVICE, outcome)
        .and(ADVICE_MOTIVATION, motivation).map());
    runAsyncJobs(management, pi);
  }
}

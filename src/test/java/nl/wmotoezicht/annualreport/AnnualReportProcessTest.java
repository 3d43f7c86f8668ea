package nl.wmotoezicht.annualreport;

import static nl.wmotoezicht.annualreport.AnnualReportProcess.Variables.COMMENTS_REQUESTED_ON;
import static nl.wmotoezicht.annualreport.AnnualReportProcess.Variables.CONTRACT_MANAGER_COMMENTS;
import static nl.wmotoezicht.annualreport.AnnualReportProcess.Variables.DRAFT_DOCUMENT;
import static nl.wmotoezicht.annualreport.AnnualReportProcess.Variables.KEY_FIGURES;
import static nl.wmotoezicht.annualreport.AnnualReportProcess.Variables.REPORT_DOCUMENT;
import static nl.wmotoezicht.annualreport.AnnualReportProcess.Variables.SCOPE_CODE;
import static nl.wmotoezicht.annualreport.AnnualReportProcess.Variables.SCOPE_KIND;
import static nl.wmotoezicht.annualreport.AnnualReportProcess.Variables.SCOPE_NAME;
import static nl.wmotoezicht.annualreport.AnnualReportProcess.Variables.YEAR;
import static nl.wmotoezicht.kernel.CaseVariables.CASE_NUMBER;
import static nl.wmotoezicht.kernel.CaseVariables.MUNICIPALITY_CODE;
import static nl.wmotoezicht.annualreport.AnnualReportProcess.Elements.COMPUTE_DRAFT;
import static nl.wmotoezicht.annualreport.AnnualReportProcess.Elements.GENERATE_FINAL;
import static nl.wmotoezicht.annualreport.AnnualReportProcess.Elements.GIVE_COMMENTS;
import static nl.wmotoezicht.annualreport.AnnualReportProcess.Elements.NOT_PUBLISHED;
import static nl.wmotoezicht.annualreport.AnnualReportProcess.Elements.PROCESS_COMMENTS;
import static nl.wmotoezicht.annualreport.AnnualReportProcess.Elements.PUBLISH;
import static nl.wmotoezicht.annualreport.AnnualReportProcess.Elements.PUBLISHED;
import static nl.wmotoezicht.annualreport.AnnualReportProcess.Elements.TAKE_NOTE;
import static nl.wmotoezicht.annualreport.AnnualReportProcess.Elements.WRITE_DRAFT;
import static nl.wmotoezicht.testsupport.ProcessTestSupport.fireDueTimers;
import static nl.wmotoezicht.testsupport.ProcessTestSupport.runAsyncJobs;
import static nl.wmotoezicht.testsupport.ProcessTestSupport.setClock;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import nl.wmotoezicht.documents.CaseDocuments;
import nl.wmotoezicht.kernel.InvalidInputException;
import nl.wmotoezicht.publication.Publication;
import nl.wmotoezicht.publication.Publications;
import nl.wmotoezicht.testsupport.WmoIntegrationTest;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.test.assertions.bpmn.AbstractAssertions;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The annual report through its paths: concept with figures and PDF, the contract managers' comments (given, and
 * lapsed by the term), the final PDF, the college taking note, publication on /openbaar or not; the yearly start
 * for every municipality and purchasing region once; bad starts refused with nothing started.
 */
@WmoIntegrationTest
class AnnualReportProcessTest {

  @Autowired ProcessEngine engine;
  @Autowired RuntimeService runtime;
  @Autowired TaskService tasks;
  @Autowired ManagementService management;
  @Autowired CaseDocuments documents;
  @Autowired Publications publications;

  @BeforeEach
  void setUp() {
    AbstractAssertions.init(engine);
    ClockUtil.reset();
  }

  @AfterEach
  void resetClock() {
    ClockUtil.reset();
  }

  private ProcessInstance start(String municipality, String scope, int year) {
    setClock("2027-01-20T09:00");
    Map<String, Object> variables = new HashMap<>();
    variables.put(MUNICIPALITY_CODE.name(), municipality);
    variables.put(SCOPE_KIND.name(), scope);
    variables.put(YEAR.name(), year);
    ProcessInstance pi = runtime.startProcessInstanceByKey(AnnualReportProcess.KEY, variables);
    assertThat(pi).isWaitingAt(COMPUTE_DRAFT);
    runAsyncJobs(management, pi);
    return pi;
  }

  private Task task(ProcessInstance pi, String activity) {
    return tasks.createTaskQuery().processInstanceId(pi.getId()).taskDefinitionKey(activity).singleResult();
  }

  private void complete(ProcessInstance pi, String activity, Map<String, Object> variables) {
    Task task = task(pi, activity);
    assertThat(task).as(activity).isNotNull();
    tasks.complete(task.getId(), variables);
  }

  @Test
  void aMunicipalityReportWithCommentsIsNotedAndPublished() {
    ProcessInstance pi = start("GM0928", "gemeente", 2016);
    assertThat(pi).isWaitingAt(WRITE_DRAFT).hasBusinessKey("JR-GM0928-2016");
    assertThat(runtime.createProcessInstanceQuery().processInstanceId(pi.getId()).singleResult().getTenantId())
        .isEqualTo("GM0928");
    assertThat(pi).variables().containsEntry(SCOPE_CODE.name(), "GM0928").containsEntry(SCOPE_NAME.name(), "Kerkrade")
        .containsEntry(CASE_NUMBER.name(), "JR-GM0928-2016").containsKey(KEY_FIGURES.name()).containsKey(DRAFT_DOCUMENT.name())
        .containsEntry(COMMENTS_REQUESTED_ON.name(), "2027-01-20");
    assertThat((String) runtime.getVariable(pi.getId(), KEY_FIGURES.name())).startsWith("Calamiteiten: ");
    assertThat(documents.forCase("JR-GM0928-2016")).hasSize(1);
    assertThat(tasks.getIdentityLinksForTask(task(pi, WRITE_DRAFT).getId()))
        .anyMatch(l -> "toezichthouders".equals(l.getGroupId()));

    // the commentary is required
    assertThatThrownBy(() -> complete(pi, WRITE_DRAFT, Map.of())).hasRootCauseInstanceOf(InvalidInputException.class)
        .hasMessageContaining("commentary is verplicht");
    complete(pi, WRITE_DRAFT, Map.of("commentary", "Meer signalen van burgers dan vorig jaar."));
    assertThat(pi).isWaitingAt(GIVE_COMMENTS);
    assertThat(tasks.getIdentityLinksForTask(task(pi, GIVE_COMMENTS).getId()))
        .anyMatch(l -> "contractmanagers".equals(l.getGroupId()));
    assertThat(task(pi, GIVE_COMMENTS).getTenantId()).isEqualTo("GM0928");
    complete(pi, GIVE_COMMENTS, Map.of("contractManagerComments", "Graag de dagbesteding apart tonen."));
    assertThat(pi).isWaitingAt(PROCESS_COMMENTS);
    complete(pi, PROCESS_COMMENTS, Map.of("commentary", "Meer signalen; dagbesteding volgt volgend jaar apart."));
    assertThat(pi).isWaitingAt(GENERATE_FINAL);
    runAsyncJobs(management, pi);
    assertThat(pi).isWaitingAt(TAKE_NOTE).variables().containsKey(REPORT_DOCUMENT.name());
    assertThat(documents.forCase("JR-GM0928-2016")).hasSize(2);

    // the college must take note
    assertThatThrownBy(() -> complete(pi, TAKE_NOTE, Map.of("collegeNoted", false, "annualReportPublic", true)))
        .hasRootCauseInstanceOf(InvalidInputException.class).hasMessageContaining("collegeNoted");
    complete(pi, TAKE_NOTE, Map.of("collegeNoted", true, "annualReportPublic", true));
    assertThat(pi).isWaitingAt(PUBLISH);
    runAsyncJobs(management, pi);
    assertThat(pi).hasPassed(PUBLISHED).isEnded();
    Publication publication = publications.byCase("JR-GM0928-2016").orElseThrow();
    assertThat(publications.published()).anyMatch(p -> p.id().equals(publication.id()));
    // the final report itself is listed: it holds counts and amounts only
    assertThat(publication.documentId()).isEqualTo(engine.getHistoryService().createHistoricVariableInstanceQuery()
        .processInstanceId(pi.getId()).variableName(REPORT_DOCUMENT.name()).singleResult().getValue());
    assertThat(publication.providerName()).isEqualTo("Kerkrade");
  }

  @Test
  void aRegionReportWhoseCommentTermLapsesIsNotedAndNotPublished() {
    ProcessInstance pi = start("GM0917", "inkoopregio", 2016);
    assertThat(pi).hasBusinessKey("JR-parkstad-2016").variables().containsEntry(SCOPE_NAME.name(),
        "Inkoopregio Parkstad");
    complete(pi, WRITE_DRAFT, Map.of("commentary", "Toelichting."));
    assertThat(pi).isWaitingAt(GIVE_COMMENTS);
    setClock("2027-02-20T09:00");
    fireDueTimers(management, pi);
    assertThat(pi).hasPassed(AnnualReportProcess.Elements.COMMENT_TERM_PASSED).isWaitingAt(PROCESS_COMMENTS)
        .variables().containsEntry(CONTRACT_MANAGER_COMMENTS.name(), "Geen commentaar binnen de termijn.");
    complete(pi, PROCESS_COMMENTS, Map.of("commentary", "Toelichting."));
    runAsyncJobs(management, pi);
    complete(pi, TAKE_NOTE, Map.of("collegeNoted", true, "annualReportPublic", false,
        "collegeRemarks", "Voor kennisgeving aangenomen."));
    assertThat(pi).hasPassed(NOT_PUBLISHED).hasNotPassed(PUBLISH).isEnded();
    assertThat(publications.byCase("JR-parkstad-2016")).isEmpty();
  }

  @Test
  void badStartsAreRefusedAndNothingStarts() {
    setClock("2027-01-20T09:00");
    long before = runtime.createProcessInstanceQuery().processDefinitionKey(AnnualReportProcess.KEY).count();
    assertThatThrownBy(() -> runtime.startProcessInstanceByKey(AnnualReportProcess.KEY,
        Map.of("municipalityCode", "GM9999", "reportScope", "gemeente", "reportYear", 2016)))
        .isInstanceOf(InvalidInputException.class).hasMessageContaining("municipalityCode");
    assertThatThrownBy(() -> runtime.startProcessInstanceByKey(AnnualReportProcess.KEY,
        Map.of("municipalityCode", "GM0928", "reportScope", "wereld", "reportYear", 2027)))
        .isInstanceOf(InvalidInputException.class).hasMessageContaining("reportScope")
        .hasMessageContaining("reportYear");
    assertThat(runtime.createProcessInstanceQuery().processDefinitionKey(AnnualReportProcess.KEY).count())
        .isEqualTo(before);
  }

  @Test
  void theYearlyTimerStartsLastYearsReportsOfEveryMunicipalityAndRegionOnce() {
    Job yearly = management.createJobQuery().timers().activityId("StartEvent_Yearly")
        .processDefinitionKey(AnnualReportProcess.CALENDAR_KEY).singleResult();
    assertThat(yearly).isNotNull();
    setClock("2031-01-15T06:00");
    management.executeJob(yearly.getId());
    List<String> expected = List.of("JR-GM0917-2030", "JR-GM0935-2030", "JR-GM0928-2030", "JR-parkstad-2030",
        "JR-maastricht-heuvelland-2030");
    for (String key : expected) {
      assertThat(runtime.createProcessInstanceQuery().processDefinitionKey(AnnualReportProcess.KEY)
          .processInstanceBusinessKey(key).count()).as(key).isEqualTo(1);
    }
    Job next = management.createJobQuery().timers().activityId("StartEvent_Yearly")
        .processDefinitionKey(AnnualReportProcess.CALENDAR_KEY).singleResult();
    management.executeJob(next.getId());
    assertThat(runtime.createProcessInstanceQuery().processDefinitionKey(AnnualReportProcess.KEY)
        .processInstanceBusinessKey("JR-parkstad-2030").count()).isEqualTo(1);
    runtime.createProcessInstanceQuery().processDefinitionKey(AnnualReportProcess.KEY).list().stream()
        .filter(p -> expected.contains(p.getBusinessKey()))
        .forEach(p -> runtime.deleteProcessInstance(p.getId(), "test"));
  }
}

package nl.wmotoezicht.annualplan;

import static nl.wmotoezicht.annualplan.AnnualPlanProcess.Elements.ADJUST;
import static nl.wmotoezicht.annualplan.AnnualPlanProcess.Elements.ADOPT;
import static nl.wmotoezicht.annualplan.AnnualPlanProcess.Elements.GIVE_VIEW;
import static nl.wmotoezicht.annualplan.AnnualPlanProcess.Elements.INSPECTIONS;
import static nl.wmotoezicht.annualplan.AnnualPlanProcess.Elements.MONTH_PASSED;
import static nl.wmotoezicht.annualplan.AnnualPlanProcess.Elements.PLANNED_MONTH;
import static nl.wmotoezicht.annualplan.AnnualPlanProcess.Elements.PROCESS_VIEWS;
import static nl.wmotoezicht.annualplan.AnnualPlanProcess.Elements.PREPARE_PROPOSAL;
import static nl.wmotoezicht.testsupport.ProcessTestSupport.at;
import static nl.wmotoezicht.testsupport.ProcessTestSupport.runAsyncJobs;
import static nl.wmotoezicht.testsupport.ProcessTestSupport.setClock;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import nl.wmotoezicht.documents.CaseDocuments;
import nl.wmotoezicht.kernel.InvalidInputException;
import nl.wmotoezicht.provider.ProviderRegister;
import nl.wmotoezicht.provider.ProviderRegister.Location;
import nl.wmotoezicht.provider.ProviderRegister.Provider;
import nl.wmotoezicht.provider.ProviderRegister.Relation;
import nl.wmotoezicht.risk.ProviderServices;
import nl.wmotoezicht.risk.ProviderServices.ProviderService;
import nl.wmotoezicht.risk.PurchasingRegions;
import nl.wmotoezicht.risk.RiskProperties.PurchasingRegion;
import nl.wmotoezicht.risk.ServiceKind;
import nl.wmotoezicht.testsupport.WmoIntegrationTest;
import org.camunda.bpm.engine.HistoryService;
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
 * The annual plan of a purchasing region through all its paths: proposal by risk within capacity, adjustment with
 * motivation (and refused without), the contract managers' views in their own tenants (given, and lapsed by the
 * term), refusal by the college and a second round, adoption, the plan PDF, the recorded plan, a timer per planned
 * inspection that starts the kwaliteitsonderzoek in its month, and a visit that slipped past its month flagged.
 * Also the yearly timer start for every purchasing region, and a bad start refused.
 */
@WmoIntegrationTest
class AnnualPlanProcessTest {

  @Autowired ProcessEngine engine;
  @Autowired RuntimeService runtime;
  @Autowired TaskService tasks;
  @Autowired ManagementService management;
  @Autowired HistoryService history;
  @Autowired ProviderRegister providers;
  @Autowired ProviderServices services;
  @Autowired AnnualPlanner planner;
  @Autowired AnnualPlanItems planItems;
  @Autowired PurchasingRegions regions;
  @Autowired CaseDocuments documents;

  /** A provider in Heerlen with every risk at once, so it tops any proposal of Parkstad. */
  private String risky;

  @BeforeEach
  void setUp() {
    AbstractAssertions.init(engine);
    ClockUtil.reset();
  }

  private void addRiskyProvider() {
    risky = String.valueOf(ThreadLocalRandom.current().nextInt(70_000_000, 80_000_000));
    providers.save(new Provider(risky, "Hoog Risico Wonen B.V.", "info@hoogrisico.example",
        List.of(new Location("Huize Risico", "Heerlen", "GM0917"))));
    providers.saveRelation(new Relation(risky, "GM0917", ProviderRegister.CONTRACT, 80));
    services.save(new ProviderService(risky, ServiceKind.BESCHERMD_WONEN, 80, LocalDate.of(2026, 6, 1), 4.0));
    providers.recordCaseStarted(risky, "LOD-JP-" + risky, "GM0917", "lastOnderDwangsom", LocalDate.of(2025, 11, 1));
    providers.recordCaseOutcome("LOD-JP-" + risky, LocalDate.of(2026, 3, 1), "maximumBereikt", true);
  }

  @AfterEach
  void resetClock() {
    ClockUtil.reset();
  }

  private ProcessInstance start(String region, int year) {
    setClock("2026-10-01T09:00");
    Map<String, Object> variables = new HashMap<>();
    variables.put("purchasingRegion", region);
    variables.put("planYear", year);
    ProcessInstance pi = runtime.startProcessInstanceByKey(AnnualPlanProcess.KEY, variables);
    assertThat(pi).isWaitingAt(PREPARE_PROPOSAL);
    runAsyncJobs(management, pi);
    return pi;
  }

  private Task task(ProcessInstance pi, String activity) {
    return tasks.createTaskQuery().processInstanceId(pi.getId()).taskDefinitionKey(activity).singleResult();
  }

  private Task calledTask(String processKey, String businessKey, String tenant) {
    return tasks.createTaskQuery().processDefinitionKey(processKey).processInstanceBusinessKey(businessKey)
        .tenantIdIn(tenant).singleResult();
  }

  private void complete(Task task, Map<String, Object> variables) {
    assertThat(task).as("task").isNotNull();
    tasks.complete(task.getId(), variables);
  }

  private List<PlanItem> items(ProcessInstance pi) {
    return planner.read((String) runtime.getVariable(pi.getId(), "planItems"));
  }

  @Test
  void proposalAdjustmentViewsRefusalAdoptionAndScheduledInspections() {
    addRiskyProvider();
    ProcessInstance pi = start("parkstad", 2027);
    assertThat(pi).isWaitingAt(ADJUST);
    String businessKey = history.createHistoricProcessInstanceQuery().processInstanceId(pi.getId()).singleResult()
        .getBusinessKey();
    assertThat(businessKey).isEqualTo("JP-parkstad-2027");
    PurchasingRegion parkstad = regions.require("parkstad");

    List<PlanItem> proposal = items(pi);
    assertThat(proposal).isNotEmpty();
    assertThat(proposal.stream().mapToInt(PlanItem::hours).sum()).isLessThanOrEqualTo(parkstad.capacityHours())
        .isEqualTo(runtime.getVariable(pi.getId(), "plannedHours"));
    assertThat(proposal).allSatisfy(item -> assertThat(parkstad.municipalities()).contains(item.municipalityCode()));
    assertThat(proposal).filteredOn(item -> item.selection().equals(PlanItem.RISK))
        .allSatisfy(item -> assertThat(item.riskClass()).isIn("hoog", "midden"));
    // the highest score first, in January; the risky provider in the plan with its reasons, unless the other
    // tests of the suite left providers of higher scores that fill the risk share
    PlanItem first = proposal.get(0);
    assertThat(first.month()).isEqualTo(1);
    assertThat(first.score()).isEqualTo(proposal.stream().mapToInt(PlanItem::score).max().orElseThrow());
    PlanItem riskyItem = proposal.stream().filter(i -> i.kvkNumber().equals(risky)).findFirst().orElse(null);
    if (riskyItem != null) {
      assertThat(riskyItem.riskClass()).isEqualTo("hoog");
      assertThat(riskyItem.reasons()).contains("Recidive", "beschermd wonen");
    } else {
      assertThat(proposal).filteredOn(i -> i.selection().equals(PlanItem.RISK))
          .allSatisfy(i -> assertThat(i.score()).isGreaterThanOrEqualTo(90));
    }
    // months follow the score: no item of a lower score before a higher one
    for (int i = 1; i < proposal.size(); i++) {
      if (proposal.get(i).month() > proposal.get(i - 1).month()) {
        assertThat(proposal.get(i).score()).isLessThanOrEqualTo(proposal.get(i - 1).score());
      }
    }

    // adjusting without a motivation is refused, nothing changes
    PlanItem removed = proposal.size() > 1 ? proposal.get(proposal.size() - 1) : first;
    Map<String, Object> adjustment = new HashMap<>();
    adjustment.put("removeProviders", removed.kvkNumber() + " " + removed.serviceKind());
    adjustment.put("addProviders", "23456789 beschermdWonen 4");
    Task adjust = task(pi, ADJUST);
    assertThatThrownBy(() -> tasks.complete(adjust.getId(), adjustment)).hasRootCauseInstanceOf(InvalidInputException.class)
        .hasMessageContaining("adjustmentMotivation");
    assertThat(items(pi)).isEqualTo(proposal);
    adjustment.put("addProviders", "2345 beschermdWonen");
    adjustment.put("adjustmentMotivation", "Bezoek na de ingebruikname van de nieuwe locatie.");
    assertThatThrownBy(() -> tasks.complete(adjust.getId(), adjustment)).hasRootCauseInstanceOf(InvalidInputException.class)
        .hasMessageContaining("addProviders");
    boolean parkstadAlreadyIn = proposal.stream().anyMatch(i -> i.key().equals("23456789:beschermdWonen"));
    adjustment.put("addProviders", parkstadAlreadyIn ? "" : "23456789 beschermdWonen 4");
    complete(adjust, adjustment);
    List<PlanItem> adjusted = items(pi);
    assertThat(adjusted).noneMatch(i -> i.key().equals(removed.key()) && !removed.key().equals("23456789:beschermdWonen"));
    assertThat(adjusted).anyMatch(i -> i.key().equals("23456789:beschermdWonen"));
    assertThat((String) runtime.getVariable(pi.getId(), "adjustmentsLog"))
        .contains("verwijderd: " + removed.kvkNumber(), "Bezoek na de ingebruikname");
    assertThat(runtime.getVariable(pi.getId(), "reactionDeadline")).isEqualTo("2026-10-15");

    // each municipality's contract managers, in their own tenant; Kerkrade lets the term pass
    complete(calledTask(AnnualPlanProcess.VIEW_KEY, businessKey, "GM0917"),
        Map.of("contractManagerView", "Graag ook aandacht voor dagbesteding."));
    Task kerkrade = calledTask(AnnualPlanProcess.VIEW_KEY, businessKey, "GM0928");
    assertThat(kerkrade.getTaskDefinitionKey()).isEqualTo(GIVE_VIEW);
    Job term = management.createJobQuery().processInstanceId(kerkrade.getProcessInstanceId()).timers().singleResult();
    assertThat(term.getDuedate()).isEqualTo(at("2026-10-16T00:00"));
    setClock("2026-10-16T08:00");
    management.executeJob(term.getId());
    assertThat(pi).isWaitingAt(PROCESS_VIEWS);
    assertThat((String) runtime.getVariable(pi.getId(), "contractManagerViews"))
        .contains("Heerlen: Graag ook aandacht voor dagbesteding.", "Kerkrade: geen reactie binnen de termijn");
    complete(task(pi, PROCESS_VIEWS), Map.of("adjustAgain", false));

    // the college of the lead municipality (Heerlen) refuses: a motivation is required, then back to adjusting
    Task college = calledTask(AnnualPlanProcess.ADOPTION_KEY, businessKey, "GM0917");
    assertThat(college.getTaskDefinitionKey()).isEqualTo(ADOPT);
    assertThat(tasks.createTaskQuery().processDefinitionKey(AnnualPlanProcess.ADOPTION_KEY)
        .processInstanceBusinessKey(businessKey).count()).isEqualTo(1);
    assertThatThrownBy(() -> tasks.complete(college.getId(), Map.of("adoptionDecision", "nietVastgesteld")))
        .hasRootCauseInstanceOf(InvalidInputException.class).hasMessageContaining("adoptionMotivation");
    complete(college, Map.of("adoptionDecision", "nietVastgesteld", "adoptionMotivation", "Eerst de begroting."));
    assertThat(pi).isWaitingAt(ADJUST);
    assertThat((String) runtime.getVariable(pi.getId(), "adoptions")).contains("niet vastgesteld", "Eerst de begroting.");

    complete(task(pi, ADJUST), Map.of());
    complete(calledTask(AnnualPlanProcess.VIEW_KEY, businessKey, "GM0917"), Map.of("contractManagerView", ""));
    complete(calledTask(AnnualPlanProcess.VIEW_KEY, businessKey, "GM0928"), Map.of("contractManagerView", "Akkoord."));
    complete(task(pi, PROCESS_VIEWS), Map.of("adjustAgain", false));
    complete(calledTask(AnnualPlanProcess.ADOPTION_KEY, businessKey, "GM0917"),
        Map.of("adoptionDecision", "vastgesteld"));
    runAsyncJobs(management, pi);

    // the PDF, the recorded plan and one waiting inspection per item
    String documentId = (String) runtime.getVariable(pi.getId(), "planDocumentId");
    assertThat(documentId).isNotNull();
    assertThat(documents.byId(documentId)).hasValueSatisfying(d -> assertThat(d.title())
        .isEqualTo("Jaarplan toezicht Wmo Inkoopregio Parkstad 2027"));
    List<PlanItem> adopted = items(pi);
    assertThat(planItems.of("parkstad", 2027)).hasSize(adopted.size())
        .allSatisfy(row -> assertThat(row.caseNumber()).startsWith("KWO-"));
    assertThat(pi).isWaitingAt(PLANNED_MONTH);
    List<Job> monthTimers = management.createJobQuery().processInstanceId(pi.getId()).timers()
        .activityId(PLANNED_MONTH).list();
    assertThat(monthTimers).hasSize(adopted.size());
    assertThat(monthTimers).anyMatch(job -> job.getDuedate().equals(at("2027-01-01T00:00")));
    int parkstadMonth = adopted.stream().filter(i -> i.key().equals("23456789:beschermdWonen")).findFirst()
        .orElseThrow().month();
    assertThat(monthTimers).anyMatch(job -> job.getDuedate().equals(at(String.format("2027-%02d-01T00:00",
        parkstadMonth))));

    // January: the first item's inspection starts in its municipality's tenant
    setClock("2027-01-01T00:01");
    Job january = monthTimers.stream().filter(job -> job.getDuedate().equals(at("2027-01-01T00:00"))).findFirst()
        .orElseThrow();
    management.executeJob(january.getId());
    String caseNumber = planItems.of("parkstad", 2027).stream()
        .filter(r -> r.item().kvkNumber().equals(first.kvkNumber()) && r.item().serviceKind().equals(first.serviceKind()))
        .findFirst().orElseThrow().caseNumber();
    ProcessInstance inspection = runtime.createProcessInstanceQuery().processInstanceBusinessKey(caseNumber)
        .singleResult();
    assertThat(inspection).isNotNull();
    assertThat(inspection.getTenantId()).isEqualTo(first.municipalityCode());
    assertThat(runtime.getVariable(inspection.getId(), "providerKvkNumber")).isEqualTo(first.kvkNumber());
    assertThat(runtime.getVariable(inspection.getId(), "planYear")).isEqualTo(2027);
    assertThat(runtime.getVariable(inspection.getId(), "plannedMonth")).isEqualTo(1);

    // February: no visit in January, so the inspection is flagged
    Job passed = management.createJobQuery().processInstanceId(pi.getId()).timers().activityId(MONTH_PASSED)
        .singleResult();
    assertThat(passed.getDuedate()).isEqualTo(at("2027-02-01T00:00"));
    setClock("2027-02-01T00:01");
    management.executeJob(passed.getId());
    assertThat(planItems.of("parkstad", 2027)).filteredOn(r -> caseNumber.equals(r.caseNumber()))
        .singleElement().satisfies(r -> assertThat(r.late()).isTrue());
    assertThat(planItems.of("parkstad", 2027)).filteredOn(r -> !caseNumber.equals(r.caseNumber()))
        .allSatisfy(r -> assertThat(r.late()).isFalse());
    assertThat(pi).isActive();
  }

  @Test
  void eachCollegeAdoptsWhenTheRegionSaysSoAndAnEmptyPlanEndsAtOnce() {
    // Maastricht-Heuvelland: adoption by each college (here one), no random share
    ProcessInstance pi = start("maastricht-heuvelland", 2028);
    String businessKey = "JP-maastricht-heuvelland-2028";
    assertThat(planner.adoptingMunicipalities("maastricht-heuvelland")).containsExactly("GM0935");
    assertThat(planner.adoptingMunicipalities("parkstad")).containsExactly("GM0917");
    List<PlanItem> proposal = items(pi);
    String remove = String.join("\n", proposal.stream().map(i -> i.kvkNumber() + " " + i.serviceKind()).toList());
    complete(task(pi, ADJUST), Map.of("removeProviders", remove, "adjustmentMotivation", "Capaciteit naar Parkstad."));
    assertThat(items(pi)).isEmpty();
    complete(calledTask(AnnualPlanProcess.VIEW_KEY, businessKey, "GM0935"), Map.of("contractManagerView", "Akkoord."));
    complete(task(pi, PROCESS_VIEWS), Map.of("adjustAgain", false));
    complete(calledTask(AnnualPlanProcess.ADOPTION_KEY, businessKey, "GM0935"),
        Map.of("adoptionDecision", "vastgesteld", "adoptionMotivation", "Akkoord."));
    runAsyncJobs(management, pi);
    assertThat(pi).isEnded();
    assertThat(planItems.of("maastricht-heuvelland", 2028)).isEmpty();
  }

  @Test
  void theYearlyTimerStartsNextYearsPlanOfEveryRegionOnce() {
    Job yearly = management.createJobQuery().timers().activityId(AnnualPlanProcess.Elements.START_YEARLY)
        .singleResult();
    assertThat(yearly).isNotNull();
    setClock("2029-10-01T06:00");
    management.executeJob(yearly.getId());
    for (String region : List.of("parkstad", "maastricht-heuvelland")) {
      assertThat(runtime.createProcessInstanceQuery().processDefinitionKey(AnnualPlanProcess.KEY)
          .processInstanceBusinessKey("JP-" + region + "-2030").count()).isEqualTo(1);
    }
    // a second run does not start them again
    Job next = management.createJobQuery().timers().activityId(AnnualPlanProcess.Elements.START_YEARLY)
        .singleResult();
    management.executeJob(next.getId());
    assertThat(runtime.createProcessInstanceQuery().processDefinitionKey(AnnualPlanProcess.KEY)
        .processInstanceBusinessKey("JP-parkstad-2030").count()).isEqualTo(1);
    runtime.createProcessInstanceQuery().processDefinitionKey(AnnualPlanProcess.KEY).list().stream()
        .filter(p -> p.getBusinessKey() != null && p.getBusinessKey().endsWith("-2030"))
        .forEach(p -> runtime.deleteProcessInstance(p.getId(), "test"));
  }

  @Test
  void aStartForAnUnknownRegionOrYearIsRefusedAndNothingStarts() {
    long before = runtime.createProcessInstanceQuery().processDefinitionKey(AnnualPlanProcess.KEY).count();
    assertThatThrownBy(() -> runtime.startProcessInstanceByKey(AnnualPlanProcess.KEY,
        Map.of("purchasingRegion", "nergens", "planYear", 2040)))
        .isInstanceOf(InvalidInputException.class).hasMessageContaining("purchasingRegion").hasMessageContaining("planYear");
    assertThat(runtime.createProcessInstanceQuery().processDefinitionKey(AnnualPlanProcess.KEY).count())
        .isEqualTo(before);
  }
}

package nl.wmotoezicht.annualplan;

import static nl.wmotoezicht.annualplan.AnnualPlanProcess.Variables.ADOPTIONS;
import static nl.wmotoezicht.annualplan.AnnualPlanProcess.Elements.ADD_CANDIDATE;
import static nl.wmotoezicht.annualplan.AnnualPlanProcess.Elements.ADJUST;
import static nl.wmotoezicht.annualplan.AnnualPlanProcess.Elements.ADOPT;
import static nl.wmotoezicht.annualplan.AnnualPlanProcess.Elements.CALL_INSPECTION;
import static nl.wmotoezicht.annualplan.AnnualPlanProcess.Elements.FLAG_LATE;
import static nl.wmotoezicht.annualplan.AnnualPlanProcess.Elements.DETERMINE_RISK_PROFILE;
import static nl.wmotoezicht.annualplan.AnnualPlanProcess.Elements.GIVE_VIEW;
import static nl.wmotoezicht.annualplan.AnnualPlanProcess.Elements.MONTH_PASSED;
import static nl.wmotoezicht.annualplan.AnnualPlanProcess.Elements.PLANNED_MONTH;
import static nl.wmotoezicht.annualplan.AnnualPlanProcess.Elements.PROCESS_VIEWS;
import static nl.wmotoezicht.annualplan.AnnualPlanProcess.Elements.PREPARE_PROPOSAL;
import static nl.wmotoezicht.annualplan.AnnualPlanProcess.Variables.ADD;
import static nl.wmotoezicht.annualplan.AnnualPlanProcess.Variables.ADJUSTMENTS_LOG;
import static nl.wmotoezicht.annualplan.AnnualPlanProcess.Variables.ADJUSTMENT_MOTIVATION;
import static nl.wmotoezicht.annualplan.AnnualPlanProcess.Variables.ADJUST_AGAIN;
import static nl.wmotoezicht.annualplan.AnnualPlanProcess.Variables.ADOPTION;
import static nl.wmotoezicht.annualplan.AnnualPlanProcess.Variables.ADOPTION_MOTIVATION;
import static nl.wmotoezicht.annualplan.AnnualPlanProcess.Variables.ITEMS;
import static nl.wmotoezicht.annualplan.AnnualPlanProcess.Variables.PLANNED_HOURS;
import static nl.wmotoezicht.annualplan.AnnualPlanProcess.Variables.PLAN_DOCUMENT;
import static nl.wmotoezicht.annualplan.AnnualPlanProcess.Variables.REACTION_DEADLINE;
import static nl.wmotoezicht.annualplan.AnnualPlanProcess.Variables.REGION;
import static nl.wmotoezicht.annualplan.AnnualPlanProcess.Variables.REMOVE;
import static nl.wmotoezicht.annualplan.AnnualPlanProcess.Variables.VIEW;
import static nl.wmotoezicht.annualplan.AnnualPlanProcess.Variables.VIEWS;
import static nl.wmotoezicht.annualplan.AnnualPlanProcess.Variables.YEAR;
import static nl.wmotoezicht.testsupport.TypedVariables.read;
import static nl.wmotoezicht.testsupport.TypedVariables.with;
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
import nl.wmotoezicht.inspection.InspectionFixtures;
import nl.wmotoezicht.kernel.InvalidInputException;
import nl.wmotoezicht.kernel.ProviderVariables;
import nl.wmotoezicht.provider.ProviderRegister;
import nl.wmotoezicht.provider.ProviderRegister.Location;
import nl.wmotoezicht.provider.ProviderRegister.Provider;
import nl.wmotoezicht.provider.ProviderRegister.Relation;
import nl.wmotoezicht.risk.ProviderServices;
import nl.wmotoezicht.risk.ProviderServices.ProviderService;
import nl.wmotoezicht.risk.PurchasingRegions;
import nl.wmotoezicht.risk.RiskDecision;
import nl.wmotoezicht.risk.RiskProperties.PurchasingRegion;
import nl.wmotoezicht.risk.ServiceKind;
import nl.wmotoezicht.testsupport.ProcessScenario;
import nl.wmotoezicht.testsupport.TestMailServer;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.history.HistoricDecisionInstance;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The annual plan of a purchasing region through all its paths: proposal by risk within capacity, adjustment with
 * motivation (and refused without), the contract managers' views in their own tenants (given, and lapsed by the
 * term), refusal by the college and a second round, adoption, the plan PDF, the recorded plan, a timer per planned
 * inspection that starts the kwaliteitsonderzoek in its month, and a visit that slipped past its month flagged.
 * Also the yearly timer start for every purchasing region, and a bad start refused.
 */
@ProcessScenario(startsAt = "2026-10-01T09:00")
class AnnualPlanProcessTest {

  /** The end of a planned inspection's branch when its kwaliteitsonderzoek has ended, and of the plan. */
  private static final String INSPECTION_DONE = "EndEvent_InspectionDone";
  private static final String PLAN_COMPLETED = "EndEvent_PlanCompleted";

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

  private void addRiskyProvider() {
    risky = String.valueOf(ThreadLocalRandom.current().nextInt(70_000_000, 80_000_000));
    providers.save(new Provider(risky, "Hoog Risico Wonen B.V.", "info@hoogrisico.example",
        List.of(new Location("Huize Risico", "Heerlen", "GM0917"))));
    providers.saveRelation(new Relation(risky, "GM0917", ProviderRegister.CONTRACT, 80));
    services.save(new ProviderService(risky, ServiceKind.BESCHERMD_WONEN, 80, LocalDate.of(2026, 6, 1), 4.0));
    providers.recordCaseStarted(risky, "LOD-JP-" + risky, "GM0917", "lastOnderDwangsom", LocalDate.of(2025, 11, 1));
    providers.recordCaseOutcome("LOD-JP-" + risky, LocalDate.of(2026, 3, 1), "maximumBereikt", true);
  }

  private ProcessInstance start(String region, int year) {
    setClock("2026-10-01T09:00");
    ProcessInstance pi = runtime.startProcessInstanceByKey(AnnualPlanProcess.KEY,
        with(REGION, region).and(YEAR, year).map());
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
    return planner.read(read(runtime, pi.getId(), ITEMS));
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
    // the risk profiles were decided in the model: one evaluation of risicoprofiel per candidate by the business
    // rule task, linked to this plan (Cockpit shows them with the instance); the candidates' inputs were transient
    // and their outputs stayed in each candidate's scope
    List<HistoricDecisionInstance> decided = history.createHistoricDecisionInstanceQuery()
        .processInstanceId(pi.getId()).decisionDefinitionKey(RiskDecision.PROFILE).includeOutputs().list();
    assertThat(decided).isNotEmpty()
        .allSatisfy(d -> assertThat(d.getActivityId()).isEqualTo(DETERMINE_RISK_PROFILE));
    assertThat(history.createHistoricActivityInstanceQuery().processInstanceId(pi.getId())
        .activityId(ADD_CANDIDATE).count()).isEqualTo(decided.size());
    assertThat(proposal).allSatisfy(item -> assertThat(decided).anySatisfy(d -> assertThat(d.getOutputs())
        .anySatisfy(o -> assertThat(o.getValue()).isEqualTo(item.reasons()))));
    assertThat(history.createHistoricVariableInstanceQuery().processInstanceId(pi.getId())
        .variableName(RiskDecision.Inputs.CALAMITIES.name()).count()).isZero();
    assertThat(runtime.getVariable(pi.getId(), RiskDecision.Outputs.RISK_CLASS.name())).isNull();
    assertThat(history.createHistoricVariableInstanceQuery().processInstanceId(pi.getId())
        .variableName(RiskDecision.Outputs.RISK_CLASS.name()).count()).isEqualTo(decided.size());
    assertThat(proposal.stream().mapToInt(PlanItem::hours).sum()).isLessThanOrEqualTo(parkstad.capacityHours())
        .isEqualTo(read(runtime, pi.getId(), PLANNED_HOURS));
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
    REMOVE.put(adjustment, removed.kvkNumber() + " " + removed.serviceKind());
    ADD.put(adjustment, "23456789 beschermdWonen 4");
    Task adjust = task(pi, ADJUST);
    assertThatThrownBy(() -> tasks.complete(adjust.getId(), adjustment)).hasRootCauseInstanceOf(InvalidInputException.class)
        .hasMessageContaining(ADJUSTMENT_MOTIVATION.name());
    assertThat(items(pi)).isEqualTo(proposal);
    ADD.put(adjustment, "2345 beschermdWonen");
    ADJUSTMENT_MOTIVATION.put(adjustment, "Bezoek na de ingebruikname van de nieuwe locatie.");
    assertThatThrownBy(() -> tasks.complete(adjust.getId(), adjustment)).hasRootCauseInstanceOf(InvalidInputException.class)
        .hasMessageContaining(ADD.name());
    boolean parkstadAlreadyIn = proposal.stream().anyMatch(i -> i.key().equals("23456789:beschermdWonen"));
    ADD.put(adjustment, parkstadAlreadyIn ? "" : "23456789 beschermdWonen 4");
    complete(adjust, adjustment);
    List<PlanItem> adjusted = items(pi);
    assertThat(adjusted).noneMatch(i -> i.key().equals(removed.key()) && !removed.key().equals("23456789:beschermdWonen"));
    assertThat(adjusted).anyMatch(i -> i.key().equals("23456789:beschermdWonen"));
    assertThat(read(runtime, pi.getId(), ADJUSTMENTS_LOG))
        .contains("verwijderd: " + removed.kvkNumber(), "Bezoek na de ingebruikname");
    assertThat(read(runtime, pi.getId(), REACTION_DEADLINE)).isEqualTo("2026-10-15");

    // each municipality's contract managers, in their own tenant; Kerkrade lets the term pass
    complete(calledTask(AnnualPlanProcess.VIEW_KEY, businessKey, "GM0917"),
        with(VIEW, "Graag ook aandacht voor dagbesteding.").map());
    Task kerkrade = calledTask(AnnualPlanProcess.VIEW_KEY, businessKey, "GM0928");
    assertThat(kerkrade.getTaskDefinitionKey()).isEqualTo(GIVE_VIEW);
    Job term = management.createJobQuery().processInstanceId(kerkrade.getProcessInstanceId()).timers().singleResult();
    assertThat(term.getDuedate()).isEqualTo(at("2026-10-16T00:00"));
    setClock("2026-10-16T08:00");
    management.executeJob(term.getId());
    assertThat(pi).isWaitingAt(PROCESS_VIEWS);
    assertThat(read(runtime, pi.getId(), VIEWS))
        .contains("Heerlen: Graag ook aandacht voor dagbesteding.", "Kerkrade: geen reactie binnen de termijn");
    complete(task(pi, PROCESS_VIEWS), with(ADJUST_AGAIN, false).map());

    // the college of the lead municipality (Heerlen) refuses: a motivation is required, then back to adjusting
    Task college = calledTask(AnnualPlanProcess.ADOPTION_KEY, businessKey, "GM0917");
    assertThat(college.getTaskDefinitionKey()).isEqualTo(ADOPT);
    assertThat(tasks.createTaskQuery().processDefinitionKey(AnnualPlanProcess.ADOPTION_KEY)
        .processInstanceBusinessKey(businessKey).count()).isEqualTo(1);
    assertThatThrownBy(() -> tasks.complete(college.getId(), with(ADOPTION, "nietVastgesteld").map()))
        .hasRootCauseInstanceOf(InvalidInputException.class).hasMessageContaining(ADOPTION_MOTIVATION.name());
    complete(college, with(ADOPTION, "nietVastgesteld").and(ADOPTION_MOTIVATION, "Eerst de begroting.").map());
    assertThat(pi).isWaitingAt(ADJUST);
    assertThat((String) runtime.getVariable(pi.getId(), ADOPTIONS.name())).contains("niet vastgesteld", "Eerst de begroting.");

    complete(task(pi, ADJUST), Map.of());
    complete(calledTask(AnnualPlanProcess.VIEW_KEY, businessKey, "GM0917"), with(VIEW, "").map());
    complete(calledTask(AnnualPlanProcess.VIEW_KEY, businessKey, "GM0928"), with(VIEW, "Akkoord.").map());
    complete(task(pi, PROCESS_VIEWS), with(ADJUST_AGAIN, false).map());
    complete(calledTask(AnnualPlanProcess.ADOPTION_KEY, businessKey, "GM0917"),
        with(ADOPTION, "vastgesteld").map());
    runAsyncJobs(management, pi);

    // the PDF, the recorded plan and one waiting inspection per item
    String documentId = read(runtime, pi.getId(), PLAN_DOCUMENT);
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
    assertThat(read(runtime, inspection.getId(), ProviderVariables.PROVIDER_KVK_NUMBER)).isEqualTo(first.kvkNumber());
    assertThat(read(runtime, inspection.getId(), YEAR)).isEqualTo(2027);
    assertThat(read(runtime, inspection.getId(), AnnualPlanProcess.Variables.PLANNED_MONTH)).isEqualTo(1);

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
    complete(task(pi, ADJUST), with(REMOVE, remove).and(ADJUSTMENT_MOTIVATION, "Capaciteit naar Parkstad.").map());
    assertThat(items(pi)).isEmpty();
    complete(calledTask(AnnualPlanProcess.VIEW_KEY, businessKey, "GM0935"), with(VIEW, "Akkoord.").map());
    complete(task(pi, PROCESS_VIEWS), with(ADJUST_AGAIN, false).map());
    complete(calledTask(AnnualPlanProcess.ADOPTION_KEY, businessKey, "GM0935"),
        with(ADOPTION, "vastgesteld").and(ADOPTION_MOTIVATION, "Akkoord.").map());
    runAsyncJobs(management, pi);
    assertThat(pi).isEnded();
    assertThat(planItems.of("maastricht-heuvelland", 2028)).isEmpty();
  }

  @Test
  void aPlannedInspectionDoneInItsMonthEndsItsBranchAndThePlanIsCarriedOut() throws Exception {
    ProcessInstance pi = start("parkstad", 2028);
    String businessKey = "JP-parkstad-2028";
    List<PlanItem> proposal = items(pi);
    assertThat(proposal).isNotEmpty();
    PlanItem kept = proposal.get(0);
    String remove = String.join("\n", proposal.stream().skip(1).map(i -> i.kvkNumber() + " " + i.serviceKind())
        .toList());
    complete(task(pi, ADJUST), remove.isEmpty() ? Map.<String, Object>of()
        : with(REMOVE, remove).and(ADJUSTMENT_MOTIVATION, "Eén bezoek, de rest in het volgende plan.").map());
    assertThat(items(pi)).extracting(PlanItem::key).containsExactly(kept.key());
    complete(calledTask(AnnualPlanProcess.VIEW_KEY, businessKey, "GM0917"), with(VIEW, "Akkoord.").map());
    complete(calledTask(AnnualPlanProcess.VIEW_KEY, businessKey, "GM0928"), with(VIEW, "Akkoord.").map());
    complete(task(pi, PROCESS_VIEWS), with(ADJUST_AGAIN, false).map());
    complete(calledTask(AnnualPlanProcess.ADOPTION_KEY, businessKey, "GM0917"), with(ADOPTION, "vastgesteld").map());
    runAsyncJobs(management, pi);

    // the planned month begins: the kwaliteitsonderzoek starts with the case number the plan recorded
    int month = items(pi).get(0).month();
    String monthStart = String.format("2028-%02d-01", month);
    Job planned = management.createJobQuery().processInstanceId(pi.getId()).timers().activityId(PLANNED_MONTH)
        .singleResult();
    assertThat(planned.getDuedate()).isEqualTo(at(monthStart + "T00:00"));
    setClock(monthStart + "T00:01");
    management.executeJob(planned.getId());
    String caseNumber = planItems.of("parkstad", 2028).get(0).caseNumber();
    ProcessInstance inspection = runtime.createProcessInstanceQuery().processInstanceBusinessKey(caseNumber)
        .singleResult();
    assertThat(pi).isWaitingAt(CALL_INSPECTION);

    // the inspector visits on the 5th, finds no shortcomings, reports and advises no action
    String visitDate = String.format("2028-%02d-05", month);
    InspectionFixtures inspector = new InspectionFixtures(runtime, management);
    ProcessInstance report = inspector.visitWithoutShortcomings(inspection, "Hoofdlocatie", visitDate);
    inspector.sendConceptReport(inspection, report, "De aanbieder voldoet.");
    inspector.letZienswijzeTermPass(report);
    assertThat(ClockUtil.getCurrentTime()).isBefore(at(LocalDate.of(2028, month, 1).plusMonths(1) + "T00:00"));
    inspector.sendFinalReport(inspection, report, "De aanbieder voldoet.");
    inspector.advise(inspection, "geenActie", "Voldoet.");
    assertThat(inspection).isEnded();

    // the inspection's branch ended as done within its month (its month-passed timer went with it): plan carried out
    assertThat(pi).hasPassed(CALL_INSPECTION, INSPECTION_DONE, PLAN_COMPLETED).hasNotPassed(FLAG_LATE).isEnded();
    assertThat(management.createJobQuery().processInstanceId(pi.getId()).count()).isZero();
    assertThat(planItems.of("parkstad", 2028)).singleElement().satisfies(row -> {
      assertThat(row.caseNumber()).isEqualTo(caseNumber);
      assertThat(row.late()).isFalse();
    });
    assertThat(TestMailServer.templatesFor(caseNumber)).containsExactlyInAnyOrder("signaal-concept-rapport",
        "signaal-definitief-rapport", "signaal-advies");
  }

  @Test
  void theYearlyTimerStartsNextYearsPlanOfEveryRegionOnce() {
    Job yearly = management.createJobQuery().timers().processDefinitionKey(AnnualPlanProcess.CALENDAR_KEY)
        .activityId(AnnualPlanProcess.Elements.START_YEARLY)
        .singleResult();
    assertThat(yearly).isNotNull();
    setClock("2029-10-01T06:00");
    management.executeJob(yearly.getId());
    for (String region : List.of("parkstad", "maastricht-heuvelland")) {
      assertThat(runtime.createProcessInstanceQuery().processDefinitionKey(AnnualPlanProcess.KEY)
          .processInstanceBusinessKey("JP-" + region + "-2030").count()).isEqualTo(1);
    }
    // a second run does not start them again
    Job next = management.createJobQuery().timers().processDefinitionKey(AnnualPlanProcess.CALENDAR_KEY)
        .activityId(AnnualPlanProcess.Elements.START_YEARLY)
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
        with(REGION, "nergens").and(YEAR, 2040).map()))
        .isInstanceOf(InvalidInputException.class).hasMessageContaining(REGION.name()).hasMessageContaining(YEAR.name());
    assertThat(runtime.createProcessInstanceQuery().processDefinitionKey(AnnualPlanProcess.KEY).count())
        .isEqualTo(before);
  }
}

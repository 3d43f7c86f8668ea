package nl.wmotoezicht.annualplan;

import static nl.wmotoezicht.annualplan.AnnualPlanProcess.Variables.ADJUSTMENTS_LOG;
import static nl.wmotoezicht.annualplan.AnnualPlanProcess.Variables.ADOPTION;
import static nl.wmotoezicht.annualplan.AnnualPlanProcess.Variables.ADOPTION_MOTIVATION;
import static nl.wmotoezicht.annualplan.AnnualPlanProcess.Variables.ADOPTIONS;
import static nl.wmotoezicht.annualplan.AnnualPlanProcess.Variables.ADOPTING_MUNICIPALITY;
import static nl.wmotoezicht.annualplan.AnnualPlanProcess.Variables.CANDIDATES;
import static nl.wmotoezicht.annualplan.AnnualPlanProcess.Variables.CAPACITY_HOURS;
import static nl.wmotoezicht.annualplan.AnnualPlanProcess.Variables.INSPECTION_CASE;
import static nl.wmotoezicht.annualplan.AnnualPlanProcess.Variables.ITEM_KEY;
import static nl.wmotoezicht.annualplan.AnnualPlanProcess.Variables.LATE;
import static nl.wmotoezicht.annualplan.AnnualPlanProcess.Variables.MONTH_END;
import static nl.wmotoezicht.annualplan.AnnualPlanProcess.Variables.MONTH_START;
import static nl.wmotoezicht.annualplan.AnnualPlanProcess.Variables.PLANNED_MONTH;
import static nl.wmotoezicht.annualplan.AnnualPlanProcess.Variables.PLAN_DOCUMENT;
import static nl.wmotoezicht.annualplan.AnnualPlanProcess.Variables.REGION;
import static nl.wmotoezicht.annualplan.AnnualPlanProcess.Variables.REGION_NAME;
import static nl.wmotoezicht.annualplan.AnnualPlanProcess.Variables.REJECTED;
import static nl.wmotoezicht.annualplan.AnnualPlanProcess.Variables.RISK_CANDIDATE;
import static nl.wmotoezicht.annualplan.AnnualPlanProcess.Variables.SERVICE_KIND;
import static nl.wmotoezicht.annualplan.AnnualPlanProcess.Variables.VIEW;
import static nl.wmotoezicht.annualplan.AnnualPlanProcess.Variables.VIEWS;
import static nl.wmotoezicht.annualplan.AnnualPlanProcess.Variables.VIEW_MUNICIPALITY;
import static nl.wmotoezicht.annualplan.AnnualPlanProcess.Variables.YEAR;

import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import nl.wmotoezicht.cases.CaseNumbers;
import nl.wmotoezicht.documents.DocumentService;
import nl.wmotoezicht.identity.Region;
import nl.wmotoezicht.kernel.CaseVariables;
import nl.wmotoezicht.kernel.ProcessVariable;
import nl.wmotoezicht.risk.PurchasingRegions;
import nl.wmotoezicht.risk.RiskDecision.Outputs;
import nl.wmotoezicht.risk.RiskInputCollector;
import nl.wmotoezicht.risk.RiskInputs;
import nl.wmotoezicht.risk.RiskProperties.PurchasingRegion;
import nl.wmotoezicht.risk.ServiceKind;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.history.HistoricVariableInstance;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.variable.Variables;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The small steps of {@code jaarplan}, each a Spring bean referenced by {@code ${name}} from the model. They share
 * this file because each is a few lines; see docs/processen/jaarplan.md for the process.
 */
@Configuration
class PlanDelegates {

  static final ZoneId ZONE = ZoneId.of("Europe/Amsterdam");
  private static final Logger LOG = LoggerFactory.getLogger(PlanDelegates.class);

  static LocalDate today() {
    return LocalDate.ofInstant(ClockUtil.getCurrentTime().toInstant(), ZONE);
  }

  /** Timer start: starts the next year's plan of every purchasing region that has none yet. */
  @Bean("startRegionPlans")
  JavaDelegate startRegionPlans(PurchasingRegions regions, RuntimeService runtime, HistoryService history) {
    return execution -> {
      int year = today().getYear() + 1;
      for (PurchasingRegion region : regions.all()) {
        String businessKey = businessKey(region.code(), year);
        if (history.createHistoricProcessInstanceQuery().processDefinitionKey(AnnualPlanProcess.KEY)
            .processInstanceBusinessKey(businessKey).count() == 0) {
          Map<String, Object> variables = new LinkedHashMap<>();
          variables.put(REGION.name(), region.code());
          variables.put(YEAR.name(), year);
          runtime.startProcessInstanceByKey(AnnualPlanProcess.KEY, businessKey, variables);
          LOG.info("Jaarplan {} gestart", businessKey);
        }
      }
    };
  }

  static String businessKey(String region, int year) {
    return AnnualPlanProcess.CASE_PREFIX + "-" + region + "-" + year;
  }

  /** Before the proposal: the case's number, lead municipality and capacity. */
  @Bean("prepareAnnualPlan")
  JavaDelegate prepareAnnualPlan(PurchasingRegions regions, Region region) {
    return execution -> {
      PurchasingRegion purchasingRegion = regions.require(REGION.get(execution));
      CaseVariables.CASE_NUMBER.set(execution, execution.getProcessBusinessKey());
      CaseVariables.MUNICIPALITY_CODE.set(execution, purchasingRegion.leadMunicipality());
      CaseVariables.MUNICIPALITY_NAME.set(execution, region.municipalityName(purchasingRegion.leadMunicipality()));
      REGION_NAME.set(execution, purchasingRegion.name());
      CAPACITY_HOURS.set(execution, purchasingRegion.capacityHours());
      ADJUSTMENTS_LOG.set(execution, "");
    };
  }

  /**
   * One provider and service kind: the inputs of decisions/risicoprofiel.dmn as variables of the candidate's scope
   * under the names of the table's columns, transient (the decision history keeps them). The outputs are declared
   * here too, so the business rule task's output parameters stay with this candidate.
   */
  @Bean("collectRiskInputs")
  JavaDelegate collectRiskInputs(RiskInputCollector collector) {
    return execution -> {
      String[] key = AnnualPlanner.candidateKey(RISK_CANDIDATE.get(execution));
      RiskInputs inputs = collector.collect(key[0], today()).stream()
          .filter(i -> i.serviceKind().equals(key[1])).findFirst()
          .orElseThrow(() -> new IllegalStateException("Geen dienst " + key[1] + " van aanbieder " + key[0]));
      inputs.toVariables().forEach((name, value) ->
          execution.setVariableLocal(name, Variables.untypedValue(value, true)));
      for (ProcessVariable<?> output : List.of(Outputs.RISK_CLASS, Outputs.RISK_SCORE, Outputs.RISK_REASONS)) {
        execution.setVariableLocal(output.name(), null);
      }
    };
  }

  /** After the business rule task: the provider and service kind with its profile as a candidate of the plan. */
  @Bean("addPlanCandidate")
  JavaDelegate addPlanCandidate(PurchasingRegions regions, AnnualPlanner planner) {
    return execution -> {
      PlanItem candidate = planner.candidate(RISK_CANDIDATE.get(execution), regions.require(REGION.get(execution)),
          Outputs.RISK_CLASS.get(execution), Outputs.RISK_SCORE.get(execution),
          Outputs.RISK_REASONS.find(execution).orElse(""));
      candidates(execution).add(candidate);
    };
  }

  /** The transient list of candidates on the process instance, created empty on first use. */
  @SuppressWarnings("unchecked")
  static List<PlanItem> candidates(DelegateExecution execution) {
    DelegateExecution instance = execution.getProcessInstance();
    Object list = instance.getVariableLocal(CANDIDATES);
    if (list == null) {
      list = new ArrayList<PlanItem>();
      instance.setVariableLocal(CANDIDATES, Variables.objectValue(list, true).create());
    }
    return (List<PlanItem>) list;
  }

  /** Proposes the plan from the candidates: ranked by risk within the capacity, with follow-up and random visits. */
  @Bean("proposeAnnualPlan")
  JavaDelegate proposeAnnualPlan(PurchasingRegions regions, AnnualPlanner planner) {
    return execution -> planner.store(execution, planner.select(regions.require(REGION.get(execution)),
        YEAR.get(execution), today(), candidates(execution)));
  }

  /** End of one contract manager's view (a called jaarplanReactie): adds it to the plan's views. */
  @Bean("recordPlanView")
  ExecutionListener recordPlanView(Region region) {
    return execution -> {
      String municipality = VIEW_MUNICIPALITY.get(execution);
      String view = execution.hasVariableLocal(VIEW.name()) ? (String) execution.getVariableLocal(VIEW.name()) : null;
      String line = region.municipalityName(municipality) + ": "
          + (view == null || view.isBlank() ? "geen reactie binnen de termijn" : view.strip());
      String before = VIEWS.find(execution.getProcessInstance()).orElse("");
      VIEWS.set(execution.getProcessInstance(), before.isEmpty() ? line : before + "\n" + line);
    };
  }

  /** End of one college's decision (a called jaarplanBesluit): adds it to the adoptions; a refusal sends it back. */
  @Bean("recordPlanAdoption")
  ExecutionListener recordPlanAdoption(Region region) {
    return execution -> {
      String municipality = ADOPTING_MUNICIPALITY.get(execution);
      String decision = (String) execution.getVariableLocal(ADOPTION.name());
      String motivation = (String) execution.getVariableLocal(ADOPTION_MOTIVATION.name());
      boolean adopted = "vastgesteld".equals(decision);
      String line = "College van " + region.municipalityName(municipality) + ": "
          + (adopted ? "vastgesteld" : "niet vastgesteld") + (motivation == null || motivation.isBlank() ? ""
          : " — " + motivation.strip());
      String before = ADOPTIONS.find(execution.getProcessInstance()).orElse("");
      ADOPTIONS.set(execution.getProcessInstance(), before.isEmpty() ? line : before + "\n" + line);
      if (!adopted) {
        REJECTED.set(execution.getProcessInstance(), true);
      }
    };
  }

  /** The adopted plan as a PDF with the case's documents. */
  @Bean("generatePlanDocument")
  JavaDelegate generatePlanDocument(DocumentService documents, AnnualPlanner planner) {
    return execution -> {
      List<Map<String, Object>> rows = new ArrayList<>();
      for (PlanItem item : planner.items(execution)) {
        Map<String, Object> row = new LinkedHashMap<>();
        row.put("month", item.month());
        row.put("provider", item.providerName() + " (" + item.kvkNumber() + ")");
        row.put("serviceKind", ServiceKind.label(item.serviceKind()));
        row.put("selection", item.selection());
        row.put("risk", item.riskClass() + " (" + item.score() + ")");
        row.put("hours", item.hours());
        row.put("reasons", item.motivation() == null ? item.reasons() : item.motivation());
        rows.add(row);
      }
      // transient: only for the template, never stored
      execution.setVariableLocal("planRows", Variables.objectValue(rows, true).create());
      String title = "Jaarplan toezicht Wmo " + REGION_NAME.get(execution) + " " + YEAR.get(execution);
      PLAN_DOCUMENT.set(execution, documents.generate(execution, "jaarplan", title).id());
    };
  }

  /** Records the adopted plan's items for its realisation. */
  @Bean("recordAdoptedPlan")
  JavaDelegate recordAdoptedPlan(AnnualPlanItems items, AnnualPlanner planner) {
    return execution -> items.adopt(REGION.get(execution), YEAR.get(execution), planner.items(execution));
  }

  /** Before one plan item's inspection: its month, provider and case number, local to the item. */
  @Bean("preparePlannedInspection")
  JavaDelegate preparePlannedInspection(AnnualPlanner planner, CaseNumbers caseNumbers, AnnualPlanItems items) {
    return execution -> {
      String key = ITEM_KEY.get(execution);
      PlanItem item = planner.items(execution).stream().filter(i -> i.key().equals(key)).findFirst()
          .orElseThrow(() -> new IllegalStateException("Plan item " + key + " ontbreekt"));
      YearMonth month = YearMonth.of(YEAR.get(execution), item.month());
      execution.setVariableLocal(MONTH_START.name(), month.atDay(1).atStartOfDay(ZONE).toOffsetDateTime().toString());
      execution.setVariableLocal(MONTH_END.name(),
          month.plusMonths(1).atDay(1).atStartOfDay(ZONE).toOffsetDateTime().toString());
      execution.setVariableLocal(PLANNED_MONTH.name(), item.month());
      execution.setVariableLocal(SERVICE_KIND.name(), item.serviceKind());
      execution.setVariableLocal("providerKvkNumber", item.kvkNumber());
      execution.setVariableLocal("providerName", item.providerName());
      execution.setVariableLocal("providerEmail", item.providerEmail());
      execution.setVariableLocal("inspectionMunicipality", item.municipalityCode());
      String caseNumber = caseNumbers.next("KWO");
      execution.setVariableLocal(INSPECTION_CASE.name(), caseNumber);
      execution.setVariableLocal(LATE.name(), false);
      items.started(REGION.get(execution), YEAR.get(execution), key, caseNumber);
    };
  }

  /**
   * The end of the planned month passed while the inspection runs: flags it when no visit was recorded in or
   * before that month (the inspection's {@code visitDate}).
   */
  @Bean("flagLateVisit")
  JavaDelegate flagLateVisit(HistoryService history, AnnualPlanItems items) {
    return execution -> {
      String caseNumber = INSPECTION_CASE.get(execution);
      LocalDate monthEnd = java.time.OffsetDateTime.parse(MONTH_END.get(execution)).toLocalDate().minusDays(1);
      String[] inspections = history.createHistoricProcessInstanceQuery().processInstanceBusinessKey(caseNumber)
          .list().stream().map(p -> p.getId()).toArray(String[]::new);
      HistoricVariableInstance visit = inspections.length == 0 ? null : history.createHistoricVariableInstanceQuery()
          .processInstanceIdIn(inspections).variableName("visitDate").list().stream().findFirst().orElse(null);
      boolean visitedInTime = visit != null && visit.getValue() instanceof String date
          && !LocalDate.parse(date).isAfter(monthEnd);
      if (!visitedInTime) {
        execution.setVariableLocal(LATE.name(), true);
        items.late(caseNumber);
      }
    };
  }
}

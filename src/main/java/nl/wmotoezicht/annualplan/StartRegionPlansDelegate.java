package nl.wmotoezicht.annualplan;

import static nl.wmotoezicht.annualplan.AnnualPlanProcess.Variables.REGION;
import static nl.wmotoezicht.annualplan.AnnualPlanProcess.Variables.YEAR;
import static nl.wmotoezicht.annualplan.PlanDelegates.businessKey;
import static nl.wmotoezicht.annualplan.PlanDelegates.today;

import java.util.LinkedHashMap;
import java.util.Map;
import nl.wmotoezicht.risk.PurchasingRegions;
import nl.wmotoezicht.risk.RiskProperties.PurchasingRegion;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/** Timer start: starts the next year's plan of every purchasing region that has none yet. */
@Component("startRegionPlans")
class StartRegionPlansDelegate implements JavaDelegate {

  private static final Logger LOG = LoggerFactory.getLogger(StartRegionPlansDelegate.class);
  private final PurchasingRegions regions;
  private final RuntimeService runtime;
  private final HistoryService history;

  StartRegionPlansDelegate(PurchasingRegions regions, RuntimeService runtime, HistoryService history) {
    this.regions = regions;
    this.runtime = runtime;
    this.history = history;
  }

  @Override
  public void execute(DelegateExecution execution) {
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
  }
}

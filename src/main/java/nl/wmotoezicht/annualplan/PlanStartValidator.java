package nl.wmotoezicht.annualplan;

import static nl.wmotoezicht.annualplan.AnnualPlanProcess.Variables.REGION;
import static nl.wmotoezicht.annualplan.AnnualPlanProcess.Variables.YEAR;

import java.util.ArrayList;
import java.util.List;
import nl.wmotoezicht.kernel.FieldError;
import nl.wmotoezicht.kernel.InvalidInputException;
import nl.wmotoezicht.risk.PurchasingRegions;
import nl.wmotoezicht.risk.RiskProperties.PurchasingRegion;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.springframework.stereotype.Component;

/** Start by hand: a configured purchasing region and a year from this year to two years ahead. */
@Component("planStartValidator")
class PlanStartValidator implements ExecutionListener {

  private final PurchasingRegions regions;

  PlanStartValidator(PurchasingRegions regions) {
    this.regions = regions;
  }

  @Override
  public void notify(DelegateExecution execution) {
    List<FieldError> errors = new ArrayList<>();
    Object region = execution.getVariable(REGION.name());
    if (!(region instanceof String code) || regions.find(code).isEmpty()) {
      errors.add(new FieldError(REGION.name(), "moet een inkoopregio zijn: " + regions.all().stream()
          .map(PurchasingRegion::code).toList()));
    }
    Object year = execution.getVariable(YEAR.name());
    int thisYear = PlanDelegates.today().getYear();
    if (year instanceof Long l && l >= Integer.MIN_VALUE && l <= Integer.MAX_VALUE) {
      year = l.intValue();
      YEAR.set(execution, (Integer) year);
    }
    if (!(year instanceof Integer y) || y < thisYear || y > thisYear + 2) {
      errors.add(new FieldError(YEAR.name(), "moet een jaar van " + thisYear + " tot en met " + (thisYear + 2)
          + " zijn"));
    }
    if (!errors.isEmpty()) {
      throw new InvalidInputException(errors);
    }
    if (execution.getProcessBusinessKey() == null) {
      execution.setProcessBusinessKey(PlanDelegates.businessKey((String) region, (Integer) year));
    }
  }
}

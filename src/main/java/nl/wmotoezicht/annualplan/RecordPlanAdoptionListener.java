package nl.wmotoezicht.annualplan;

import static nl.wmotoezicht.annualplan.AnnualPlanProcess.Variables.ADOPTING_MUNICIPALITY;
import static nl.wmotoezicht.annualplan.AnnualPlanProcess.Variables.ADOPTION;
import static nl.wmotoezicht.annualplan.AnnualPlanProcess.Variables.ADOPTIONS;
import static nl.wmotoezicht.annualplan.AnnualPlanProcess.Variables.ADOPTION_MOTIVATION;
import static nl.wmotoezicht.annualplan.AnnualPlanProcess.Variables.REJECTED;

import nl.wmotoezicht.identity.Region;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.springframework.stereotype.Component;

/** End of one college's decision (a called jaarplanBesluit): adds it to the adoptions; a refusal sends it back. */
@Component("recordPlanAdoption")
class RecordPlanAdoptionListener implements ExecutionListener {

  private final Region region;

  RecordPlanAdoptionListener(Region region) {
    this.region = region;
  }

  @Override
  public void notify(DelegateExecution execution) {
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
  }
}

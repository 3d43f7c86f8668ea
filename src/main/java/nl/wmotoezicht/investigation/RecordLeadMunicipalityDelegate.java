package nl.wmotoezicht.investigation;

import static nl.wmotoezicht.investigation.InvestigationProcess.Variables.*;

import nl.wmotoezicht.identity.Region;
import nl.wmotoezicht.kernel.CaseVariables;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * {@code Task_RecordLeadMunicipality}: the answer of the decision {@code initiatiefGemeente}
 * ({@code Task_DecideLeadMunicipality}) as the municipality that leads the case, with its name. When the table cannot
 * tell, or names a municipality outside the region, the municipality of the signal leads until it can.
 */
@Component("recordLeadMunicipality")
class RecordLeadMunicipalityDelegate implements JavaDelegate {

  private final Region region;

  RecordLeadMunicipalityDelegate(Region region) {
    this.region = region;
  }

  @Override
  public void execute(DelegateExecution execution) {
    String municipality = CaseVariables.MUNICIPALITY_CODE.get(execution);
    String advised = LEAD_MUNICIPALITY.find(execution).orElse(null);
    String reason = LEAD_REASON.find(execution).orElse("");
    String code = advised == null || !region.isMunicipality(advised) ? municipality : advised;
    LEAD_MUNICIPALITY.set(execution, code);
    LEAD_MUNICIPALITY_NAME.set(execution, region.municipalityName(code));
    LEAD_REASON.set(execution, advised == null ? reason + " Tot dan leidt de gemeente van het signaal." : reason);
  }
}

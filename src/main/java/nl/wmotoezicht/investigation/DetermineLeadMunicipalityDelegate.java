package nl.wmotoezicht.investigation;

import static nl.wmotoezicht.investigation.InvestigationProcess.Variables.*;

import nl.wmotoezicht.enforcement.LeadMunicipality;
import nl.wmotoezicht.identity.Region;
import nl.wmotoezicht.process.CaseVariables;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * {@code Task_DetermineLeadMunicipality}: the municipality that leads any enforcement, by the decision
 * {@code initiatiefGemeente} ({@link LeadMunicipality}); the case's own municipality until the table can tell. The
 * triage itself is the business rule task {@code Task_EvaluateTriage} before it.
 */
@Component("determineLeadMunicipality")
class DetermineLeadMunicipalityDelegate implements JavaDelegate {

  private final LeadMunicipality leadMunicipality;
  private final Region region;

  DetermineLeadMunicipalityDelegate(LeadMunicipality leadMunicipality, Region region) {
    this.leadMunicipality = leadMunicipality;
    this.region = region;
  }

  @Override
  public void execute(DelegateExecution execution) {
    String municipality = CaseVariables.MUNICIPALITY_CODE.get(execution);
    LeadMunicipality.Lead lead = leadMunicipality.determine(ORIGIN_PROCESS.find(execution).orElse(InvestigationProcess.KEY),
        PROVIDER_KVK_NUMBER.get(execution), municipality, execution.getTenantId());
    String code = lead.code() == null || !region.isMunicipality(lead.code()) ? municipality : lead.code();
    LEAD_MUNICIPALITY.set(execution, code);
    LEAD_MUNICIPALITY_NAME.set(execution, region.municipalityName(code));
    LEAD_REASON.set(execution, lead.code() == null
        ? lead.reason() + " Tot dan leidt de gemeente van het signaal." : lead.reason());
  }
}

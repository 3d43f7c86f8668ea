package nl.wmotoezicht.enforcement;

import static nl.wmotoezicht.enforcement.InterventionPyramid.Variables.*;

import nl.wmotoezicht.cases.RegisterCaseDelegate;
import nl.wmotoezicht.process.CaseVariables;
import nl.wmotoezicht.provider.ProviderRegister;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * {@code Task_LookUpProvider}: what the provider register knows, never typed in: recidive, the relation with the
 * case's municipality, whether other municipalities contract the provider too, and the municipality that takes the
 * initiative ({@link LeadMunicipality}). The decision tables after this step read these variables by name.
 */
@Component("lookUpProvider")
class LookUpProviderDelegate implements JavaDelegate {

  private final ProviderRegister providers;
  private final LeadMunicipality leadMunicipality;

  LookUpProviderDelegate(ProviderRegister providers, LeadMunicipality leadMunicipality) {
    this.providers = providers;
    this.leadMunicipality = leadMunicipality;
  }

  @Override
  public void execute(DelegateExecution execution) {
    String kvk = RegisterCaseDelegate.PROVIDER_KVK_NUMBER.get(execution);
    String municipality = CaseVariables.MUNICIPALITY_CODE.get(execution);
    LeadMunicipality.Lead lead = leadMunicipality.determine(ORIGIN_PROCESS.find(execution).orElse(null), kvk,
        municipality, execution.getTenantId());
    RECIDIVE.set(execution, providers.hasEarlierViolation(kvk, CaseVariables.CASE_NUMBER.get(execution)));
    RELATION.set(execution, lead.relation());
    MULTIPLE_MUNICIPALITIES.set(execution, providers.relations(kvk).size() > 1);
    LEAD_MUNICIPALITY.set(execution, lead.code());
    LEAD_REASON.set(execution, lead.reason());
  }
}

package nl.wmotoezicht.inspection;

import static nl.wmotoezicht.inspection.InspectionProcess.Variables.EXTRA_REASON;
import static nl.wmotoezicht.inspection.InspectionProcess.Variables.PLAN_YEAR;
import static nl.wmotoezicht.inspection.InspectionProcess.Variables.REGION;
import static nl.wmotoezicht.inspection.InspectionProcess.Variables.SERVICE_KIND;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import nl.wmotoezicht.cases.CaseNumbers;
import nl.wmotoezicht.cases.CaseRegistry;
import nl.wmotoezicht.identity.Region;
import nl.wmotoezicht.investigation.InvestigationProcess;
import nl.wmotoezicht.kernel.CaseVariables;
import nl.wmotoezicht.kernel.FieldChecks;
import nl.wmotoezicht.kernel.FieldError;
import nl.wmotoezicht.kernel.InvalidInputException;
import nl.wmotoezicht.kernel.ProviderVariables;
import nl.wmotoezicht.provider.ProviderRegister.Provider;
import nl.wmotoezicht.provider.ProviderRegister;
import nl.wmotoezicht.risk.PurchasingRegions;
import nl.wmotoezicht.risk.ServiceKind;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.springframework.stereotype.Component;

/**
 * Start of {@code kwaliteitsonderzoek}: by the annual plan (case number, provider and plan given) or by hand for an
 * extra visit (provider from the register, service kind, municipality of a purchasing region, and why). Bad input is
 * refused with every bad field named, and nothing starts.
 */
@Component("inspectionStartValidator")
class InspectionStartValidator implements ExecutionListener {

  private final ProviderRegister providers;
  private final PurchasingRegions regions;
  private final Region region;
  private final CaseNumbers caseNumbers;
  private final CaseRegistry registry;

  InspectionStartValidator(ProviderRegister providers, PurchasingRegions regions, Region region,
      CaseNumbers caseNumbers, CaseRegistry registry) {
    this.providers = providers;
    this.regions = regions;
    this.region = region;
    this.caseNumbers = caseNumbers;
    this.registry = registry;
  }

  @Override
  public void notify(DelegateExecution execution) {
    FieldChecks checks = new FieldChecks(execution.getVariables());
    boolean planned = PLAN_YEAR.find(execution).isPresent();
    Optional<String> kvk = checks.text(ProviderVariables.PROVIDER_KVK_NUMBER, true, 8);
    Optional<String> kind = checks.oneOf(SERVICE_KIND, true, Set.copyOf(ServiceKind.ALL),
        "moet een van " + ServiceKind.ALL + " zijn");
    Optional<String> municipality = checks.text(CaseVariables.MUNICIPALITY_CODE, true, 6);
    if (!planned) {
      checks.text(EXTRA_REASON, true, 5_000);
    }
    checks.throwIfAny();
    List<FieldError> errors = new ArrayList<>();
    Optional<Provider> provider = providers.find(kvk.get());
    if (provider.isEmpty()) {
      errors.add(new FieldError(ProviderVariables.PROVIDER_KVK_NUMBER.name(),
          "staat niet in het aanbiedersregister"));
    }
    if (!region.isMunicipality(municipality.get()) || regions.of(municipality.get()).isEmpty()) {
      errors.add(new FieldError(CaseVariables.MUNICIPALITY_CODE.name(),
          "moet een gemeente van een inkoopregio zijn"));
    }
    if (!errors.isEmpty()) {
      throw new InvalidInputException(errors);
    }
    ProviderVariables.PROVIDER_NAME.set(execution, provider.get().name());
    ProviderVariables.PROVIDER_EMAIL.set(execution, provider.get().email());
    CaseVariables.MUNICIPALITY_NAME.set(execution, region.municipalityName(municipality.get()));
    REGION.set(execution, regions.of(municipality.get()).get().code());
    // every case number is in the case register, bound to its municipality and its own instances
    // (docs/security/tenancy.md): an extra visit draws one; a planned visit binds the number its plan item drew
    Optional<String> plannedNumber = CaseVariables.CASE_NUMBER.find(execution);
    if (plannedNumber.isEmpty()) {
      CaseVariables.CASE_NUMBER.set(execution,
          caseNumbers.issue(InspectionProcess.CASE_PREFIX, municipality.get(), execution));
    } else if (registry.find(plannedNumber.get()).isEmpty()) {
      registry.register(plannedNumber.get(), municipality.get(), execution);
    } else {
      registry.bindInstance(plannedNumber.get(), municipality.get(), execution.getProcessInstanceId(),
          InspectionProcess.KEY);
    }
    if (execution.getProcessBusinessKey() == null) {
      execution.setProcessBusinessKey(CaseVariables.CASE_NUMBER.get(execution));
    }
    // the investigation's report steps name the lead municipality
    InvestigationProcess.Variables.LEAD_MUNICIPALITY.set(execution, municipality.get());
    InvestigationProcess.Variables.LEAD_MUNICIPALITY_NAME.set(execution, region.municipalityName(municipality.get()));
    InvestigationProcess.Variables.LEAD_REASON.set(execution, "het kwaliteitsonderzoek is van uw gemeente");
    // the report and the letters say it is a planned inspection, not a signal
    InvestigationProcess.Variables.SIGNAL_SOURCE.set(execution, InspectionProcess.SOURCE);
  }
}

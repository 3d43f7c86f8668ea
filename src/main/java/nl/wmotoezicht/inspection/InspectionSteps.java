package nl.wmotoezicht.inspection;

import static nl.wmotoezicht.inspection.InspectionProcess.Variables.ANNOUNCED;
import static nl.wmotoezicht.inspection.InspectionProcess.Variables.EXTRA_REASON;
import static nl.wmotoezicht.inspection.InspectionProcess.Variables.PLANNED_MONTH;
import static nl.wmotoezicht.inspection.InspectionProcess.Variables.PLANNED_VISIT_DATE;
import static nl.wmotoezicht.inspection.InspectionProcess.Variables.PLAN_YEAR;
import static nl.wmotoezicht.inspection.InspectionProcess.Variables.REGION;
import static nl.wmotoezicht.inspection.InspectionProcess.Variables.SERVICE_KIND;
import static nl.wmotoezicht.inspection.InspectionProcess.Variables.VISIT_DATE;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import nl.wmotoezicht.kernel.ProviderVariables;
import nl.wmotoezicht.cases.CaseNumbers;
import nl.wmotoezicht.cases.CaseRegistry;
import nl.wmotoezicht.identity.Groups;
import nl.wmotoezicht.identity.Region;
import nl.wmotoezicht.identity.StartRights;
import nl.wmotoezicht.kernel.FieldChecks;
import nl.wmotoezicht.kernel.FieldError;
import nl.wmotoezicht.kernel.InvalidInputException;
import nl.wmotoezicht.investigation.InvestigationProcess;
import nl.wmotoezicht.kernel.CaseVariables;
import nl.wmotoezicht.provider.ProviderRegister;
import nl.wmotoezicht.provider.ProviderRegister.Provider;
import nl.wmotoezicht.risk.InspectionResults;
import nl.wmotoezicht.risk.InspectionResults.InspectionResult;
import nl.wmotoezicht.risk.PurchasingRegions;
import nl.wmotoezicht.risk.ServiceKind;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The steps of {@code kwaliteitsonderzoek} that are its own; the others are the signal investigation's. */
@Configuration
class InspectionSteps {

  @Bean
  StartRights inspectionStartRights() {
    return StartRights.of(InspectionProcess.KEY, Groups.TOEZICHTHOUDERS);
  }

  /**
   * Start: by the annual plan (case number, provider and plan given) or by hand for an extra visit (provider from
   * the register, service kind, municipality of a purchasing region, and why). Bad input is refused with every bad
   * field named, and nothing starts.
   */
  @Bean("inspectionStartValidator")
  ExecutionListener inspectionStartValidator(ProviderRegister providers, PurchasingRegions regions, Region region,
      CaseNumbers caseNumbers, CaseRegistry registry) {
    return execution -> {
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
      InvestigationProcess.Variables.SIGNAL_SOURCE.set(execution, "toezichthouder");
    };
  }

  /** Completing "Bezoek voorbereiden": announced or not, the location and the planned day. */
  @Bean("visitPreparationValidator")
  TaskListener visitPreparationValidator() {
    return task -> {
      FieldChecks checks = new FieldChecks(task.getVariables());
      Optional<Boolean> announced = checks.bool(ANNOUNCED);
      checks.text(InvestigationProcess.Variables.LOCATION, true, 300);
      checks.futureDate(PLANNED_VISIT_DATE, true);
      checks.throwIfAny();
      ANNOUNCED.set(task.getExecution(), announced.orElse(false));
    };
  }

  /** After each use of a power: the first one is the visit (its day is the visit date). */
  @Bean("inspectionVisitRecorder")
  TaskListener inspectionVisitRecorder() {
    return task -> {
      if (VISIT_DATE.find(task).isEmpty()) {
        VISIT_DATE.set(task.getExecution(), InvestigationProcess.Variables.POWER_DATE.get(task));
      }
    };
  }

  /** Records the judgement per theme for the next risk analysis and the plan's realisation. */
  @Bean("recordInspectionResult")
  JavaDelegate recordInspectionResult(InspectionResults results) {
    return execution -> results.record(new InspectionResult(CaseVariables.CASE_NUMBER.get(execution),
        ProviderVariables.PROVIDER_KVK_NUMBER.get(execution), SERVICE_KIND.get(execution),
        REGION.get(execution), CaseVariables.MUNICIPALITY_CODE.get(execution), PLAN_YEAR.find(execution).orElse(null),
        PLANNED_MONTH.find(execution).orElse(null), java.time.LocalDate.parse(VISIT_DATE.get(execution)),
        InvestigationProcess.Variables.THEME_CLIENT_CENTRED.get(execution),
        InvestigationProcess.Variables.THEME_PROFESSIONALISM.get(execution),
        InvestigationProcess.Variables.THEME_SAFETY.get(execution)));
  }
}

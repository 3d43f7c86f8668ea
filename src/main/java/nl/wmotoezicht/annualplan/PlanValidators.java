package nl.wmotoezicht.annualplan;

import static nl.wmotoezicht.annualplan.AnnualPlanProcess.Variables.ADD;
import static nl.wmotoezicht.annualplan.AnnualPlanProcess.Variables.ADJUSTMENTS_LOG;
import static nl.wmotoezicht.annualplan.AnnualPlanProcess.Variables.ADJUSTMENT_MOTIVATION;
import static nl.wmotoezicht.annualplan.AnnualPlanProcess.Variables.ADJUST_AGAIN;
import static nl.wmotoezicht.annualplan.AnnualPlanProcess.Variables.ADOPTION;
import static nl.wmotoezicht.annualplan.AnnualPlanProcess.Variables.ADOPTIONS;
import static nl.wmotoezicht.annualplan.AnnualPlanProcess.Variables.ADOPTION_MOTIVATION;
import static nl.wmotoezicht.annualplan.AnnualPlanProcess.Variables.REACTION_DEADLINE;
import static nl.wmotoezicht.annualplan.AnnualPlanProcess.Variables.REGION;
import static nl.wmotoezicht.annualplan.AnnualPlanProcess.Variables.REJECTED;
import static nl.wmotoezicht.annualplan.AnnualPlanProcess.Variables.REMOVE;
import static nl.wmotoezicht.annualplan.AnnualPlanProcess.Variables.VIEW;
import static nl.wmotoezicht.annualplan.AnnualPlanProcess.Variables.VIEWS;
import static nl.wmotoezicht.annualplan.AnnualPlanProcess.Variables.YEAR;

import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import nl.wmotoezicht.kernel.FieldChecks;
import nl.wmotoezicht.kernel.FieldError;
import nl.wmotoezicht.kernel.InvalidInputException;
import nl.wmotoezicht.provider.ProviderRegister;
import nl.wmotoezicht.provider.ProviderRegister.Provider;
import nl.wmotoezicht.risk.PurchasingRegions;
import nl.wmotoezicht.risk.RiskAnalysis;
import nl.wmotoezicht.risk.RiskAnalysis.RiskProfile;
import nl.wmotoezicht.risk.RiskProperties.PurchasingRegion;
import nl.wmotoezicht.risk.ServiceKind;
import nl.wmotoezicht.terms.Termijnen;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The checks of the plan's start and user tasks; bad input is refused naming each field, nothing changes. */
@Configuration
class PlanValidators {

  /** The contract managers' reaction term when the region sets none, by name in {@code terms/termijnen.yaml}. */
  static final String REACTION_TERM = "reactieContractmanagers";

  /** Start by hand: a configured purchasing region and a year from this year to two years ahead. */
  @Bean("planStartValidator")
  ExecutionListener planStartValidator(PurchasingRegions regions) {
    return execution -> {
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
    };
  }

  /**
   * Completing "Jaarplan aanpassen": lines {@code <KvK-nummer> <dienstsoort> [maand]} to add and
   * {@code <KvK-nummer> <dienstsoort>} to remove, with a motivation whenever anything changes. Applies them to the
   * plan, logs them with the motivation and sets the contract managers' term.
   */
  @Bean("planAdjustmentValidator")
  TaskListener planAdjustmentValidator(AnnualPlanner planner, ProviderRegister providers, RiskAnalysis riskAnalysis,
      PurchasingRegions regions, Termijnen termijnen) {
    return task -> {
      FieldChecks checks = new FieldChecks(task.getVariables());
      Optional<String> add = checks.text(ADD, false, 5_000);
      Optional<String> remove = checks.text(REMOVE, false, 5_000);
      Optional<String> motivation = checks.text(ADJUSTMENT_MOTIVATION, false, 5_000);
      checks.throwIfAny();
      List<PlanItem> items = new ArrayList<>(planner.items(task));
      PurchasingRegion region = regions.require(REGION.get(task));
      List<FieldError> errors = new ArrayList<>();
      List<String> log = new ArrayList<>();
      List<String> removeLines = lines(remove);
      for (int i = 0; i < removeLines.size(); i++) {
        String[] parts = removeLines.get(i).split("\\s+");
        String key = parts.length == 2 ? parts[0] + ":" + parts[1] : null;
        if (key == null || items.stream().noneMatch(item -> item.key().equals(key))) {
          errors.add(new FieldError(REMOVE.name(), "regel " + (i + 1) + ": geen aanbieder en dienstsoort uit het plan ("
              + removeLines.get(i) + ")"));
          continue;
        }
        items.removeIf(item -> item.key().equals(key));
        log.add("verwijderd: " + removeLines.get(i));
      }
      List<String> addLines = lines(add);
      LocalDate today = PlanDelegates.today();
      for (int i = 0; i < addLines.size(); i++) {
        String[] parts = addLines.get(i).split("\\s+");
        String prefix = "regel " + (i + 1) + ": ";
        Optional<Provider> provider = parts.length >= 2 ? providers.find(parts[0]) : Optional.empty();
        Integer month = parts.length == 3 && parts[2].matches("\\d{1,2}") ? Integer.valueOf(parts[2]) : null;
        if (parts.length < 2 || parts.length > 3 || provider.isEmpty() || !ServiceKind.isKnown(parts[1])
            || (parts.length == 3 && (month == null || month < 1 || month > 12))) {
          errors.add(new FieldError(ADD.name(), prefix + "verwacht '<KvK-nummer> <dienstsoort> [maand]' met een "
              + "aanbieder uit het register, een dienstsoort uit " + ServiceKind.ALL + " en een maand 1-12 ("
              + addLines.get(i) + ")"));
          continue;
        }
        String key = parts[0] + ":" + parts[1];
        if (items.stream().anyMatch(item -> item.key().equals(key))) {
          errors.add(new FieldError(ADD.name(), prefix + "staat al in het plan (" + addLines.get(i) + ")"));
          continue;
        }
        Optional<RiskProfile> profile = riskAnalysis.profiles(parts[0], today, region.leadMunicipality()).stream()
            .filter(p -> p.serviceKind().equals(parts[1])).findFirst();
        String municipality = Optional.ofNullable(planner.municipalityOf(provider.get(), region))
            .orElse(region.leadMunicipality());
        items.add(new PlanItem(parts[0], provider.get().name(), provider.get().email(), parts[1], municipality,
            PlanItem.ADDED, profile.map(RiskProfile::riskClass).orElse(null), profile.map(RiskProfile::score).orElse(0),
            profile.map(p -> String.join("; ", p.reasons().stream().map(r -> r.reason()).toList())).orElse(""),
            region.hoursFor(parts[1]), month == null ? 12 : month, motivation.orElse(null)));
        log.add("toegevoegd: " + addLines.get(i));
      }
      if (!log.isEmpty() && motivation.isEmpty()) {
        errors.add(new FieldError(ADJUSTMENT_MOTIVATION.name(), "is verplicht bij toevoegen of verwijderen"));
      }
      if (!errors.isEmpty()) {
        throw new InvalidInputException(errors);
      }
      planner.store(task.getExecution(), items);
      if (!log.isEmpty()) {
        String before = ADJUSTMENTS_LOG.find(task).orElse("");
        String entry = today + " " + String.join(", ", log) + " — " + motivation.get();
        ADJUSTMENTS_LOG.set(task.getExecution(), before.isEmpty() ? entry : before + "\n" + entry);
      }
      ADD.set(task.getExecution(), "");
      REMOVE.set(task.getExecution(), "");
      ADJUSTMENT_MOTIVATION.set(task.getExecution(), "");
      REACTION_DEADLINE.set(task.getExecution(), today.plus(region.reactionTerm() != null
          ? Period.parse(region.reactionTerm()) : termijnen.term(REACTION_TERM).period().period()).toString());
      VIEWS.set(task.getExecution(), "");
    };
  }

  /** Completing "Reacties verwerken": whether to adjust again; otherwise the plan goes to the college(s). */
  @Bean("planViewsValidator")
  TaskListener planViewsValidator() {
    return task -> {
      FieldChecks checks = new FieldChecks(task.getVariables());
      Optional<Boolean> again = checks.bool(ADJUST_AGAIN);
      if (again.isEmpty()) {
        checks.error(ADJUST_AGAIN, "is verplicht");
      }
      checks.throwIfAny();
      REJECTED.set(task.getExecution(), false);
      ADOPTIONS.set(task.getExecution(), "");
    };
  }

  /** Completing "Reactie op het jaarplan geven": a view of at most 5,000 characters (may be empty: no remarks). */
  @Bean("planViewValidator")
  TaskListener planViewValidator() {
    return task -> {
      FieldChecks checks = new FieldChecks(task.getVariables());
      checks.text(VIEW, false, 5_000);
      checks.throwIfAny();
    };
  }

  /** Completing "Jaarplan vaststellen": vastgesteld or nietVastgesteld; a refusal needs a motivation. */
  @Bean("planAdoptionValidator")
  TaskListener planAdoptionValidator() {
    return task -> {
      FieldChecks checks = new FieldChecks(task.getVariables());
      Optional<String> decision = checks.oneOf(ADOPTION, true, Set.of("vastgesteld", "nietVastgesteld"),
          "moet vastgesteld of nietVastgesteld zijn");
      Optional<String> motivation = checks.text(ADOPTION_MOTIVATION, false, 5_000);
      if (decision.filter("nietVastgesteld"::equals).isPresent() && motivation.isEmpty()) {
        checks.error(ADOPTION_MOTIVATION, "is verplicht als het plan niet wordt vastgesteld");
      }
      checks.throwIfAny();
    };
  }

  private static List<String> lines(Optional<String> text) {
    return text.map(t -> t.lines().map(String::strip).filter(l -> !l.isEmpty()).toList()).orElse(List.of());
  }
}

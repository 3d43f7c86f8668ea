package nl.wmotoezicht.annualplan;

import static nl.wmotoezicht.annualplan.AnnualPlanProcess.Variables.ADD;
import static nl.wmotoezicht.annualplan.AnnualPlanProcess.Variables.ADJUSTMENTS_LOG;
import static nl.wmotoezicht.annualplan.AnnualPlanProcess.Variables.ADJUSTMENT_MOTIVATION;
import static nl.wmotoezicht.annualplan.AnnualPlanProcess.Variables.REACTION_DEADLINE;
import static nl.wmotoezicht.annualplan.AnnualPlanProcess.Variables.REGION;
import static nl.wmotoezicht.annualplan.AnnualPlanProcess.Variables.REMOVE;
import static nl.wmotoezicht.annualplan.AnnualPlanProcess.Variables.VIEWS;
import static nl.wmotoezicht.annualplan.PlanDelegates.today;
import static nl.wmotoezicht.annualplan.PlanValidators.REACTION_TERM;
import static nl.wmotoezicht.annualplan.PlanValidators.lines;

import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import nl.wmotoezicht.kernel.FieldChecks;
import nl.wmotoezicht.kernel.FieldError;
import nl.wmotoezicht.kernel.InvalidInputException;
import nl.wmotoezicht.provider.ProviderRegister.Provider;
import nl.wmotoezicht.provider.ProviderRegister;
import nl.wmotoezicht.risk.PurchasingRegions;
import nl.wmotoezicht.risk.RiskAnalysis.RiskProfile;
import nl.wmotoezicht.risk.RiskAnalysis;
import nl.wmotoezicht.risk.RiskProperties.PurchasingRegion;
import nl.wmotoezicht.risk.ServiceKind;
import nl.wmotoezicht.terms.Termijnen;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/**
 * Completing "Jaarplan aanpassen": lines {@code <KvK-nummer> <dienstsoort> [maand]} to add and
 * {@code <KvK-nummer> <dienstsoort>} to remove, with a motivation whenever anything changes. Applies them to the
 * plan, logs them with the motivation and sets the contract managers' term.
 */
@Component("planAdjustmentValidator")
class PlanAdjustmentValidator implements TaskListener {

  private final AnnualPlanner planner;
  private final ProviderRegister providers;
  private final RiskAnalysis riskAnalysis;
  private final PurchasingRegions regions;
  private final Termijnen termijnen;

  PlanAdjustmentValidator(AnnualPlanner planner, ProviderRegister providers, RiskAnalysis riskAnalysis, PurchasingRegions regions, Termijnen termijnen) {
    this.planner = planner;
    this.providers = providers;
    this.riskAnalysis = riskAnalysis;
    this.regions = regions;
    this.termijnen = termijnen;
  }

  @Override
  public void notify(DelegateTask task) {
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
  }
}

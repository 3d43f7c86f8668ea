package nl.wmotoezicht.annualplan;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.stream.Collectors;
import nl.wmotoezicht.provider.ProviderRegister;
import nl.wmotoezicht.provider.ProviderRegister.Provider;
import nl.wmotoezicht.provider.ProviderRegister.Relation;
import nl.wmotoezicht.risk.InspectionResults;
import nl.wmotoezicht.risk.InspectionResults.InspectionResult;
import nl.wmotoezicht.risk.PurchasingRegions;
import nl.wmotoezicht.risk.ProviderServices;
import nl.wmotoezicht.risk.ProviderServices.ProviderService;
import nl.wmotoezicht.risk.RiskProperties.PurchasingRegion;
import nl.wmotoezicht.risk.ServiceKind;
import org.camunda.bpm.engine.delegate.VariableScope;
import org.springframework.stereotype.Component;

/**
 * Proposes a purchasing region's annual plan and reads and writes its items. Available in model expressions as
 * {@code annualPlan} (e.g. {@code ${annualPlan.itemKeys(execution)}} for the inspections' multi-instance).
 *
 * <p>The proposal (docs/processen/jaarplan.md): every provider with a relation to or a location in one of the
 * region's municipalities, per service kind ({@link #riskCandidates}), gets its risk profile as of the proposal date
 * from the model's business rule task {@code Task_DetermineRiskProfile} (with the tables of the region's lead
 * municipality when it has its own) and becomes a candidate ({@link #candidate}); {@link #select} then chooses. The capacity (hours per year) is split: the follow-up share goes first to providers
 * whose last visit found a theme not or partly met; the risk share (what is left but the random share) to the
 * providers of risk class hoog and midden, highest score first; the random share to a reproducible draw (seeded by
 * region and year) from the rest. An item that does not fit in its share is skipped and the next one is tried.
 * Months are spread over the year, highest score first.
 */
@Component("annualPlan")
public class AnnualPlanner {

  private final ProviderRegister providers;
  private final ProviderServices services;
  private final InspectionResults inspections;
  private final PurchasingRegions regions;
  private final ObjectMapper json = new ObjectMapper();

  AnnualPlanner(ProviderRegister providers, ProviderServices services, InspectionResults inspections,
      PurchasingRegions regions) {
    this.regions = regions;
    this.providers = providers;
    this.services = services;
    this.inspections = inspections;
  }

  /**
   * The collection of the risk profiles' multi-instance: {@code <KvK-nummer>:<dienstsoort>} of every provider with a
   * relation to or a location in one of the region's municipalities, per service kind it delivers on the date.
   */
  public List<String> riskCandidates(VariableScope scope) {
    PurchasingRegion region = regions.require(AnnualPlanProcess.Variables.REGION.get(scope));
    LocalDate asOf = PlanDelegates.today();
    List<String> keys = new ArrayList<>();
    for (Provider provider : providers.list()) {
      if (municipalityOf(provider, region) != null) {
        for (ProviderService service : services.of(provider.kvkNumber())) {
          if (!service.activeSince().isAfter(asOf)) {
            keys.add(provider.kvkNumber() + ":" + service.serviceKind());
          }
        }
      }
    }
    return keys;
  }

  /** The KvK number and service kind of a {@link #riskCandidates} key. */
  static String[] candidateKey(String key) {
    String[] parts = key.split(":", 2);
    if (parts.length != 2) {
      throw new IllegalStateException("Kandidaat " + key + " is niet <KvK-nummer>:<dienstsoort>");
    }
    return parts;
  }

  /** A candidate of the plan: the provider and service kind of the key with its risk profile. */
  public PlanItem candidate(String key, PurchasingRegion region, String riskClass, int score, String reasons) {
    String[] parts = candidateKey(key);
    Provider provider = providers.find(parts[0])
        .orElseThrow(() -> new IllegalStateException("Aanbieder " + parts[0] + " ontbreekt"));
    return new PlanItem(provider.kvkNumber(), provider.name(), provider.email(), parts[1],
        municipalityOf(provider, region), PlanItem.RISK, riskClass, score, reasons, region.hoursFor(parts[1]), 1,
        null);
  }

  /** Chooses the plan from the candidates with their risk profiles, within the region's capacity. */
  public List<PlanItem> select(PurchasingRegion region, int year, LocalDate asOf, List<PlanItem> proposed) {
    List<PlanItem> candidates = new ArrayList<>(proposed);
    candidates.sort(Comparator.comparingInt(PlanItem::score).reversed().thenComparing(PlanItem::key));
    int followUpBudget = region.capacityHours() * region.followUpSharePercent() / 100;
    int randomBudget = region.capacityHours() * region.randomSharePercent() / 100;

    List<PlanItem> chosen = new ArrayList<>();
    Set<String> taken = new HashSet<>();
    int used = 0;
    for (PlanItem candidate : candidates) {
      if (needsFollowUp(candidate, asOf) && used + candidate.hours() <= followUpBudget) {
        chosen.add(as(candidate, PlanItem.FOLLOW_UP));
        taken.add(candidate.key());
        used += candidate.hours();
      }
    }
    int riskBudget = region.capacityHours() - randomBudget;
    for (PlanItem candidate : candidates) {
      if (!taken.contains(candidate.key()) && !"laag".equals(candidate.riskClass())
          && used + candidate.hours() <= riskBudget) {
        chosen.add(candidate);
        taken.add(candidate.key());
        used += candidate.hours();
      }
    }
    List<PlanItem> rest = new ArrayList<>(candidates.stream().filter(c -> !taken.contains(c.key())).toList());
    Collections.shuffle(rest, new Random((region.code() + "-" + year).hashCode()));
    for (PlanItem candidate : rest) {
      if (used + candidate.hours() <= region.capacityHours()) {
        chosen.add(as(candidate, PlanItem.RANDOM));
        used += candidate.hours();
      }
    }
    return spreadOverYear(chosen);
  }

  /** Gives the items months 1-12, highest score first, spread evenly. */
  static List<PlanItem> spreadOverYear(List<PlanItem> items) {
    List<PlanItem> sorted = new ArrayList<>(items);
    sorted.sort(Comparator.comparingInt(PlanItem::score).reversed().thenComparing(PlanItem::key));
    List<PlanItem> result = new ArrayList<>();
    for (int i = 0; i < sorted.size(); i++) {
      result.add(sorted.get(i).inMonth(1 + i * 12 / sorted.size()));
    }
    return result;
  }

  private boolean needsFollowUp(PlanItem candidate, LocalDate asOf) {
    List<InspectionResult> visits = inspections.ofProvider(candidate.kvkNumber(), asOf).stream()
        .filter(v -> v.serviceKind().equals(candidate.serviceKind())).toList();
    return !visits.isEmpty() && (visits.get(0).count("voldoetNiet") + visits.get(0).count("voldoetDeels")) > 0;
  }

  private static PlanItem as(PlanItem item, String selection) {
    return new PlanItem(item.kvkNumber(), item.providerName(), item.providerEmail(), item.serviceKind(),
        item.municipalityCode(), selection, item.riskClass(), item.score(), item.reasons(), item.hours(), item.month(),
        item.motivation());
  }

  /** The region's municipality with the provider's most clients; else one where it has a location; else null. */
  String municipalityOf(Provider provider, PurchasingRegion region) {
    return providers.relations(provider.kvkNumber()).stream()
        .filter(r -> region.municipalities().contains(r.municipalityCode()))
        .max(Comparator.comparingInt(Relation::indications).thenComparing(Relation::municipalityCode,
            Comparator.reverseOrder()))
        .map(Relation::municipalityCode)
        .or(() -> provider.locations().stream().map(l -> l.municipalityCode())
            .filter(region.municipalities()::contains).findFirst())
        .orElse(null);
  }

  /** The municipalities whose college adopts the region's plan: the lead's, or each (configuration). */
  public List<String> adoptingMunicipalities(String regionCode) {
    PurchasingRegion region = regions.require(regionCode);
    return region.adoptionByEachCollege() ? region.municipalities() : List.of(region.leadMunicipality());
  }

  /** The municipalities whose contract managers give their view on the region's plan. */
  public List<String> viewMunicipalities(String regionCode) {
    return regions.require(regionCode).municipalities();
  }

  // ------------------------------------------------------------------------------------- items as a variable

  public List<PlanItem> items(VariableScope scope) {
    return read(AnnualPlanProcess.Variables.ITEMS.find(scope).orElse("[]"));
  }

  public List<PlanItem> read(String itemsJson) {
    try {
      return json.readValue(itemsJson, new TypeReference<List<PlanItem>>() { });
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("planItems is geen geldige lijst", e);
    }
  }

  public String write(List<PlanItem> items) {
    try {
      return json.writeValueAsString(items);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
  }

  /** The keys of the plan's items, the collection of the inspections' multi-instance. */
  public List<String> itemKeys(VariableScope scope) {
    return items(scope).stream().map(PlanItem::key).toList();
  }

  /** The plan in text: one line per item, by month. */
  public String text(List<PlanItem> items) {
    if (items.isEmpty()) {
      return "(geen inspecties gepland)";
    }
    return items.stream().sorted(Comparator.comparingInt(PlanItem::month).thenComparing(PlanItem::key))
        .map(i -> String.format("maand %d: %s (%s), %s, %s: %s risico %d, %d uur", i.month(), i.providerName(),
            i.kvkNumber(), ServiceKind.label(i.serviceKind()), i.selection(), i.riskClass(), i.score(), i.hours())
            + (i.motivation() == null ? "" : " — " + i.motivation()))
        .collect(Collectors.joining("\n"));
  }

  public int hours(List<PlanItem> items) {
    return items.stream().mapToInt(PlanItem::hours).sum();
  }

  /** Writes items, their text and hours into the scope. */
  public void store(VariableScope scope, List<PlanItem> items) {
    List<PlanItem> sorted = new ArrayList<>(items);
    sorted.sort(Comparator.comparingInt(PlanItem::month).thenComparing(PlanItem::key));
    AnnualPlanProcess.Variables.ITEMS.set(scope, write(sorted));
    AnnualPlanProcess.Variables.PLAN_TEXT.set(scope, text(sorted));
    AnnualPlanProcess.Variables.PLANNED_HOURS.set(scope, hours(sorted));
  }
}

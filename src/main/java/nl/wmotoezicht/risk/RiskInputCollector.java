package nl.wmotoezicht.risk;

import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import nl.wmotoezicht.kernel.EngineIdentity;
import nl.wmotoezicht.kernel.ProviderVariables;
import nl.wmotoezicht.calamity.CalamityProcess;
import nl.wmotoezicht.investigation.InvestigationProcess;
import nl.wmotoezicht.investigation.ReportingProcess;
import nl.wmotoezicht.provider.ProviderRegister;
import nl.wmotoezicht.provider.ProviderRegister.HistoryEntry;
import nl.wmotoezicht.risk.InspectionResults.InspectionResult;
import nl.wmotoezicht.risk.ProviderServices.ProviderService;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.camunda.bpm.engine.history.HistoricVariableInstance;
import org.springframework.stereotype.Component;

/**
 * Gathers the inputs of the risk analysis for one provider on a date from the region's own data: the calamity and
 * signal cases of the engine's history (every municipality: the risk is the region's view of the provider), the
 * enforcement history of the provider register, the inspection results and the provider's service kinds. Reads run
 * without the caller's engine authentication, because a profile must not depend on who asks; the REST layer
 * decides who may see it.
 */
@Component
public class RiskInputCollector {

  static final String SERIOUS = "groot";
  static final String CONTRACT_MANAGEMENT = "contractmanager";
  static final String REPAIR_OFFER = "herstelaanbod";
  static final ZoneId ZONE = ZoneId.of("Europe/Amsterdam");

  private static final String KVK = ProviderVariables.PROVIDER_KVK_NUMBER.name();
  private static final List<String> THEMES = List.of(
      InvestigationProcess.Variables.THEME_CLIENT_CENTRED.name(),
      InvestigationProcess.Variables.THEME_PROFESSIONALISM.name(),
      InvestigationProcess.Variables.THEME_SAFETY.name());

  private final HistoryService historyService;
  private final IdentityService identityService;
  private final ProviderRegister providers;
  private final ProviderServices services;
  private final InspectionResults inspections;
  private final PurchasingRegions purchasingRegions;

  RiskInputCollector(HistoryService historyService, IdentityService identityService, ProviderRegister providers,
      ProviderServices services, InspectionResults inspections, PurchasingRegions purchasingRegions) {
    this.historyService = historyService;
    this.identityService = identityService;
    this.providers = providers;
    this.services = services;
    this.inspections = inspections;
    this.purchasingRegions = purchasingRegions;
  }

  /** The inputs per service kind the provider delivers (none when it has no registered service). */
  public List<RiskInputs> collect(String kvkNumber, LocalDate date) {
    List<ProviderService> kinds = services.of(kvkNumber).stream()
        .filter(s -> !s.activeSince().isAfter(date)).toList();
    if (kinds.isEmpty()) {
      return List.of();
    }
    LocalDate from = date.minusMonths(purchasingRegions.windowMonths());
    CaseFacts facts = EngineIdentity.asSystem(identityService, () -> caseFacts(kvkNumber, from, date));

    List<HistoryEntry> history = providers.history(kvkNumber);
    int enforcement = (int) history.stream()
        .filter(h -> !h.startedOn().isBefore(from) && !h.startedOn().isAfter(date)).count();
    boolean recidive = history.stream().anyMatch(h -> h.violationEstablished() && h.endedOn() != null
        && !h.endedOn().isAfter(date));

    List<InspectionResult> visits = inspections.ofProvider(kvkNumber, date);
    Optional<LocalDate> lastVisit = visits.stream().map(InspectionResult::visitedOn).findFirst();
    List<InspectionResult> recent = visits.stream().filter(v -> !v.visitedOn().isBefore(from)).toList();
    int notMet = facts.themesNotMet() + recent.stream().mapToInt(v -> v.count("voldoetNiet")).sum();
    int partlyMet = facts.themesPartlyMet() + recent.stream().mapToInt(v -> v.count("voldoetDeels")).sum();
    Integer monthsSinceVisit = lastVisit.map(v -> (int) ChronoUnit.MONTHS.between(v, date)).orElse(null);

    List<RiskInputs> result = new ArrayList<>();
    for (ProviderService service : kinds) {
      result.add(new RiskInputs(service.serviceKind(), facts.calamities(), facts.seriousCalamities(),
          facts.signals(), facts.contractSignals(), notMet, partlyMet, facts.openRepairOffers(), enforcement,
          recidive, lastVisit.isEmpty(), monthsSinceVisit, service.clients(),
          (int) ChronoUnit.MONTHS.between(service.activeSince(), date), service.clientExperience()));
    }
    return result;
  }

  /**
   * What the calamity and signal cases of the engine's history say about the provider; open herstelaanbod from the
   * report process both the signal investigation and the quality inspection call.
   */
  record CaseFacts(int calamities, int seriousCalamities, int signals, int contractSignals, int themesNotMet,
      int themesPartlyMet, int openRepairOffers) {
  }

  private CaseFacts caseFacts(String kvkNumber, LocalDate from, LocalDate date) {
    Date start = toDate(from);
    Date end = toDate(date.plusDays(1));
    List<HistoricProcessInstance> instances = historyService.createHistoricProcessInstanceQuery()
        .processDefinitionKeyIn(CalamityProcess.KEY, InvestigationProcess.KEY, ReportingProcess.KEY)
        .variableValueEquals(KVK, kvkNumber)
        .startedBefore(end)
        .list();
    if (instances.isEmpty()) {
      return new CaseFacts(0, 0, 0, 0, 0, 0, 0);
    }
    Set<String> ids = instances.stream().map(HistoricProcessInstance::getId).collect(Collectors.toSet());
    Map<String, Map<String, Object>> variables = new HashMap<>();
    List<String> names = new ArrayList<>(THEMES);
    names.addAll(List.of(CalamityProcess.Variables.SERIOUSNESS.name(),
        InvestigationProcess.Variables.SIGNAL_SOURCE.name(), InvestigationProcess.Variables.REPAIR_ROUTE.name(),
        InvestigationProcess.Variables.REPAIR_SUFFICIENT.name()));
    for (HistoricVariableInstance variable : historyService.createHistoricVariableInstanceQuery()
        .processInstanceIdIn(ids.toArray(String[]::new)).variableNameIn(names.toArray(String[]::new))
        .disableCustomObjectDeserialization().list()) {
      if (variable.getValue() != null) {
        variables.computeIfAbsent(variable.getProcessInstanceId(), k -> new HashMap<>())
            .put(variable.getName(), variable.getValue());
      }
    }
    int calamities = 0;
    int serious = 0;
    int signals = 0;
    int contract = 0;
    int notMet = 0;
    int partlyMet = 0;
    int openRepair = 0;
    for (HistoricProcessInstance instance : instances) {
      Map<String, Object> vars = variables.getOrDefault(instance.getId(), Map.of());
      boolean inWindow = !instance.getStartTime().before(start);
      if (CalamityProcess.KEY.equals(instance.getProcessDefinitionKey())) {
        if (inWindow) {
          calamities++;
          serious += SERIOUS.equals(vars.get(CalamityProcess.Variables.SERIOUSNESS.name())) ? 1 : 0;
        }
        continue;
      }
      // the herstelaanbod runs in the called process rapportage (of a signal investigation or an inspection)
      boolean reporting = ReportingProcess.KEY.equals(instance.getProcessDefinitionKey());
      if (inWindow && !reporting) {
        signals++;
        contract += CONTRACT_MANAGEMENT.equals(vars.get(InvestigationProcess.Variables.SIGNAL_SOURCE.name())) ? 1 : 0;
        for (String theme : THEMES) {
          notMet += "voldoetNiet".equals(vars.get(theme)) ? 1 : 0;
          partlyMet += "voldoetDeels".equals(vars.get(theme)) ? 1 : 0;
        }
      }
      boolean runningOnDate = instance.getEndTime() == null || !instance.getEndTime().before(end);
      if (runningOnDate && REPAIR_OFFER.equals(vars.get(InvestigationProcess.Variables.REPAIR_ROUTE.name()))
          && !Boolean.TRUE.equals(vars.get(InvestigationProcess.Variables.REPAIR_SUFFICIENT.name()))) {
        openRepair++;
      }
    }
    return new CaseFacts(calamities, serious, signals, contract, notMet, partlyMet, openRepair);
  }


  static Date toDate(LocalDate day) {
    return Date.from(day.atStartOfDay(ZONE).toInstant());
  }
}

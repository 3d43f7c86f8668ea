package nl.wmotoezicht.cases;

import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;
import nl.wmotoezicht.identity.MunicipalityRights;
import nl.wmotoezicht.kernel.EngineIdentity;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.springframework.stereotype.Component;

/**
 * Which cases the caller may see. A case is what the case register binds to its number: one municipality (tenant) and
 * its own process instances. The caller sees it when he works for that municipality and the engine, applying his
 * authorizations, returns its history; an instance of another municipality that carries the same business key is never
 * part of it (docs/security/tenancy.md). Records of ours (documents, ledger rows, publications) are then read for the
 * case's number <em>and</em> municipality. Once a case is known to be visible, its details (jobs, decisions,
 * operation log) may be read {@link #asSystem as the system}, so that a supervisor sees the whole case without grants
 * on every kind of engine resource.
 */
@Component
public class CaseVisibility {

  /**
   * A case the caller may see.
   *
   * @param caseNumber the case number
   * @param municipalityCode the municipality (tenant) the number was issued for
   * @param instances its process instances the caller may see, oldest first (never empty)
   */
  public record VisibleCase(String caseNumber, String municipalityCode, List<HistoricProcessInstance> instances) {
  }

  private final HistoryService historyService;
  private final IdentityService identityService;
  private final CaseRegistry registry;

  CaseVisibility(HistoryService historyService, IdentityService identityService, CaseRegistry registry) {
    this.historyService = historyService;
    this.identityService = identityService;
    this.registry = registry;
  }

  /** The case with this number, if the caller may see it. */
  public Optional<VisibleCase> find(String caseNumber) {
    if (caseNumber == null || caseNumber.isBlank()) {
      return Optional.empty();
    }
    Optional<CaseRegistry.RegisteredCase> registered = registry.find(caseNumber);
    String municipality = registered.map(CaseRegistry.RegisteredCase::municipalityCode)
        .orElseGet(() -> unregisteredOwner(caseNumber));
    if (municipality == null || !callerWorksFor(municipality)) {
      return Optional.empty();
    }
    Set<String> own = registered.isPresent() ? registry.instanceIds(caseNumber) : null;
    String caseProcess = registered.map(CaseRegistry.RegisteredCase::processKey).orElse(null);
    // oldest first; of instances started at the same moment (a process that starts another in its first
    // transaction) the case's own process first, then by id: the order, and the case's first instance, never vary
    List<HistoricProcessInstance> instances = historyService.createHistoricProcessInstanceQuery()
        .processInstanceBusinessKey(caseNumber).tenantIdIn(municipality).list().stream()
        .filter(i -> own == null || own.contains(i.getId()))
        .sorted(Comparator.comparing(HistoricProcessInstance::getStartTime)
            .thenComparing(i -> !i.getProcessDefinitionKey().equals(caseProcess))
            .thenComparing(HistoricProcessInstance::getId))
        .toList();
    return instances.isEmpty() ? Optional.empty() : Optional.of(new VisibleCase(caseNumber, municipality, instances));
  }

  /**
   * Whether the caller works for the municipality the case with this number belongs to (per the register, or for a
   * number it does not hold, per its first instance); false for a number that is no case.
   */
  public boolean callerOwns(String caseNumber) {
    if (caseNumber == null || caseNumber.isBlank()) {
      return false;
    }
    String municipality = registry.find(caseNumber).map(CaseRegistry.RegisteredCase::municipalityCode)
        .orElseGet(() -> unregisteredOwner(caseNumber));
    return municipality != null && callerWorksFor(municipality);
  }

  /** The process instances of the case with this number that the caller may see, oldest first; empty when none. */
  public List<HistoricProcessInstance> instancesOf(String caseNumber) {
    return find(caseNumber).map(VisibleCase::instances).orElse(List.of());
  }

  /** Whether the caller may see the case with this number. */
  public boolean isVisible(String caseNumber) {
    return find(caseNumber).isPresent();
  }

  /**
   * The running process instances of cases the caller may see: instances the engine shows him that are bound to their
   * case in the register (or, for a number the register does not hold, that belong to the municipality of its first
   * instance).
   */
  public List<HistoricProcessInstance> runningInstances() {
    return runningInstances(null);
  }

  /**
   * The running process instances of cases the caller may see, as {@link #runningInstances()}, of one municipality
   * only: the engine reads that municipality's instances (its tenant), not every visible one. Null: all.
   *
   * @param municipalityCode the municipality (tenant) whose instances are read, or null for every visible one
   */
  public List<HistoricProcessInstance> runningInstances(String municipalityCode) {
    var query = historyService.createHistoricProcessInstanceQuery().unfinished();
    if (municipalityCode != null) {
      query.tenantIdIn(municipalityCode);
    }
    List<HistoricProcessInstance> running = query.list();
    Map<String, CaseRegistry.BoundInstance> bound = registry.bindings(running.stream()
        .map(HistoricProcessInstance::getId).toList());
    Collection<String> unbound = running.stream().filter(i -> !bound.containsKey(i.getId()) && i.getBusinessKey() != null)
        .map(HistoricProcessInstance::getBusinessKey).toList();
    Map<String, CaseRegistry.RegisteredCase> registered = registry.find(unbound);
    return running.stream().filter(i -> {
      CaseRegistry.BoundInstance binding = bound.get(i.getId());
      if (binding != null) {
        return binding.municipalityCode().equals(i.getTenantId()) && binding.caseNumber().equals(i.getBusinessKey());
      }
      // an instance the register does not bind: never part of a registered case
      return i.getBusinessKey() == null || !registered.containsKey(i.getBusinessKey());
    }).toList();
  }

  /**
   * The municipality of a number the register does not hold (a case from before the register): that of its oldest
   * instance, read as the system. Since then only administrators may choose a business key.
   */
  private String unregisteredOwner(String caseNumber) {
    return asSystem(() -> historyService.createHistoricProcessInstanceQuery().processInstanceBusinessKey(caseNumber)
        .orderByProcessInstanceStartTime().asc().listPage(0, 1).stream().findFirst()
        .map(HistoricProcessInstance::getTenantId).orElse(null));
  }

  /**
   * Whether the caller works for the municipality, so that its cases are visible to him as far as his
   * authorizations reach (a member of its tenant, an administrator, or the engine itself).
   */
  public boolean callerWorksFor(String municipality) {
    Authentication caller = identityService.getCurrentAuthentication();
    return caller == null || caller.getUserId() == null || MunicipalityRights.isAdministrator(caller)
        || (caller.getTenantIds() != null && caller.getTenantIds().contains(municipality));
  }

  /** Runs the work without the caller's engine authentication, then restores it. */
  public <T> T asSystem(Supplier<T> work) {
    return EngineIdentity.asSystem(identityService, work);
  }
}

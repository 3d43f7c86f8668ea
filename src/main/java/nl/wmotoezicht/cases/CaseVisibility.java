package nl.wmotoezicht.cases;

import java.util.List;
import java.util.function.Supplier;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.springframework.stereotype.Component;

/**
 * Which cases the caller may see, decided by the engine: a case is visible when the engine, applying the
 * caller's authorizations and municipalities (tenants), returns its history. Once a case is known to be
 * visible, its details (jobs, decisions, operation log) may be read {@link #asSystem as the system}, so
 * that a supervisor sees the whole case without grants on every kind of engine resource.
 */
@Component
public class CaseVisibility {

  private final HistoryService historyService;
  private final IdentityService identityService;

  CaseVisibility(HistoryService historyService, IdentityService identityService) {
    this.historyService = historyService;
    this.identityService = identityService;
  }

  /** The process instances with this case number that the caller may see, oldest first; empty when none. */
  public List<HistoricProcessInstance> instancesOf(String caseNumber) {
    return historyService.createHistoricProcessInstanceQuery().processInstanceBusinessKey(caseNumber)
        .orderByProcessInstanceStartTime().asc().list();
  }

  /** The running process instances the caller may see. */
  public List<HistoricProcessInstance> runningInstances() {
    return historyService.createHistoricProcessInstanceQuery().unfinished().list();
  }

  /** Runs the work without the caller's engine authentication, then restores it. */
  public <T> T asSystem(Supplier<T> work) {
    Authentication caller = identityService.getCurrentAuthentication();
    identityService.clearAuthentication();
    try {
      return work.get();
    } finally {
      if (caller != null) {
        identityService.setAuthentication(caller);
      }
    }
  }
}

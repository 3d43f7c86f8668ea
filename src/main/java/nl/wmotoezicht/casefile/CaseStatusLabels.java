package nl.wmotoezicht.casefile;

import org.camunda.bpm.engine.history.HistoricProcessInstance;

/** A process instance's state as users read it, in Dutch. */
final class CaseStatusLabels {

  private CaseStatusLabels() {
  }

  /** "Lopend", "Opgeschort", "Afgerond" or "Beëindigd" (stopped before its end). */
  static String of(HistoricProcessInstance instance) {
    String state = instance.getState() == null ? "" : instance.getState();
    return switch (state) {
      case HistoricProcessInstance.STATE_ACTIVE -> "Lopend";
      case HistoricProcessInstance.STATE_SUSPENDED -> "Opgeschort";
      case HistoricProcessInstance.STATE_COMPLETED -> "Afgerond";
      case HistoricProcessInstance.STATE_EXTERNALLY_TERMINATED, HistoricProcessInstance.STATE_INTERNALLY_TERMINATED ->
          "Beëindigd";
      default -> instance.getEndTime() == null ? "Lopend" : "Afgerond";
    };
  }

  /** How the instance ended, lower case: "afgerond" or "beëindigd". */
  static String ended(HistoricProcessInstance instance) {
    return of(instance).toLowerCase(java.util.Locale.ROOT);
  }
}

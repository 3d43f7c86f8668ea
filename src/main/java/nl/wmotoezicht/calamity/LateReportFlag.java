package nl.wmotoezicht.calamity;

import java.util.List;
import nl.wmotoezicht.casefile.CaseFlagSource;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.camunda.bpm.engine.history.HistoricVariableInstance;
import org.springframework.stereotype.Component;

/**
 * A calamity reported late (not "onverwijld", art. 3.4 lid 1 Wmo 2015; {@code reportedLate}, set at registration)
 * is a flag in the case status, with the days between the event and the report.
 */
@Component
class LateReportFlag implements CaseFlagSource {

  static final String CODE = "teLaatGemeld";
  static final String LEGAL_BASIS = "art. 3.4 lid 1 Wmo 2015";

  private final HistoryService history;

  LateReportFlag(HistoryService history) {
    this.history = history;
  }

  @Override
  public List<CaseFlag> flagsOf(HistoricProcessInstance instance) {
    if (!CalamityProcess.KEY.equals(instance.getProcessDefinitionKey())) {
      return List.of();
    }
    Object late = value(instance, CalamityProcess.Variables.REPORTED_LATE.name());
    if (!Boolean.TRUE.equals(late)) {
      return List.of();
    }
    Integer days = value(instance, CalamityProcess.Variables.REPORT_DELAY_DAYS.name()) instanceof Integer n ? n : null;
    return List.of(new CaseFlag(CODE, "Te laat gemeld: de melding kwam " + days
        + " dagen na de gebeurtenis binnen, niet onverwijld", days, LEGAL_BASIS));
  }

  private Object value(HistoricProcessInstance instance, String name) {
    List<HistoricVariableInstance> found = history.createHistoricVariableInstanceQuery()
        .processInstanceId(instance.getId()).variableName(name).list();
    return found.isEmpty() ? null : found.get(0).getValue();
  }
}

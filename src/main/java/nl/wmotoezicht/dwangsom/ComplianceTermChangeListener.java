package nl.wmotoezicht.dwangsom;

import static nl.wmotoezicht.dwangsom.DwangsomProcess.Variables.COMPLIANCE_TERM;
import static nl.wmotoezicht.dwangsom.DwangsomProcess.Variables.DECISION;
import static nl.wmotoezicht.dwangsom.DwangsomProcess.Variables.URGENT;

import java.util.List;
import nl.wmotoezicht.kernel.FieldError;
import nl.wmotoezicht.kernel.InvalidInputException;
import nl.wmotoezicht.kernel.ProcessVariable;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/**
 * {@code Task_Decide} ("Besluit nemen"): the college decides on the voornemen and may set another begunstigingstermijn
 * than the one proposed, e.g. when the provider's zienswijze asked for more time; the term it sets is the one the
 * decision makes known and the timer of the last counts (art. 5:32a lid 2 Awb, {@code Task_ScheduleTerms}). On
 * create the proposed term is kept on the task ({@code proposedComplianceTerm}, shown by the form next to the term);
 * on complete a changed term needs a motivation ({@code complianceTermMotivation}), part of the decision's reasons
 * (art. 3:46 Awb).
 */
@Component("complianceTermChange")
class ComplianceTermChangeListener implements TaskListener {

  /** The begunstigingstermijn of the voornemen, kept on the decision task (task-local). */
  static final ProcessVariable<String> PROPOSED_COMPLIANCE_TERM = ProcessVariable.string("proposedComplianceTerm");
  /** Why the college sets another begunstigingstermijn than the voornemen proposed. */
  static final ProcessVariable<String> COMPLIANCE_TERM_MOTIVATION = ProcessVariable.string("complianceTermMotivation");

  @Override
  public void notify(DelegateTask task) {
    if (EVENTNAME_CREATE.equals(task.getEventName())) {
      COMPLIANCE_TERM.find(task).ifPresent(term -> task.setVariableLocal(PROPOSED_COMPLIANCE_TERM.name(), term));
      return;
    }
    if (!EVENTNAME_COMPLETE.equals(task.getEventName()) || !"opleggen".equals(DECISION.find(task).orElse(""))
        || URGENT.find(task).orElse(false)) {
      return;
    }
    Object proposed = task.getVariableLocal(PROPOSED_COMPLIANCE_TERM.name());
    String term = COMPLIANCE_TERM.find(task).orElse(null);
    Object motivation = task.getVariable(COMPLIANCE_TERM_MOTIVATION.name());
    if (proposed != null && term != null && !proposed.equals(term)
        && (motivation == null || motivation.toString().isBlank())) {
      throw new InvalidInputException(List.of(new FieldError(COMPLIANCE_TERM_MOTIVATION.name(),
          "is verplicht als het college een andere begunstigingstermijn stelt dan in het voornemen: leg uit "
              + "waarom (bijvoorbeeld wat de aanbieder in de zienswijze over de benodigde tijd schreef)")));
    }
  }
}

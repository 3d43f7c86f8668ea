package nl.wmotoezicht.publication;

import static nl.wmotoezicht.publication.PublicationProcess.Variables.*;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * {@code Task_ApplyObjectionDecision} of {@code processes/openbaarmaking.bpmn}: the objection process decided an
 * objection against the college's publication decision (message {@code BezwaarBeslist}) before anything was
 * published ({@code docs/dwangsom-recht.md}):
 * <ul>
 *   <li>gegrond: the publication decision is revoked (art. 7:11 lid 2 Awb); nothing is published, the case ends,
 *       outcome {@code ingetrokkenOpBezwaar};</li>
 *   <li>deels gegrond: the publication runs on as the decision on the objection says; what changes (the public
 *       version, the date) is in that decision letter, and the case keeps its date;</li>
 *   <li>ongegrond, niet-ontvankelijk, or an objection against another decision: the publication runs on
 *       (art. 6:16 Awb).</li>
 * </ul>
 */
@Component("applyObjectionToPublication")
class ApplyObjectionToPublicationDelegate implements JavaDelegate {

  static final String WITHDRAWN_OUTCOME = "ingetrokkenOpBezwaar";

  @Override
  public void execute(DelegateExecution execution) {
    boolean withdrawn = "gegrond".equals(OBJECTION_OUTCOME.find(execution).orElse(""))
        && PUBLICATION_DECISION_KIND.equals(OBJECTION_DECISION_KIND.find(execution).orElse(""));
    if (withdrawn) {
      OUTCOME.set(execution, WITHDRAWN_OUTCOME);
    }
    WITHDRAWN_ON_OBJECTION.set(execution, withdrawn);
  }
}

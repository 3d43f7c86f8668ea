package nl.wmotoezicht.dwangsom;

import static nl.wmotoezicht.dwangsom.DwangsomProcess.Variables.*;

import java.math.BigDecimal;
import nl.wmotoezicht.kernel.CaseVariables;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * {@code Task_ApplyObjectionDecision}: the objection process ({@code processes/bezwaar.bpmn}) decided an objection
 * against a decision of this case (message {@code BezwaarBeslist}) while the last is in force. The ledger, the
 * withdrawals and the refunds were handled there, in every case; here the running case follows
 * ({@code docs/dwangsom-recht.md}):
 * <ul>
 *   <li>gegrond against the last: the last is revoked (art. 7:11 lid 2 Awb); the case ends, outcome
 *       {@code herroepen};</li>
 *   <li>gegrond against the refusal to lift the last: the decision on the objection lifts it (art. 5:34 lid 1 Awb);
 *       the case ends, outcome {@code opgeheven};</li>
 *   <li>deels gegrond against the last or the decision on opheffing: the changed amount and maximum hold for what is
 *       still forfeited; when the lower maximum has been forfeited already the case ends, outcome
 *       {@code maximumBereikt};</li>
 *   <li>ongegrond, niet-ontvankelijk, or any other decision: the last runs on (art. 6:16 Awb).</li>
 * </ul>
 */
@Component("applyObjectionDecision")
class ApplyObjectionDecisionDelegate implements JavaDelegate {

  private final ForfeitureLedger ledger;

  ApplyObjectionDecisionDelegate(ForfeitureLedger ledger) {
    this.ledger = ledger;
  }

  @Override
  public void execute(DelegateExecution execution) {
    String outcome = OBJECTION_OUTCOME.find(execution).orElse("");
    String kind = OBJECTION_DECISION_KIND.find(execution).orElse("");
    boolean ends = false;
    if ("gegrond".equals(outcome) && "last".equals(kind)) {
      OUTCOME.set(execution, "herroepen");
      ends = true;
    } else if ("gegrond".equals(outcome) && "opheffing".equals(kind)) {
      OUTCOME.set(execution, "opgeheven");
      ends = true;
    } else if ("deelsGegrond".equals(outcome) && ("last".equals(kind) || "opheffing".equals(kind))) {
      BigDecimal amount = Amounts.parse(REDUCED_AMOUNT.find(execution).orElse(null));
      BigDecimal maximum = Amounts.parse(REDUCED_MAXIMUM.find(execution).orElse(null));
      if (amount != null && amount.signum() > 0) {
        DWANGSOM_AMOUNT.set(execution, Amounts.text(amount));
      }
      if (maximum != null && maximum.signum() > 0) {
        DWANGSOM_MAXIMUM.set(execution, Amounts.text(maximum));
        if (ledger.maximumReached(CaseVariables.CASE_NUMBER.get(execution), maximum)) {
          // the lower maximum has been forfeited already: nothing more can be forfeited (art. 5:32b lid 2 Awb)
          MAXIMUM_REACHED.set(execution, true);
          OUTCOME.set(execution, "maximumBereikt");
          ends = true;
        }
      }
    }
    LAST_ENDED_ON_OBJECTION.set(execution, ends);
  }
}

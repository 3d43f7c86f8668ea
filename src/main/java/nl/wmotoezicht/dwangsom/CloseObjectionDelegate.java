package nl.wmotoezicht.dwangsom;

import static nl.wmotoezicht.dwangsom.DwangsomProcess.Variables.OBJECTION_DECIDED_ON;
import static nl.wmotoezicht.dwangsom.DwangsomProcess.Variables.OBJECTION_RECEIVED_ON;

import java.time.LocalDate;
import nl.wmotoezicht.kernel.CaseVariables;
import nl.wmotoezicht.terms.TermExpressions;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * {@code Task_CloseObjection}: the objection against the last was pending from its receipt until
 * today; the verjaring of every open forfeiture is extended by that time (art. 5:35 lid 2 Awb).
 */
@Component("closeObjection")
class CloseObjectionDelegate implements JavaDelegate {

  private final ForfeitureLedger ledger;
  private final TermExpressions terms;

  CloseObjectionDelegate(ForfeitureLedger ledger, TermExpressions terms) {
    this.ledger = ledger;
    this.terms = terms;
  }

  @Override
  public void execute(DelegateExecution execution) {
    LocalDate today = terms.todayDate();
    ledger.suspendVerjaring(CaseVariables.CASE_NUMBER.get(execution),
        LocalDate.parse(OBJECTION_RECEIVED_ON.get(execution)), today);
    OBJECTION_DECIDED_ON.set(execution, today.toString());
  }
}

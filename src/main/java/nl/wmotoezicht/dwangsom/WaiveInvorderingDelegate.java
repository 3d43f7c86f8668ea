package nl.wmotoezicht.dwangsom;

import static nl.wmotoezicht.dwangsom.DwangsomProcess.Variables.*;

import nl.wmotoezicht.terms.TermExpressions;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** {@code Task_WaiveCollection}: the college decided not to collect (invorderen) this forfeiture. */
@Component("waiveCollection")
class WaiveInvorderingDelegate implements JavaDelegate {

  private final ForfeitureLedger ledger;
  private final TermExpressions terms;

  WaiveInvorderingDelegate(ForfeitureLedger ledger, TermExpressions terms) {
    this.ledger = ledger;
    this.terms = terms;
  }

  @Override
  public void execute(DelegateExecution execution) {
    ledger.withdraw(FORFEITURE_ID.get(execution), terms.todayDate());
  }
}

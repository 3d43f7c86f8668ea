package nl.wmotoezicht.dwangsom;

import static nl.wmotoezicht.dwangsom.DwangsomProcess.Variables.*;

import nl.wmotoezicht.terms.TermExpressions;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** {@code Task_CheckVerjaring}: reads the verjaring date again; it may have moved since the timer was set. */
@Component("checkVerjaring")
class CheckVerjaringDelegate implements JavaDelegate {

  private final ForfeitureLedger ledger;
  private final TermExpressions terms;

  CheckVerjaringDelegate(ForfeitureLedger ledger, TermExpressions terms) {
    this.ledger = ledger;
    this.terms = terms;
  }

  @Override
  public void execute(DelegateExecution execution) {
    Forfeiture forfeiture = ledger.find(FORFEITURE_ID.get(execution)).orElseThrow();
    VerjaringDelegates.follow(execution, forfeiture);
    MONITORED_VERJARING.set(execution, VerjaringDelegates.monitoredKey(forfeiture));
    // lapsed only from the day after the last day, never while a pending remedy extends it (art. 5:35 Awb)
    VERJAARD.set(execution, forfeiture.status().isOutstanding() && forfeiture.isLapsedOn(terms.todayDate()));
  }
}

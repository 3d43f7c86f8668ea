package nl.wmotoezicht.dwangsom;

import static nl.wmotoezicht.dwangsom.DwangsomProcess.Variables.*;

import nl.wmotoezicht.terms.TermExpressions;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** {@code Task_MarkLapsed}: the claim is verjaard, the power to collect it ended (art. 5:35 Awb). */
@Component("markLapsed")
class MarkVerjaardDelegate implements JavaDelegate {

  private final ForfeitureLedger ledger;
  private final TermExpressions terms;

  MarkVerjaardDelegate(ForfeitureLedger ledger, TermExpressions terms) {
    this.ledger = ledger;
    this.terms = terms;
  }

  @Override
  public void execute(DelegateExecution execution) {
    ledger.markLapsed(FORFEITURE_ID.get(execution), terms.todayDate());
  }
}

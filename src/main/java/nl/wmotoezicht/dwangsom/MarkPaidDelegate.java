package nl.wmotoezicht.dwangsom;

import static nl.wmotoezicht.dwangsom.DwangsomProcess.Variables.*;

import java.time.LocalDate;
import nl.wmotoezicht.terms.TermExpressions;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** {@code Task_MarkPaid}: the finance system reported the payment ({@code paidOn}, else today). */
@Component("markPaid")
class MarkPaidDelegate implements JavaDelegate {

  private final ForfeitureLedger ledger;
  private final TermExpressions terms;

  MarkPaidDelegate(ForfeitureLedger ledger, TermExpressions terms) {
    this.ledger = ledger;
    this.terms = terms;
  }

  @Override
  public void execute(DelegateExecution execution) {
    LocalDate paidOn = PAID_ON.find(execution).map(LocalDate::parse).orElse(terms.todayDate());
    PAID_ON.set(execution, paidOn.toString());
    ledger.markPaid(FORFEITURE_ID.get(execution), paidOn);
  }
}

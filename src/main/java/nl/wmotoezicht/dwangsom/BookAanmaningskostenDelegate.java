package nl.wmotoezicht.dwangsom;

import static nl.wmotoezicht.dwangsom.DwangsomProcess.Variables.FORFEITURE_ID;
import static nl.wmotoezicht.dwangsom.DwangsomProcess.Variables.REMINDER_FEE;

import java.math.BigDecimal;
import nl.wmotoezicht.kernel.CaseVariables;
import nl.wmotoezicht.terms.TermExpressions;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * {@code Task_BookReminderFee}: when the municipality charges aanmaningskosten (art. 4:113 Awb,
 * {@code wmo.invordering.aanmaningskosten}), they are booked in the ledger and shown in the Aanmaning
 * ({@code reminderFee}); otherwise nothing is charged.
 */
@Component("bookReminderFee")
class BookAanmaningskostenDelegate implements JavaDelegate {

  static final String KIND = "AANMANINGSKOSTEN";

  private final ForfeitureLedger ledger;
  private final TermExpressions terms;
  private final CollectionProperties properties;

  BookAanmaningskostenDelegate(ForfeitureLedger ledger, TermExpressions terms, CollectionProperties properties) {
    this.ledger = ledger;
    this.terms = terms;
    this.properties = properties;
  }

  @Override
  public void execute(DelegateExecution execution) {
    BigDecimal fee = properties.aanmaningskosten().get(CaseVariables.MUNICIPALITY_CODE.get(execution));
    if (fee == null || fee.signum() <= 0) {
      REMINDER_FEE.set(execution, null);
      return;
    }
    ledger.bookCost(FORFEITURE_ID.get(execution), KIND, fee, terms.todayDate(), "art. 4:113 Awb");
    REMINDER_FEE.set(execution, Amounts.text(fee.setScale(2)));
  }
}

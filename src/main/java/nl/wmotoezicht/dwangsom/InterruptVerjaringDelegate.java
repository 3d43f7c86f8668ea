package nl.wmotoezicht.dwangsom;

import static nl.wmotoezicht.dwangsom.DwangsomProcess.Variables.*;

import java.time.LocalDate;
import nl.wmotoezicht.terms.TermExpressions;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** {@code Task_InterruptVerjaring}: the invorderingsbeschikking interrupts the verjaring (art. 5:37a Awb). */
@Component("interruptVerjaring")
class InterruptVerjaringDelegate implements JavaDelegate {

  private final ForfeitureLedger ledger;
  private final TermExpressions terms;

  InterruptVerjaringDelegate(ForfeitureLedger ledger, TermExpressions terms) {
    this.ledger = ledger;
    this.terms = terms;
  }

  @Override
  public void execute(DelegateExecution execution) {
    LocalDate today = terms.todayDate();
    long id = FORFEITURE_ID.get(execution);
    ledger.markInCollection(id, today);
    VerjaringDelegates.follow(execution,
        ledger.interruptVerjaring(id, VerjaringEventKind.INVORDERINGSBESCHIKKING, today)); // art. 5:37a lid 1 Awb
    COLLECTION_DECISION_SENT_ON.set(execution, today.toString());
  }
}

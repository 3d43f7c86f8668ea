package nl.wmotoezicht.dwangsom;

import java.time.LocalDate;
import nl.wmotoezicht.kernel.CaseVariables;
import nl.wmotoezicht.terms.TermExpressions;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.springframework.stereotype.Component;

/**
 * {@code Task_WithdrawForfeitures}: the objection was upheld and the decision revoked, so nothing was
 * ever owed: open forfeitures are withdrawn in the ledger and their collection cases cancelled, and paid
 * ones are ordered to be refunded (ledger rows in {@code wmo_refund}; {@code refundTotal}, {@code refundCount}).
 */
@Component("withdrawForfeitures")
class WithdrawForfeituresDelegate implements JavaDelegate {

  static final String CANCEL_REASON = "Besluit herroepen op bezwaar";

  private final ForfeitureLedger ledger;
  private final RuntimeService runtimeService;
  private final TermExpressions terms;

  WithdrawForfeituresDelegate(ForfeitureLedger ledger, RuntimeService runtimeService, TermExpressions terms) {
    this.ledger = ledger;
    this.runtimeService = runtimeService;
    this.terms = terms;
  }

  @Override
  public void execute(DelegateExecution execution) {
    String caseNumber = CaseVariables.CASE_NUMBER.get(execution);
    ledger.withdrawOpen(caseNumber, terms.todayDate());
    java.util.List<Refund> refunds = ledger.orderRefunds(caseNumber, terms.todayDate(), CANCEL_REASON);
    DwangsomProcess.Variables.REFUND_COUNT.set(execution, refunds.size());
    DwangsomProcess.Variables.REFUND_TOTAL.set(execution, Amounts.text(refunds.stream().map(Refund::amount)
        .reduce(java.math.BigDecimal.ZERO.setScale(2), java.math.BigDecimal::add)));
    for (ProcessInstance collection : runtimeService.createProcessInstanceQuery()
        .processDefinitionKey(DwangsomProcess.INVORDERING_KEY)
        .variableValueEquals(DwangsomProcess.Variables.DWANGSOM_CASE_NUMBER.name(), caseNumber).list()) {
      runtimeService.deleteProcessInstance(collection.getId(), CANCEL_REASON);
    }
  }
}

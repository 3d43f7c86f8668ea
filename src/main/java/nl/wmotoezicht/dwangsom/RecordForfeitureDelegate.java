package nl.wmotoezicht.dwangsom;

import static nl.wmotoezicht.dwangsom.DwangsomProcess.Variables.*;

import java.math.BigDecimal;
import java.time.LocalDate;
import nl.wmotoezicht.kernel.CaseVariables;
import nl.wmotoezicht.kernel.ProviderVariables;
import nl.wmotoezicht.terms.TermPeriod;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * {@code Task_RecordForfeiture}: the recheck found the last not complied with, so the dwangsom is
 * forfeited by operation of law (art. 5:33 Awb) — no decision is needed. Records it in the ledger:
 * <ul>
 *   <li>ineens: the amount, once, on the day after the begunstigingstermijn;</li>
 *   <li>per time unit: the amount for the unit that passed, the first on the day after the term,
 *   each next one a unit later;</li>
 *   <li>per violation: the amount times the violations found, on the day of the recheck.</li>
 * </ul>
 * The ledger caps it at the maximum (art. 5:32b Awb).
 */
@Component("recordForfeiture")
class RecordForfeitureDelegate implements JavaDelegate {

  private final ForfeitureLedger ledger;

  RecordForfeitureDelegate(ForfeitureLedger ledger) {
    this.ledger = ledger;
  }

  @Override
  public void execute(DelegateExecution execution) {
    String kind = DWANGSOM_KIND.get(execution);
    BigDecimal amount = Amounts.parse(DWANGSOM_AMOUNT.get(execution));
    BigDecimal maximum = Amounts.parse(DWANGSOM_MAXIMUM.get(execution));
    LocalDate forfeitedOn = switch (kind) {
      case "perOvertreding" -> LocalDate.parse(RECHECK_DATE.get(execution));
      case "perTijdseenheid" -> LAST_FORFEITED_ON.find(execution)
          .map(previous -> LocalDate.parse(previous).plus(TermPeriod.parse(TIME_UNIT.get(execution)).period()))
          .orElseGet(() -> LocalDate.parse(COMPLIANCE_DEADLINE.get(execution)).plusDays(1));
      default -> LocalDate.parse(COMPLIANCE_DEADLINE.get(execution)).plusDays(1);
    };
    if ("perOvertreding".equals(kind)) {
      amount = amount.multiply(BigDecimal.valueOf(((Number) VIOLATION_COUNT.get(execution)).longValue()));
    }
    String caseNumber = CaseVariables.CASE_NUMBER.get(execution);
    Forfeiture forfeiture = ledger.record(caseNumber, ProviderVariables.PROVIDER_KVK_NUMBER.get(execution),
        ProviderVariables.PROVIDER_NAME.get(execution), CaseVariables.MUNICIPALITY_CODE.get(execution),
        forfeitedOn, amount, maximum);

    LAST_FORFEITURE_ID.set(execution, forfeiture.id());
    LAST_FORFEITED_ON.set(execution, forfeiture.forfeitedOn().toString());
    LAST_FORFEITURE_AMOUNT.set(execution, Amounts.text(forfeiture.amount()));
    LAST_PAY_BY.set(execution, forfeiture.payBy().toString());
    LAST_FORFEITURE_REFERENCE.set(execution, caseNumber + "-V" + forfeiture.sequenceNo());
    TOTAL_FORFEITED.set(execution, Amounts.text(forfeiture.runningTotal()));
    FORFEITURE_COUNT.set(execution, forfeiture.sequenceNo());
    MAXIMUM_REACHED.set(execution, "ineens".equals(kind) || forfeiture.runningTotal().compareTo(maximum) >= 0);
  }
}

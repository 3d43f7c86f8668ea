package nl.wmotoezicht.dwangsom;

import static nl.wmotoezicht.dwangsom.DwangsomProcess.Variables.*;

import java.time.LocalDate;
import nl.wmotoezicht.terms.TermExpressions;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The small ledger steps of {@code processes/invorderingDwangsom.bpmn}, one bean each, named as the
 * model references them.
 */
@Configuration
class CollectionDelegates {

  private final ForfeitureLedger ledger;
  private final TermExpressions terms;

  CollectionDelegates(ForfeitureLedger ledger, TermExpressions terms) {
    this.ledger = ledger;
    this.terms = terms;
  }

  private LocalDate today() {
    return terms.todayDate();
  }

  /** {@code Task_InterruptVerjaring}: the invorderingsbeschikking interrupts the verjaring (art. 5:37a Awb). */
  @Bean
  JavaDelegate interruptVerjaring() {
    return execution -> {
      long id = FORFEITURE_ID.get(execution);
      ledger.markInCollection(id, today());
      ledger.restartVerjaring(id, today());
      VERJARING_DATE.set(execution, ledger.find(id).orElseThrow().verjaringDate().toString());
      COLLECTION_DECISION_SENT_ON.set(execution, today().toString());
    };
  }

  /** {@code Task_CheckVerjaring}: reads the verjaring date again; it may have moved since the timer was set. */
  @Bean
  JavaDelegate checkVerjaring() {
    return execution -> {
      Forfeiture forfeiture = ledger.find(FORFEITURE_ID.get(execution)).orElseThrow();
      VERJARING_DATE.set(execution, forfeiture.verjaringDate().toString());
      VERJAARD.set(execution, !today().isBefore(forfeiture.verjaringDate()));
    };
  }

  /** {@code Task_MarkLapsed}: the claim lapsed by verjaring (art. 5:35 Awb). */
  @Bean
  JavaDelegate markLapsed() {
    return execution -> ledger.markLapsed(FORFEITURE_ID.get(execution), today());
  }

  /** {@code Task_MarkPaid}: the finance system reported the payment ({@code paidOn}, else today). */
  @Bean
  JavaDelegate markPaid() {
    return execution -> {
      LocalDate paidOn = PAID_ON.find(execution).map(LocalDate::parse).orElse(today());
      PAID_ON.set(execution, paidOn.toString());
      ledger.markPaid(FORFEITURE_ID.get(execution), paidOn);
    };
  }

  /** {@code Task_WaiveCollection}: the college decided not to collect this forfeiture. */
  @Bean
  JavaDelegate waiveCollection() {
    return execution -> ledger.withdraw(FORFEITURE_ID.get(execution), today());
  }
}

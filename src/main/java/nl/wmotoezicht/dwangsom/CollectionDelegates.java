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
  private final CollectionProperties properties;

  CollectionDelegates(ForfeitureLedger ledger, TermExpressions terms, CollectionProperties properties) {
    this.ledger = ledger;
    this.terms = terms;
    this.properties = properties;
  }

  /**
   * {@code Task_BookReminderFee}: when the municipality charges aanmaningskosten (art. 4:113 Awb,
   * {@code wmo.invordering.aanmaningskosten}), they are booked in the ledger and shown in the aanmaning
   * ({@code reminderFee}).
   */
  @Bean
  JavaDelegate bookReminderFee() {
    return execution -> {
      java.math.BigDecimal fee = properties.aanmaningskosten()
          .get(nl.wmotoezicht.process.CaseVariables.MUNICIPALITY_CODE.get(execution));
      if (fee == null || fee.signum() <= 0) {
        REMINDER_FEE.set(execution, null);
        return;
      }
      ledger.bookCost(FORFEITURE_ID.get(execution), "AANMANINGSKOSTEN", fee, today(), "art. 4:113 Awb");
      REMINDER_FEE.set(execution, Amounts.text(fee.setScale(2)));
    };
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
      VerjaringDelegates.follow(execution,
          ledger.interruptVerjaring(id, VerjaringEventKind.INVORDERINGSBESCHIKKING, today()));
      COLLECTION_DECISION_SENT_ON.set(execution, today().toString());
    };
  }

  /**
   * {@code Task_CheckVerjaring}: reads the verjaring from the ledger again (it may have moved since the timers were
   * set); lapsed only from the day after its last day, and never while a pending remedy extends it.
   */
  @Bean
  JavaDelegate checkVerjaring() {
    return execution -> {
      Forfeiture forfeiture = ledger.find(FORFEITURE_ID.get(execution)).orElseThrow();
      VerjaringDelegates.follow(execution, forfeiture);
      MONITORED_VERJARING.set(execution, VerjaringDelegates.monitoredKey(forfeiture));
      VERJAARD.set(execution, forfeiture.status().isOutstanding() && forfeiture.isLapsedOn(today()));
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

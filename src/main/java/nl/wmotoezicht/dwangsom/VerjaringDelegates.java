package nl.wmotoezicht.dwangsom;

import static nl.wmotoezicht.dwangsom.DwangsomProcess.Variables.*;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import nl.wmotoezicht.terms.TermExpressions;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The steps that record verjaring events (art. 5:35, 5:37a, 4:105, 4:106 Awb) in the ledger, and the monitor that
 * carries a changed verjaring date to the collection case of each forfeiture concerned.
 */
@Configuration
class VerjaringDelegates {

  private final ForfeitureLedger ledger;
  private final TermExpressions terms;
  private final RuntimeService runtime;

  VerjaringDelegates(ForfeitureLedger ledger, TermExpressions terms, RuntimeService runtime) {
    this.ledger = ledger;
    this.terms = terms;
    this.runtime = runtime;
  }

  /**
   * In a collection case: an interruption of the forfeiture's verjaring (input {@code verjaringEvent}, e.g.
   * {@code AANMANING}) on {@code remedyDate} (else today).
   */
  @Bean
  JavaDelegate recordInterruption() {
    return execution -> {
      Forfeiture forfeiture = ledger.interruptVerjaring(FORFEITURE_ID.get(execution),
          VerjaringEventKind.valueOf(VERJARING_EVENT.get(execution)), eventDate(execution));
      follow(execution, forfeiture);
    };
  }

  /**
   * In a collection case: an event of the forfeiture that may extend its verjaring (input {@code verjaringEvent},
   * e.g. {@code VERZOEK_INVORDERING_INGEDIEND}, art. 5:37a lid 2 Awb) on {@code remedyDate} (else today).
   */
  @Bean
  JavaDelegate recordForfeitureEvent() {
    return execution -> {
      Forfeiture forfeiture = ledger.find(FORFEITURE_ID.get(execution)).orElseThrow();
      ledger.recordVerjaringEvent(forfeiture.caseNumber(), forfeiture.id(),
          VerjaringEventKind.valueOf(VERJARING_EVENT.get(execution)), eventDate(execution));
      follow(execution, ledger.find(forfeiture.id()).orElseThrow());
    };
  }

  /** The day of the event: {@code remedyDate} (consumed) or today; also left as local {@code remedyRecordedOn}. */
  private LocalDate eventDate(DelegateExecution execution) {
    LocalDate on = REMEDY_DATE.find(execution).filter(s -> !s.isBlank()).map(LocalDate::parse)
        .orElse(terms.todayDate());
    if (execution.hasVariable(REMEDY_DATE.name())) {
      execution.removeVariable(REMEDY_DATE.name());
    }
    execution.setVariableLocal(REMEDY_RECORDED_ON.name(), on.toString());
    return on;
  }

  /** Sets the collection case's verjaring variables; a change interrupts its verjaring timers. */
  static void follow(DelegateExecution collection, Forfeiture forfeiture) {
    VERJARING_DATE.set(collection, forfeiture.verjaringDate().toString());
    VERJARING_UNTIL_DECIDED.set(collection, forfeiture.verjaringUntilDecided());
  }

  /** Sets the verjaring variables on the forfeiture's running collection case, if any. */
  void inform(Forfeiture forfeiture) {
    String reference = forfeiture.caseNumber() + "-V" + forfeiture.sequenceNo();
    ProcessInstance collection = runtime.createProcessInstanceQuery()
        .processDefinitionKey(DwangsomProcess.INVORDERING_KEY).processInstanceBusinessKey(reference).singleResult();
    if (collection == null) {
      return;
    }
    Map<String, Object> variables = new HashMap<>();
    VERJARING_DATE.put(variables, forfeiture.verjaringDate().toString());
    VERJARING_UNTIL_DECIDED.put(variables, forfeiture.verjaringUntilDecided());
    runtime.setVariables(collection.getId(), variables);
  }

  /** The key the verjaring timers were set for: a change of date or extension interrupts them. */
  static String monitoredKey(Forfeiture forfeiture) {
    return forfeiture.verjaringDate() + (forfeiture.verjaringUntilDecided() ? "+" : "");
  }
}

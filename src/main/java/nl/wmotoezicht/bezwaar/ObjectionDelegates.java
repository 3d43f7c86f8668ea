package nl.wmotoezicht.bezwaar;

import static nl.wmotoezicht.bezwaar.BezwaarProcess.Variables.*;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import nl.wmotoezicht.dwangsom.DwangsomProcess;
import nl.wmotoezicht.dwangsom.ObjectionEffects;
import nl.wmotoezicht.dwangsom.Refund;
import nl.wmotoezicht.dwangsom.VerjaringEventKind;
import nl.wmotoezicht.kernel.ProcessVariable;
import nl.wmotoezicht.kernel.FieldError;
import nl.wmotoezicht.kernel.InvalidInputException;
import nl.wmotoezicht.kernel.CaseVariables;
import nl.wmotoezicht.terms.LegalCalendar;
import nl.wmotoezicht.terms.TermExpressions;
import nl.wmotoezicht.terms.Termijnen;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.task.Task;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The service steps of {@code processes/bezwaar.bpmn}, one bean each, named as the model references them. */
@Configuration
class ObjectionDelegates {

  /** The one extension of the decision term (art. 7:10 lid 3 Awb), by name in {@code terms/termijnen.yaml}. */
  static final String EXTENSION_TERM = "verdagingBezwaar";

  private final ObjectionEffects effects;
  private final TermExpressions terms;
  private final LegalCalendar calendar;
  private final Termijnen termijnen;
  private final TaskService taskService;
  private final RuntimeService runtime;

  ObjectionDelegates(ObjectionEffects effects, TermExpressions terms, LegalCalendar calendar, Termijnen termijnen,
      TaskService taskService, RuntimeService runtime) {
    this.effects = effects;
    this.terms = terms;
    this.calendar = calendar;
    this.termijnen = termijnen;
    this.taskService = taskService;
    this.runtime = runtime;
  }

  /** {@code Task_RecordObjectionLodged}: the ledger learns of the objection (verjaring, art. 5:35 lid 2 Awb). */
  @Bean
  JavaDelegate recordObjectionLodged() {
    return execution -> effects.lodged(DECISION_CASE_NUMBER.get(execution), DECISION_KIND.get(execution),
        LocalDate.parse(OBJECTION_RECEIVED_ON.get(execution)));
  }

  /**
   * {@code Task_ExtendDecisionTerm}: art. 7:10 lid 3 Awb, once by the term {@code verdagingBezwaar} ({@code verdagen},
   * {@code docs/termijnen.md}); further only with
   * the objector's consent (lid 4, {@code uitstelMetInstemming} with {@code agreedDecideBy}). The decision task's
   * due date follows.
   */
  @Bean
  JavaDelegate extendDecisionTerm() {
    return execution -> {
      String extension = EXTENSION.get(execution);
      LocalDate current = LocalDate.parse(DECIDE_BY.get(execution));
      LocalDate next;
      if ("verdagen".equals(extension)) {
        if (Boolean.TRUE.equals(EXTENDED.get(execution))) {
          throw new InvalidInputException(List.of(new FieldError(EXTENSION.name(),
              "de beslistermijn is al eens verdaagd; verder uitstel alleen met instemming (art. 7:10 lid 4 Awb)")));
        }
        next = calendar.compute(current, termijnen.term(EXTENSION_TERM).period(), true).ends();
        EXTENDED.set(execution, true);
      } else {
        next = AGREED_DECIDE_BY.find(execution).filter(s -> !s.isBlank()).map(LocalDate::parse).orElse(null);
        if (next == null || !next.isAfter(current)) {
          throw new InvalidInputException(List.of(new FieldError(AGREED_DECIDE_BY.name(),
              "moet een datum na " + current + " zijn waarmee de indiener heeft ingestemd")));
        }
      }
      DECIDE_BY.set(execution, next.toString());
      for (Task task : taskService.createTaskQuery().processInstanceId(execution.getProcessInstanceId())
          .taskDefinitionKey(BezwaarProcess.Elements.DECIDE).list()) {
        task.setDueDate(terms.dueOn(next));
        taskService.saveTask(task);
      }
    };
  }

  /**
   * {@code Task_ApplyOutcome}: the outcome reaches the ledger in every case (withdrawals, refunds, changed amounts,
   * verjaring) and the case that made the decision when it still runs (message {@code BezwaarBeslist}, one receiver:
   * the running instance with that business key). Deels gegrond against the last: the form says what changes
   * (art. 7:11 lid 2 Awb); bad input rolls the decision back (400).
   */
  @Bean
  JavaDelegate applyObjectionOutcome() {
    return execution -> {
      String decisionCaseNumber = DECISION_CASE_NUMBER.get(execution);
      String kind = DECISION_KIND.get(execution);
      String outcome = OUTCOME.get(execution);
      ObjectionEffects.Change change = "deelsGegrond".equals(outcome) && "last".equals(kind)
          ? change(execution) : ObjectionEffects.Change.NONE;
      LocalDate today = terms.todayDate();
      List<Refund> refunds = effects.decided(decisionCaseNumber, kind, outcome, change, today);
      DECIDED_ON.set(execution, today.toString());
      REFUND_COUNT.set(execution, refunds.size());
      REFUND_TOTAL.set(execution, ObjectionEffects.total(refunds));
      var message = runtime.createMessageCorrelation(BezwaarProcess.Messages.DECIDED)
          .processInstanceBusinessKey(decisionCaseNumber)
          .setVariable(OUTCOME.name(), outcome)
          .setVariable(DwangsomProcess.Variables.OBJECTION_DECISION_KIND.name(), kind)
          .setVariable(DwangsomProcess.Variables.OBJECTION_DECIDED_ON.name(), today.toString())
          .setVariable(DwangsomProcess.Variables.OBJECTION_CASE_NUMBER.name(), CaseVariables.CASE_NUMBER.get(execution));
      if (change.reducedAmount() != null) {
        message.setVariable(DwangsomProcess.Variables.REDUCED_AMOUNT.name(), change.reducedAmount().toPlainString());
      }
      if (change.reducedMaximum() != null) {
        message.setVariable(DwangsomProcess.Variables.REDUCED_MAXIMUM.name(), change.reducedMaximum().toPlainString());
      }
      message.correlateAllWithResult();
    };
  }

  /**
   * Beroep and hoger beroep after the decision on the objection (input {@code verjaringEvent}, e.g.
   * {@code BEROEP_INGESTELD}) on {@code remedyDate} (consumed) or today: for an objection against the last a
   * verjaring event (art. 5:35 lid 2 Awb). Leaves the day as local {@code remedyRecordedOn} for the output mapping.
   */
  @Bean
  JavaDelegate recordRemedy() {
    return execution -> {
      VerjaringEventKind kind = VerjaringEventKind.valueOf(DwangsomProcess.Variables.VERJARING_EVENT.get(execution));
      ProcessVariable<String> remedyDate = DwangsomProcess.Variables.REMEDY_DATE;
      LocalDate on;
      try {
        on = remedyDate.find(execution).filter(s -> !s.isBlank()).map(LocalDate::parse).orElse(terms.todayDate());
      } catch (DateTimeParseException e) {
        throw new InvalidInputException(List.of(new FieldError(remedyDate.name(), "moet een datum zijn zoals 2027-01-05")));
      }
      if (execution.hasVariable(remedyDate.name())) {
        execution.removeVariable(remedyDate.name());
      }
      execution.setVariableLocal(DwangsomProcess.Variables.REMEDY_RECORDED_ON.name(), on.toString());
      effects.remedy(DECISION_CASE_NUMBER.get(execution), DECISION_KIND.get(execution), kind, on);
    };
  }

  /** What a deels gegrond decision on the last changes, from the decision form; at least one change. */
  private static ObjectionEffects.Change change(DelegateExecution execution) {
    List<FieldError> errors = new ArrayList<>();
    List<Integer> withdrawn = List.of();
    try {
      withdrawn = ObjectionEffects.Change.sequenceNumbers(WITHDRAWN_FORFEITURES.find(execution).orElse(null));
    } catch (IllegalArgumentException e) {
      errors.add(new FieldError(WITHDRAWN_FORFEITURES.name(), e.getMessage()));
    }
    BigDecimal amount = amount(REDUCED_AMOUNT.find(execution).orElse(null), REDUCED_AMOUNT.name(), errors);
    BigDecimal maximum = amount(REDUCED_MAXIMUM.find(execution).orElse(null), REDUCED_MAXIMUM.name(), errors);
    if (errors.isEmpty() && withdrawn.isEmpty() && amount == null && maximum == null) {
      errors.add(new FieldError(OUTCOME.name(), "deels gegrond: geef aan wat wijzigt (ingetrokken verbeurten, lager "
          + "bedrag of lager maximum)"));
    }
    if (!errors.isEmpty()) {
      throw new InvalidInputException(errors);
    }
    return new ObjectionEffects.Change(withdrawn, amount, maximum);
  }

  private static BigDecimal amount(Object value, String name, List<FieldError> errors) {
    if (value == null || value.toString().isBlank()) {
      return null;
    }
    try {
      BigDecimal amount = new BigDecimal(value.toString().strip());
      if (amount.signum() <= 0 || amount.stripTrailingZeros().scale() > 2) {
        errors.add(new FieldError(name, "moet een positief bedrag in euro's met hoogstens twee decimalen zijn"));
        return null;
      }
      return amount.setScale(2);
    } catch (NumberFormatException e) {
      errors.add(new FieldError(name, "moet een bedrag zijn zoals 500.00"));
      return null;
    }
  }
}

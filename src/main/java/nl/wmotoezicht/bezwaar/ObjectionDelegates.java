package nl.wmotoezicht.bezwaar;

import static nl.wmotoezicht.bezwaar.BezwaarProcess.Variables.*;

import java.time.LocalDate;
import java.util.List;
import nl.wmotoezicht.dwangsom.ObjectionEffects;
import nl.wmotoezicht.dwangsom.Refund;
import nl.wmotoezicht.kernel.FieldError;
import nl.wmotoezicht.kernel.InvalidInputException;
import nl.wmotoezicht.kernel.CaseVariables;
import nl.wmotoezicht.terms.LegalCalendar;
import nl.wmotoezicht.terms.TermExpressions;
import nl.wmotoezicht.terms.Termijnen;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
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
   * {@code Task_ApplyOutcome}: the outcome reaches the ledger in every case (withdrawals, refunds, verjaring) and the
   * case that made the decision when it still runs (message {@code BezwaarBeslist}).
   */
  @Bean
  JavaDelegate applyObjectionOutcome() {
    return execution -> {
      String decisionCaseNumber = DECISION_CASE_NUMBER.get(execution);
      List<Refund> refunds = effects.decided(decisionCaseNumber, DECISION_KIND.get(execution),
          OUTCOME.get(execution), terms.todayDate());
      execution.setVariable("refundCount", refunds.size());
      execution.setVariable("refundTotal", ObjectionEffects.total(refunds));
      runtime.createMessageCorrelation(BezwaarProcess.Messages.DECIDED).processInstanceBusinessKey(decisionCaseNumber)
          .setVariable(OUTCOME.name(), OUTCOME.get(execution))
          .setVariable("objectionCaseNumber", CaseVariables.CASE_NUMBER.get(execution))
          .correlateAllWithResult();
    };
  }
}

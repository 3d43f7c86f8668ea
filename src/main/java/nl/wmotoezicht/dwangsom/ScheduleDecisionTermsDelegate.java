package nl.wmotoezicht.dwangsom;

import static nl.wmotoezicht.dwangsom.DwangsomProcess.Variables.*;

import java.time.LocalDate;
import nl.wmotoezicht.terms.LegalCalendar;
import nl.wmotoezicht.terms.TermExpressions;
import nl.wmotoezicht.terms.Termijnen;
import nl.wmotoezicht.terms.TermPeriod;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * {@code Task_ScheduleTerms}: the decision is made known today. The objection term is six weeks from
 * the next day (art. 6:7, 6:8 Awb), extended by the Algemene termijnenwet; the begunstigingstermijn
 * is the one set in the decision and never extended; urgent bestuursdwang has none (art. 5:31 Awb).
 */
@Component("scheduleDecisionTerms")
class ScheduleDecisionTermsDelegate implements JavaDelegate {

  /** The objection term (art. 6:7 Awb), named in {@code terms/termijnen.yaml} ({@code docs/termijnen.md}). */
  static final String OBJECTION_TERM = "bezwaar";

  private final LegalCalendar calendar;
  private final TermExpressions terms;
  private final Termijnen termijnen;

  ScheduleDecisionTermsDelegate(LegalCalendar calendar, TermExpressions terms, Termijnen termijnen) {
    this.calendar = calendar;
    this.terms = terms;
    this.termijnen = termijnen;
  }

  @Override
  public void execute(DelegateExecution execution) {
    LocalDate today = terms.todayDate();
    DECISION_SENT_ON.set(execution, today.toString());
    OBJECTION_TERM_ENDS.set(execution,
        calendar.compute(today, termijnen.term(OBJECTION_TERM).period(), true).ends().toString());
    LocalDate deadline = URGENT.find(execution).orElse(false)
        ? today
        : calendar.compute(today, TermPeriod.parse(COMPLIANCE_TERM.get(execution)), false).ends();
    COMPLIANCE_DEADLINE.set(execution, deadline.toString());
  }
}

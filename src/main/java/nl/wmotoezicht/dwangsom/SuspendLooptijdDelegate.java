package nl.wmotoezicht.dwangsom;

import static nl.wmotoezicht.dwangsom.DwangsomProcess.Variables.*;

import java.time.LocalDate;
import java.util.Date;
import java.util.List;
import java.util.Set;
import nl.wmotoezicht.kernel.FieldError;
import nl.wmotoezicht.kernel.InvalidInputException;
import nl.wmotoezicht.terms.TermExpressions;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.runtime.Job;
import org.springframework.stereotype.Component;

/**
 * {@code Task_SuspendLooptijd}: on request of the overtreder, when complying is (temporarily) impossible for him, the
 * college suspends the running of the last for a set term (art. 5:34 lid 1 Awb: "de looptijd ervan opschorten voor
 * een bepaalde termijn"); the request may come while an objection is pending, which itself suspends nothing
 * (art. 6:16 Awb). The running begunstigingstermijn (or the running period of a dwangsom per time unit or per violation)
 * moves on by the suspended days: its timer and, for the begunstigingstermijn, its last day
 * ({@code complianceDeadline}). A term set by the college: calendar days, the Algemene termijnenwet does not apply.
 * The ledger and the verjaring are not touched: nothing is forfeited while the last is suspended.
 */
@Component("suspendLooptijd")
class SuspendLooptijdDelegate implements JavaDelegate {

  static final int MAX_DAYS = 730;
  /** The timers of the timeline that the suspension moves. */
  static final Set<String> TIMELINE_TIMERS = Set.of(DwangsomProcess.Elements.COMPLIANCE_TERM_ENDED,
      DwangsomProcess.Elements.NEXT_PERIOD);

  private final ManagementService management;
  private final TermExpressions terms;

  SuspendLooptijdDelegate(ManagementService management, TermExpressions terms) {
    this.management = management;
    this.terms = terms;
  }

  @Override
  public void execute(DelegateExecution execution) {
    Object value = execution.getVariable(SUSPENSION_DAYS.name());
    int days;
    try {
      days = value == null ? 0 : new java.math.BigDecimal(value.toString().strip()).intValueExact();
    } catch (NumberFormatException | ArithmeticException e) {
      days = 0;
    }
    if (days < 1 || days > MAX_DAYS) {
      throw new InvalidInputException(List.of(new FieldError(SUSPENSION_DAYS.name(),
          "moet een aantal dagen van 1 tot en met " + MAX_DAYS + " zijn")));
    }
    LocalDate today = terms.todayDate();
    SUSPENDED_FROM.set(execution, today.toString());
    SUSPENDED_DAYS.set(execution, days);
    for (Job job : management.createJobQuery().processInstanceId(execution.getProcessInstanceId()).timers().list()) {
      String activity = management.createJobDefinitionQuery().jobDefinitionId(job.getJobDefinitionId())
          .singleResult().getActivityId();
      if (!TIMELINE_TIMERS.contains(activity)) {
        continue;
      }
      management.setJobDuedate(job.getId(), Date.from(job.getDuedate().toInstant().plus(java.time.Duration.ofDays(days))));
      if (!DwangsomProcess.Elements.NEXT_PERIOD.equals(activity)) {
        LocalDate deadline = LocalDate.parse(COMPLIANCE_DEADLINE.get(execution));
        PREVIOUS_COMPLIANCE_DEADLINE.set(execution, deadline.toString());
        COMPLIANCE_DEADLINE.set(execution, deadline.plusDays(days).toString());
      }
    }
  }
}

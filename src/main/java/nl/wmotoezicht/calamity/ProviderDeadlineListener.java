package nl.wmotoezicht.calamity;

import static nl.wmotoezicht.calamity.CalamityProcess.Variables.INVESTIGATION_BY;
import static nl.wmotoezicht.calamity.CalamityProcess.Variables.OVERDUE_ACTION;
import static nl.wmotoezicht.calamity.CalamityProcess.Variables.PROVIDER_INVESTIGATION_DEADLINE;

import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.List;
import nl.wmotoezicht.kernel.FieldError;
import nl.wmotoezicht.kernel.InvalidInputException;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.springframework.stereotype.Component;

/**
 * On completing {@code Task_ChooseInvestigation} or {@code Task_HandleOverdueReport}: when the
 * provider investigates (or gets more time), the deadline must be a date after today. The forms
 * check this too; this guards the engine against a task completed over REST without it.
 */
@Component("providerDeadlineListener")
class ProviderDeadlineListener implements TaskListener {

  @Override
  public void notify(DelegateTask task) {
    boolean deadlineNeeded = "aanbieder".equals(INVESTIGATION_BY.find(task).orElse(null))
        && (!CalamityProcess.Elements.HANDLE_OVERDUE_REPORT.equals(task.getTaskDefinitionKey())
            || "verlengen".equals(OVERDUE_ACTION.find(task).orElse(null)));
    if (!deadlineNeeded) {
      return;
    }
    String field = PROVIDER_INVESTIGATION_DEADLINE.name();
    String deadline = PROVIDER_INVESTIGATION_DEADLINE.find(task).orElse("");
    try {
      LocalDate date = LocalDate.parse(deadline);
      LocalDate today = LocalDate.ofInstant(ClockUtil.getCurrentTime().toInstant(), ZoneId.of("Europe/Amsterdam"));
      if (!date.isAfter(today)) {
        throw new InvalidInputException(List.of(new FieldError(field, "moet na vandaag liggen")));
      }
    } catch (DateTimeParseException e) {
      throw new InvalidInputException(List.of(new FieldError(field, "moet een datum zijn als 2026-12-31")));
    }
  }
}

package nl.wmotoezicht.calamity;

import static nl.wmotoezicht.calamity.CalamityProcess.Variables.*;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import nl.wmotoezicht.cases.CaseRegistration;
import nl.wmotoezicht.kernel.FieldError;
import nl.wmotoezicht.kernel.InvalidInputException;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * {@code Task_RegisterReport}: validates the report, gives the case its number (also the business
 * key) and registers the reporter's reference. Runs in the start transaction: an invalid or
 * duplicate report starts nothing.
 *
 * <p>It also records how long after the event the report came ({@code reportDelayDays}) and flags it as late
 * ({@code reportedLate}) when that is more than {@code wmo.calamity.late-report-after-days}: the provider must report
 * "onverwijld" (art. 3.4 lid 1 Wmo 2015), the threshold says what the supervision desk still accepts as such.
 */
@Component("registerCalamityReport")
class RegisterCalamityReportDelegate implements JavaDelegate {

  private final CalamityReportValidator validator;
  private final CaseRegistration registration;

  private static final ZoneId ZONE = ZoneId.of("Europe/Amsterdam");

  private final int lateAfterDays;

  RegisterCalamityReportDelegate(CalamityReportValidator validator, CaseRegistration registration,
      @Value("${wmo.calamity.late-report-after-days:3}") int lateAfterDays) {
    this.validator = validator;
    this.registration = registration;
    if (lateAfterDays < 0) {
      throw new IllegalStateException("wmo.calamity.late-report-after-days moet 0 of meer zijn, niet " + lateAfterDays);
    }
    this.lateAfterDays = lateAfterDays;
  }

  @Override
  public void execute(DelegateExecution execution) {
    Map<String, Object> report = execution.getVariables();
    boolean byHand = INITIATOR.find(execution).isPresent();
    List<FieldError> errors = validator.validate(report, !byHand);
    if (!errors.isEmpty()) {
      throw new InvalidInputException(errors);
    }
    registration.registerReport(execution, CalamityProcess.KEY, CalamityProcess.CASE_PREFIX,
        REPORTER_REFERENCE.find(execution).orElse(null));
    // an absent flag is false; one the report gave is kept, not written again (each write is another history row)
    for (var careLaw : List.of(CARE_UNDER_WLZ, CARE_UNDER_ZVW, CARE_UNDER_JEUGDWET)) {
      if (careLaw.find(execution).isEmpty()) {
        careLaw.set(execution, false);
      }
    }
    IGJ_COORDINATION_REQUIRED.set(execution, CARE_UNDER_WLZ.get(execution) || CARE_UNDER_ZVW.get(execution)
        || CARE_UNDER_JEUGDWET.get(execution));
    LocalDate received = OffsetDateTime.parse(RECEIVED_AT.get(execution)).atZoneSameInstant(ZONE).toLocalDate();
    int delay = (int) ChronoUnit.DAYS.between(LocalDate.parse(EVENT_DATE.get(execution).substring(0, 10)), received);
    REPORT_DELAY_DAYS.set(execution, delay);
    REPORTED_LATE.set(execution, delay > lateAfterDays);
  }
}

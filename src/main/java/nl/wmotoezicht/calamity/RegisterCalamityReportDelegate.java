package nl.wmotoezicht.calamity;

import static nl.wmotoezicht.calamity.CalamityProcess.Variables.*;

import java.util.List;
import java.util.Map;
import nl.wmotoezicht.cases.CaseRegistration;
import nl.wmotoezicht.kernel.FieldError;
import nl.wmotoezicht.kernel.InvalidInputException;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * {@code Task_RegisterReport}: validates the report, gives the case its number (also the business
 * key) and registers the reporter's reference. Runs in the start transaction: an invalid or
 * duplicate report starts nothing.
 */
@Component("registerCalamityReport")
class RegisterCalamityReportDelegate implements JavaDelegate {

  private final CalamityReportValidator validator;
  private final CaseRegistration registration;

  RegisterCalamityReportDelegate(CalamityReportValidator validator, CaseRegistration registration) {
    this.validator = validator;
    this.registration = registration;
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
    for (var careLaw : List.of(CARE_UNDER_WLZ, CARE_UNDER_ZVW, CARE_UNDER_JEUGDWET)) {
      careLaw.set(execution, careLaw.find(execution).orElse(false));
    }
    IGJ_COORDINATION_REQUIRED.set(execution, CARE_UNDER_WLZ.get(execution) || CARE_UNDER_ZVW.get(execution)
        || CARE_UNDER_JEUGDWET.get(execution));
  }
}

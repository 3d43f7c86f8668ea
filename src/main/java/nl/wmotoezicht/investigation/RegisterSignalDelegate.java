package nl.wmotoezicht.investigation;

import static nl.wmotoezicht.investigation.InvestigationProcess.Variables.*;

import java.util.List;
import nl.wmotoezicht.cases.CaseRegistration;
import nl.wmotoezicht.kernel.CaseVariables;
import nl.wmotoezicht.kernel.FieldError;
import nl.wmotoezicht.kernel.InvalidInputException;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * {@code Task_RegisterSignal}: validates the signal, gives the case its number (also the business key) and registers
 * the reporter's reference. A calamity's hand-over is registered under the calamity's case number, so a repeated
 * hand-over starts nothing; its description carries the calamity's findings. Runs in the start transaction: an invalid
 * or duplicate signal starts nothing.
 */
@Component("registerSignal")
class RegisterSignalDelegate implements JavaDelegate {

  private final SignalReportValidator validator;
  private final CaseRegistration registration;

  RegisterSignalDelegate(SignalReportValidator validator, CaseRegistration registration) {
    this.validator = validator;
    this.registration = registration;
  }

  @Override
  public void execute(DelegateExecution execution) {
    boolean handOver = ORIGIN_PROCESS.find(execution).isPresent();
    boolean byHand = INITIATOR.find(execution).isPresent();
    if (handOver) {
      SIGNAL_SOURCE.set(execution, SignalReportValidator.SOURCE_CALAMITY);
      REPORTER_REFERENCE.set(execution, CaseVariables.ORIGIN_CASE_NUMBER.get(execution));
      REPORTER_NAME.set(execution, "Toezichthouder Wmo (calamiteit " + CaseVariables.ORIGIN_CASE_NUMBER.get(execution) + ")");
      FINDINGS.find(execution).filter(f -> !f.isBlank()).ifPresent(findings -> DESCRIPTION.set(execution,
          DESCRIPTION.find(execution).orElse("") + "\n\nBevindingen calamiteitenonderzoek: " + findings));
    }
    List<FieldError> errors = validator.validate(execution.getVariables(), !byHand && !handOver, handOver);
    if (!errors.isEmpty()) {
      throw new InvalidInputException(errors);
    }
    registration.registerReport(execution, InvestigationProcess.KEY, InvestigationProcess.CASE_PREFIX,
        REPORTER_REFERENCE.find(execution).orElse(null));
    REPORTER_MAILABLE.set(execution, REPORTER_EMAIL.find(execution).filter(e -> !e.isBlank()).isPresent());
    COOPERATION_REFUSED.set(execution, false);
    POWERS_USED.set(execution, "[]");
    POWERS_USED_TEXT.set(execution, "");
  }
}

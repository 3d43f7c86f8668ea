package nl.wmotoezicht.dwangsom;

import static nl.wmotoezicht.dwangsom.DwangsomProcess.Variables.*;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import nl.wmotoezicht.kernel.FieldError;
import nl.wmotoezicht.kernel.InvalidInputException;
import nl.wmotoezicht.terms.TermExpressions;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/**
 * On completing a recheck: the finding, its date (not in the future) and the verifiable facts are
 * the evidence for collection, so none may be missing; per violation, the number found.
 */
@Component("recheckValidator")
class RecheckValidator implements TaskListener {

  private final TermExpressions terms;

  RecheckValidator(TermExpressions terms) {
    this.terms = terms;
  }

  @Override
  public void notify(DelegateTask task) {
    List<FieldError> errors = new ArrayList<>();
    String finding = COMPLIANCE_FINDING.find(task).orElse("");
    if (!finding.equals("nageleefd") && !finding.equals("nietNageleefd")) {
      errors.add(new FieldError(COMPLIANCE_FINDING.name(), "moet 'nageleefd' of 'nietNageleefd' zijn"));
    }
    try {
      if (LocalDate.parse(RECHECK_DATE.find(task).orElse("")).isAfter(terms.todayDate())) {
        errors.add(new FieldError(RECHECK_DATE.name(), "ligt in de toekomst"));
      }
    } catch (DateTimeParseException e) {
      errors.add(new FieldError(RECHECK_DATE.name(), "moet een datum zijn als 2026-12-31"));
    }
    if (RECHECK_FINDINGS.find(task).filter(f -> !f.isBlank()).isEmpty()) {
      errors.add(new FieldError(RECHECK_FINDINGS.name(), "is verplicht"));
    }
    if ("nietNageleefd".equals(finding) && "perOvertreding".equals(DWANGSOM_KIND.find(task).orElse(null))) {
      Object count = VIOLATION_COUNT.find(task).orElse(null);
      if (!(count instanceof Number number) || number.doubleValue() < 1 || number.doubleValue() % 1 != 0) {
        errors.add(new FieldError(VIOLATION_COUNT.name(), "moet een geheel aantal van minstens 1 zijn"));
      }
    }
    if (!errors.isEmpty()) {
      throw new InvalidInputException(errors);
    }
  }
}

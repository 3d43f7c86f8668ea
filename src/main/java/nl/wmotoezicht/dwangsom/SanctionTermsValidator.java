package nl.wmotoezicht.dwangsom;

import static nl.wmotoezicht.dwangsom.DwangsomProcess.Variables.*;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import nl.wmotoezicht.kernel.FieldError;
import nl.wmotoezicht.kernel.InvalidInputException;
import nl.wmotoezicht.kernel.ProcessVariable;
import nl.wmotoezicht.terms.TermExpressions;
import nl.wmotoezicht.terms.TermPeriod;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/**
 * On completing the college's tasks ({@code Task_PrepareIntention}, {@code Task_Decide},
 * {@code Task_SetNewTerm}): the terms of the last must be complete and lawful before anything is
 * sent. A dwangsom needs an amount and a maximum (art. 5:32b lid 2 Awb); skipping the hearing needs a
 * motivation (art. 4:11 Awb). Fills the defaults of optional checkboxes.
 */
@Component("sanctionTermsValidator")
class SanctionTermsValidator implements TaskListener {

  /** A new compliance deadline lies at most this far ahead (a date like 9999-12-31 is a typing error). */
  static final int MAX_YEARS_AHEAD = 5;
  static final Set<String> SANCTION_TYPES = Set.of("dwangsom", "bestuursdwang");
  static final Set<String> KINDS = Set.of("ineens", "perTijdseenheid", "perOvertreding");

  private final TermExpressions terms;

  SanctionTermsValidator(TermExpressions terms) {
    this.terms = terms;
  }

  @Override
  public void notify(DelegateTask task) {
    List<FieldError> errors = new ArrayList<>();
    switch (task.getTaskDefinitionKey()) {
      case DwangsomProcess.Elements.PREPARE_VOORNEMEN -> {
        checkLast(task, errors);
        SKIP_HEARING.set(task, SKIP_HEARING.find(task).orElse(false));
        if (SKIP_HEARING.get(task)) {
          required(task, SKIP_HEARING_MOTIVATION, errors);
        } else {
          period(task, ZIENSWIJZE_TERM, errors);
        }
      }
      case DwangsomProcess.Elements.DECIDE -> {
        String decision = required(task, DECISION, errors);
        if (decision != null && !Set.of("opleggen", "afzien").contains(decision)) {
          errors.add(new FieldError(DECISION.name(), "moet 'opleggen' of 'afzien' zijn"));
        }
        required(task, DECISION_MOTIVATION, errors);
        if ("opleggen".equals(decision)) {
          checkLast(task, errors);
        }
      }
      case DwangsomProcess.Elements.SET_NEW_TERM -> {
        String deadline = required(task, COMPLIANCE_DEADLINE, errors);
        if (deadline != null && !isDateAfterToday(deadline)) {
          errors.add(new FieldError(COMPLIANCE_DEADLINE.name(), "moet een datum na vandaag zijn"));
        } else if (deadline != null && LocalDate.parse(deadline).isAfter(terms.todayDate().plusYears(MAX_YEARS_AHEAD))) {
          errors.add(new FieldError(COMPLIANCE_DEADLINE.name(),
              "mag ten hoogste " + MAX_YEARS_AHEAD + " jaar na vandaag liggen"));
        }
      }
      default -> throw new IllegalStateException("No terms to check on " + task.getTaskDefinitionKey());
    }
    if (!errors.isEmpty()) {
      throw new InvalidInputException(errors);
    }
  }

  private void checkLast(DelegateTask task, List<FieldError> errors) {
    String type = required(task, SANCTION_TYPE, errors);
    if (type != null && !SANCTION_TYPES.contains(type)) {
      errors.add(new FieldError(SANCTION_TYPE.name(), "moet 'dwangsom' of 'bestuursdwang' zijn"));
    }
    required(task, LAST_DESCRIPTION, errors);
    URGENT.set(task, "bestuursdwang".equals(type) && URGENT.find(task).orElse(false));
    if (!URGENT.get(task)) {
      period(task, COMPLIANCE_TERM, errors);
    }
    if (!"dwangsom".equals(type)) {
      return;
    }
    String kind = required(task, DWANGSOM_KIND, errors);
    if (kind != null && !KINDS.contains(kind)) {
      errors.add(new FieldError(DWANGSOM_KIND.name(), "moet ineens, perTijdseenheid of perOvertreding zijn"));
    }
    BigDecimal amount = positive(task, DWANGSOM_AMOUNT, errors);
    BigDecimal maximum = positive(task, DWANGSOM_MAXIMUM, errors);
    if (amount != null && maximum != null && amount.compareTo(maximum) > 0) {
      errors.add(new FieldError(DWANGSOM_MAXIMUM.name(), "mag niet lager zijn dan het bedrag"));
    }
    if (kind != null && !"ineens".equals(kind)) {
      period(task, TIME_UNIT, errors);
    }
  }

  private static String required(DelegateTask task, ProcessVariable<String> variable, List<FieldError> errors) {
    Object value = task.getVariable(variable.name());
    if (value instanceof String text && !text.isBlank()) {
      return text;
    }
    errors.add(new FieldError(variable.name(), "is verplicht"));
    return null;
  }

  private static void period(DelegateTask task, ProcessVariable<String> variable, List<FieldError> errors) {
    String text = required(task, variable, errors);
    if (text != null) {
      try {
        TermPeriod.parse(text);
      } catch (IllegalArgumentException e) {
        errors.add(new FieldError(variable.name(), "moet een termijn zijn als P2W of P1M"));
      }
    }
  }

  private static BigDecimal positive(DelegateTask task, ProcessVariable<Object> variable, List<FieldError> errors) {
    BigDecimal amount = Amounts.parse(task.getVariable(variable.name()));
    if (amount == null || amount.signum() <= 0) {
      errors.add(new FieldError(variable.name(), "moet een bedrag groter dan nul zijn"));
      return null;
    }
    if (amount.compareTo(Amounts.MAXIMUM) > 0) {
      errors.add(new FieldError(variable.name(), "mag ten hoogste € " + Amounts.text(Amounts.MAXIMUM) + " zijn"));
      return null;
    }
    return amount;
  }

  private boolean isDateAfterToday(String text) {
    try {
      return LocalDate.parse(text).isAfter(terms.todayDate());
    } catch (java.time.format.DateTimeParseException e) {
      return false;
    }
  }
}

package nl.wmotoezicht.publication;

import static nl.wmotoezicht.publication.PublicationProcess.Variables.*;

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

/** "Besluiten over openbaarmaking": publish on a date (today or later) or not, always with a motivation. */
@Component("publicationDecisionValidator")
class PublicationDecisionValidator implements TaskListener {

  private final TermExpressions terms;

  PublicationDecisionValidator(TermExpressions terms) {
    this.terms = terms;
  }

  @Override
  public void notify(DelegateTask task) {
    List<FieldError> errors = new ArrayList<>();
    String decision = DECISION.find(task).orElse("");
    if (!decision.equals("publiceren") && !decision.equals("nietPubliceren")) {
      errors.add(new FieldError(DECISION.name(), "moet 'publiceren' of 'nietPubliceren' zijn"));
    }
    if (decision.equals("publiceren")) {
      try {
        if (LocalDate.parse(PUBLICATION_DATE.find(task).orElse("")).isBefore(terms.todayDate())) {
          errors.add(new FieldError(PUBLICATION_DATE.name(), "ligt in het verleden"));
        }
      } catch (DateTimeParseException e) {
        errors.add(new FieldError(PUBLICATION_DATE.name(), "moet een datum zijn als 2026-12-31"));
      }
    }
    if (isBlank(task, MOTIVATION.name())) {
      errors.add(new FieldError(MOTIVATION.name(), "is verplicht"));
    }
    if (!errors.isEmpty()) {
      throw new InvalidInputException(errors);
    }
  }
}

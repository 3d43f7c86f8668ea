package nl.wmotoezicht.publication;

import static nl.wmotoezicht.publication.PublicationProcess.Variables.*;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import nl.wmotoezicht.kernel.DutchDates;
import nl.wmotoezicht.kernel.FieldError;
import nl.wmotoezicht.kernel.InvalidInputException;
import nl.wmotoezicht.terms.TermExpressions;
import nl.wmotoezicht.terms.Termijnen;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/**
 * "Besluiten over openbaarmaking": publish on a date (today or later) or not, always with a motivation. A date before
 * the advised one (the term {@code bedenktijdOpenbaarmaking} after today, two weeks: time for the provider to ask the
 * court to stop the publication, art. 8:81 Awb) needs its own motivation ({@code earlyPublicationMotivation}).
 */
@Component("publicationDecisionValidator")
class PublicationDecisionValidator implements TaskListener {

  private final TermExpressions terms;
  private final Termijnen termijnen;
  private final DutchDates dates = new DutchDates();

  PublicationDecisionValidator(TermExpressions terms, Termijnen termijnen) {
    this.terms = terms;
    this.termijnen = termijnen;
  }

  /** The first publication date that needs no motivation, for a decision taken today. */
  LocalDate advisedDate() {
    return LocalDate.parse(terms.endDate(terms.todayDate(), termijnen.get(ADVISED_TERM)));
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
        LocalDate date = LocalDate.parse(PUBLICATION_DATE.find(task).orElse("").trim());
        LocalDate advised = advisedDate();
        if (date.isBefore(terms.todayDate())) {
          errors.add(new FieldError(PUBLICATION_DATE.name(), "ligt in het verleden"));
        } else if (date.isBefore(advised) && isBlank(task, EARLY_PUBLICATION_MOTIVATION.name())) {
          errors.add(new FieldError(EARLY_PUBLICATION_MOTIVATION.name(), "is verplicht bij een publicatiedatum vóór "
              + dates.format(advised.toString()) + ": geadviseerd is twee weken na het besluit, zodat de aanbieder de "
              + "voorzieningenrechter kan vragen de openbaarmaking te verbieden; leg uit waarom eerder publiceren "
              + "nodig is, of kies een latere datum"));
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

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

/** Checks on completing the publication's user tasks; refused input names each field (400 over REST). */
final class PublicationValidators {

  private PublicationValidators() {
  }

  private static boolean blank(DelegateTask task, String name) {
    Object value = task.getVariable(name);
    return value == null || value.toString().isBlank();
  }

  /**
   * "Openbare versie opstellen": the supervisor confirms that personal data of clients and staff is
   * removed; without that confirmation nothing can be published.
   */
  @Component("publicationVersionValidator")
  static class Version implements TaskListener {

    @Override
    public void notify(DelegateTask task) {
      List<FieldError> errors = new ArrayList<>();
      if (!Boolean.TRUE.equals(PERSONAL_DATA_REMOVED.find(task).orElse(false))) {
        errors.add(new FieldError(PERSONAL_DATA_REMOVED.name(),
            "moet bevestigen dat persoonsgegevens van cliënten en medewerkers zijn verwijderd"));
      }
      if (blank(task, TITLE.name())) {
        errors.add(new FieldError(TITLE.name(), "is verplicht"));
      }
      boolean anyFindings = false;
      for (String theme : THEMES) {
        anyFindings |= !blank(task, PUBLICATION_FINDINGS_PREFIX + theme);
      }
      if (!anyFindings && blank(task, PUBLICATION_CONCLUSION)) {
        errors.add(new FieldError(PUBLICATION_CONCLUSION, "is verplicht als er geen bevindingen zijn"));
      }
      if (!errors.isEmpty()) {
        throw new InvalidInputException(errors);
      }
    }
  }

  /** "Besluiten over openbaarmaking": publish on a date (today or later) or not, always with a motivation. */
  @Component("publicationDecisionValidator")
  static class Decision implements TaskListener {

    private final TermExpressions terms;

    Decision(TermExpressions terms) {
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
      if (blank(task, MOTIVATION.name())) {
        errors.add(new FieldError(MOTIVATION.name(), "is verplicht"));
      }
      if (!errors.isEmpty()) {
        throw new InvalidInputException(errors);
      }
    }
  }
}

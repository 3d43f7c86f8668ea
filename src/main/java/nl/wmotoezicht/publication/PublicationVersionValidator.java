package nl.wmotoezicht.publication;

import static nl.wmotoezicht.publication.PublicationProcess.Variables.*;

import java.util.ArrayList;
import java.util.List;
import nl.wmotoezicht.kernel.FieldError;
import nl.wmotoezicht.kernel.InvalidInputException;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/**
 * "Openbare versie opstellen": the supervisor confirms that personal data of clients and staff is
 * removed; without that confirmation nothing can be published.
 */
@Component("publicationVersionValidator")
class PublicationVersionValidator implements TaskListener {

  @Override
  public void notify(DelegateTask task) {
    List<FieldError> errors = new ArrayList<>();
    if (!Boolean.TRUE.equals(PERSONAL_DATA_REMOVED.find(task).orElse(false))) {
      errors.add(new FieldError(PERSONAL_DATA_REMOVED.name(),
          "moet bevestigen dat persoonsgegevens van cliënten en medewerkers zijn verwijderd"));
    }
    if (isBlank(task, TITLE.name())) {
      errors.add(new FieldError(TITLE.name(), "is verplicht"));
    }
    boolean anyFindings = false;
    for (String theme : THEMES) {
      anyFindings |= !isBlank(task, PUBLICATION_FINDINGS_PREFIX + theme);
    }
    if (!anyFindings && isBlank(task, PUBLICATION_CONCLUSION)) {
      errors.add(new FieldError(PUBLICATION_CONCLUSION, "is verplicht als er geen bevindingen zijn"));
    }
    if (!errors.isEmpty()) {
      throw new InvalidInputException(errors);
    }
  }
}

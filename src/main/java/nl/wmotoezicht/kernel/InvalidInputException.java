package nl.wmotoezicht.kernel;

import java.util.List;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.BadUserRequestException;

/**
 * Input that fails validation (a report, a form submitted over REST). Thrown inside the engine transaction, so nothing is started or completed;
 * the REST APIs answer 400 with each bad field.
 */
public class InvalidInputException extends BadUserRequestException {

  private final transient List<FieldError> errors;

  public InvalidInputException(List<FieldError> errors) {
    super("Ongeldige invoer: " + errors.stream().map(e -> e.field() + " " + e.message())
        .collect(Collectors.joining("; ")));
    this.errors = List.copyOf(errors);
  }

  public List<FieldError> errors() {
    return errors;
  }
}

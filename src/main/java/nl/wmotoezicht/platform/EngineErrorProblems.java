package nl.wmotoezicht.platform;

import jakarta.ws.rs.core.Response;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.camunda.bpm.engine.exception.NullValueException;

/**
 * Engine errors that are the caller's doing, answered as 404/400 problems in Dutch that quote nothing of the
 * engine (no expression, no id, no municipality): an object that does not exist or belongs to another
 * municipality (ENGINE-13034, "task is null"), and a form value that is missing or of the wrong type for an
 * expression of the model. Used by the {@code /engine-rest} exception mappers; anything else is left to them.
 */
public final class EngineErrorProblems {

  private static final String OTHER_TENANT = "ENGINE-13034";

  private EngineErrorProblems() {
  }

  /** The problem for the first cause that is the caller's doing, if any. */
  public static Optional<Response> forCause(Throwable exception) {
    for (Throwable cause = exception; cause != null; cause = cause.getCause()) {
      String message = cause.getMessage() == null ? "" : cause.getMessage();
      if (message.startsWith(OTHER_TENANT) || cause instanceof NullValueException && message.contains("Cannot find")) {
        return Optional.of(problem(404, "niet-gevonden", "Niet gevonden",
            "Dit object bestaat niet of u heeft er geen toegang toe."));
      }
      if (message.startsWith("Unknown property used in expression") || message.contains("evaluating expression")
          && (message.contains("Cannot coerce") || message.contains("Cannot convert"))) {
        return Optional.of(problem(400, "ongeldige-invoer", "Ongeldige invoer",
            "Een verplichte waarde ontbreekt of heeft het verkeerde type; controleer de ingevulde velden."));
      }
      if (cause instanceof NullValueException) {
        return Optional.of(problem(400, "ongeldige-invoer", "Ongeldige invoer",
            "Een verplichte waarde ontbreekt in het verzoek."));
      }
    }
    return Optional.empty();
  }

  static Response problem(int status, String type, String title, String detail) {
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("type", "https://wmotoezicht.nl/problemen/" + type);
    body.put("title", title);
    body.put("status", status);
    body.put("detail", detail);
    return Response.status(status).type("application/problem+json").entity(body).build();
  }
}

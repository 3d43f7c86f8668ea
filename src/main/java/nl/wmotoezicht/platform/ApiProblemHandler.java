package nl.wmotoezicht.platform;

import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import nl.wmotoezicht.kernel.InvalidInputException;
import nl.wmotoezicht.kernel.Problems;
import org.camunda.bpm.engine.AuthorizationException;
import org.camunda.bpm.engine.BadUserRequestException;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;

/**
 * Turns errors of our own REST API ({@code /api}) into problem descriptions: a 4xx that names what
 * was wrong, never a stack trace.
 */
@RestControllerAdvice
@Order(Ordered.HIGHEST_PRECEDENCE)
class ApiProblemHandler {

  @ExceptionHandler(HttpMessageNotReadableException.class)
  ProblemDetail unreadable(HttpMessageNotReadableException e) {
    if (e.getCause() instanceof JsonMappingException mapping && !mapping.getPath().isEmpty()) {
      String field = mapping.getPath().stream()
          .map(ref -> ref.getFieldName() != null ? ref.getFieldName() : "[" + ref.getIndex() + "]")
          .collect(Collectors.joining(".")).replace(".[", "[");
      String message = mapping instanceof UnrecognizedPropertyException
          ? "onbekend veld" : "heeft niet het verwachte type";
      ProblemDetail problem = Problems.of(HttpStatus.BAD_REQUEST, "ongeldige-invoer", "Ongeldige invoer",
          "Veld '" + field + "' " + message + ".");
      problem.setProperty("errors", List.of(Map.of("field", field, "message", message)));
      return problem;
    }
    if (e.getCause() instanceof com.fasterxml.jackson.databind.exc.MismatchedInputException) {
      // valid JSON of the wrong shape, e.g. an array where a report belongs
      return Problems.of(HttpStatus.BAD_REQUEST, "ongeldige-invoer", "Ongeldige invoer",
          "De inhoud van het verzoek heeft niet de verwachte vorm (een JSON-object met de velden van de API).");
    }
    return Problems.of(HttpStatus.BAD_REQUEST, "ongeldige-json", "Ongeldige JSON",
        "De inhoud van het verzoek is geen geldige JSON.");
  }

  @ExceptionHandler(MissingServletRequestParameterException.class)
  ProblemDetail missingParameter(MissingServletRequestParameterException e) {
    return Problems.of(HttpStatus.BAD_REQUEST, "ongeldige-invoer", "Ongeldige invoer",
        "Parameter '" + e.getParameterName() + "' ontbreekt.");
  }

  @ExceptionHandler(MethodArgumentTypeMismatchException.class)
  ProblemDetail typeMismatch(MethodArgumentTypeMismatchException e) {
    return Problems.of(HttpStatus.BAD_REQUEST, "ongeldige-invoer", "Ongeldige invoer",
        "Parameter '" + e.getName() + "' heeft een ongeldige waarde.");
  }

  @ExceptionHandler(AuthorizationException.class)
  ProblemDetail forbidden(AuthorizationException e) {
    return Problems.of(HttpStatus.FORBIDDEN, "geen-toegang", "Geen toegang",
        "U heeft geen recht op deze handeling.");
  }

  @ExceptionHandler(InvalidInputException.class)
  ProblemDetail invalidInput(InvalidInputException e) {
    ProblemDetail problem = Problems.of(HttpStatus.BAD_REQUEST, "ongeldige-invoer", "Ongeldige invoer", e.getMessage());
    problem.setProperty("errors", e.errors());
    return problem;
  }

  /** The database cannot be reached (see {@link DatabaseUnavailable}); anything else stays an error of ours. */
  @ExceptionHandler({org.springframework.transaction.TransactionException.class,
      org.springframework.dao.DataAccessException.class, org.camunda.bpm.engine.ProcessEngineException.class})
  org.springframework.http.ResponseEntity<ProblemDetail> unavailable(Exception e) throws Exception {
    if (!DatabaseUnavailable.causedBy(e)) {
      throw e;
    }
    return org.springframework.http.ResponseEntity.status(HttpStatus.SERVICE_UNAVAILABLE)
        .header("Retry-After", String.valueOf(DatabaseUnavailable.RETRY_AFTER_SECONDS))
        .body(DatabaseUnavailable.problem());
  }

  @ExceptionHandler(BadUserRequestException.class)
  ProblemDetail badRequest(BadUserRequestException e) {
    return Problems.of(HttpStatus.BAD_REQUEST, "ongeldige-invoer", "Ongeldige invoer", e.getMessage());
  }
}

package nl.wmotoezicht.cases;

import jakarta.annotation.Priority;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import java.util.List;
import java.util.Map;
import nl.wmotoezicht.kernel.FieldError;
import nl.wmotoezicht.kernel.InvalidInputException;
import nl.wmotoezicht.kernel.Problems;
import nl.wmotoezicht.platform.DatabaseUnavailable;
import nl.wmotoezicht.platform.EngineErrorProblems;
import org.camunda.bpm.engine.MismatchingMessageCorrelationException;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.rest.exception.ProcessEngineExceptionHandler;
import org.camunda.bpm.engine.rest.exception.RestException;
import org.camunda.bpm.engine.rest.exception.RestExceptionHandler;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * How {@code /engine-rest} answers our intake errors, for systems that use the generic
 * {@code POST /engine-rest/message}: 400 with each bad field, or 409 pointing to the existing case.
 */
@Configuration
class EngineRestProblemMappers {

  static final String PROBLEM_JSON = "application/problem+json";

  @Bean
  ExceptionMapper<InvalidInputException> invalidInputMapper() {
    return new InvalidInputMapper();
  }

  @Bean
  ExceptionMapper<DuplicateReportException> duplicateReportMapper() {
    return new DuplicateReportMapper();
  }

  @Bean
  ExceptionMapper<RestException> wrappedInvalidInputMapper() {
    return new WrappedInvalidInputMapper();
  }

  @Bean
  ExceptionMapper<ProcessEngineException> callersEngineErrorMapper() {
    return new CallersEngineErrorMapper();
  }


  static final class InvalidInputMapper implements ExceptionMapper<InvalidInputException> {
    @Override
    public Response toResponse(InvalidInputException e) {
      Map<String, Object> body = Problems.asMap(400, "ongeldige-invoer", "Ongeldige invoer", e.getMessage());
      List<Map<String, String>> errors = e.errors().stream()
          .map(error -> Map.of("field", error.field(), "message", error.message())).toList();
      body.put("errors", errors);
      // what Tasklist shows in its notification (it reads "message"): the refusal as sentences
      body.put("message", "Het formulier is niet verstuurd. " + e.errors().stream().map(InvalidInputMapper::sentence)
          .collect(java.util.stream.Collectors.joining(" ")));
      return Response.status(400).type(PROBLEM_JSON).entity(body).build();
    }

    /** A field's message as a sentence: ours already are; a validator's short one ("is verplicht") gets its field. */
    static String sentence(FieldError error) {
      String message = error.message();
      return message.endsWith(".") ? message : error.field() + " " + message + ".";
    }
  }

  /**
   * Input refused by a task listener or delegate, or an object the caller may not see, reaches REST
   * wrapped in a RestException with status 500: answer them as the 400 and 404 they are; anything else
   * as Camunda does.
   */
  @Priority(Priorities.USER - 100)
  static final class WrappedInvalidInputMapper extends RestExceptionHandler {
    private final InvalidInputMapper invalidInput = new InvalidInputMapper();

    @Override
    public Response toResponse(RestException exception) {
      if (DatabaseUnavailable.causedBy(exception)) {
        return unavailable();
      }
      for (Throwable cause = exception; cause != null; cause = cause.getCause()) {
        if (cause instanceof InvalidInputException invalid) {
          return invalidInput.toResponse(invalid);
        }
        if (cause instanceof MismatchingMessageCorrelationException) {
          // an unknown message name, or no case waiting for it: the caller's mistake, said without echoing the input
          return EngineErrorProblems.problem(400, "bericht-niet-verwerkt", "Bericht niet verwerkt", "Geen proces start "
              + "met dit bericht en geen zaak wacht erop; controleer messageName en businessKey.");
        }
      }
      // another municipality's object, "task is null", a missing or mistyped form value: 404/400 without engine
      // internals (issue 11)
      return EngineErrorProblems.forCause(exception).orElseGet(() -> super.toResponse(exception));
    }
  }

  /**
   * Engine errors that are the caller's doing (an id outside the whitelist pattern, an object of another
   * municipality, a missing form value, …: {@link EngineErrorProblems}), which Camunda answers with 500: the 4xx
   * they are, without echoing the input.
   */
  @Priority(Priorities.USER - 100)
  static final class CallersEngineErrorMapper extends ProcessEngineExceptionHandler {
    @Override
    public Response toResponse(ProcessEngineException exception) {
      if (DatabaseUnavailable.causedBy(exception)) {
        return unavailable();
      }
      return EngineErrorProblems.forCause(exception).orElseGet(() -> super.toResponse(exception));
    }
  }

  /** The database cannot be reached: 503 with Retry-After, as on our own API. */
  static Response unavailable() {
    return Response.fromResponse(EngineErrorProblems.problem(503, DatabaseUnavailable.TYPE, DatabaseUnavailable.TITLE,
        DatabaseUnavailable.DETAIL)).header("Retry-After", DatabaseUnavailable.RETRY_AFTER_SECONDS).build();
  }

  static final class DuplicateReportMapper implements ExceptionMapper<DuplicateReportException> {
    @Override
    public Response toResponse(DuplicateReportException e) {
      Map<String, Object> body = Problems.asMap(409, "melding-al-ontvangen", "Melding al ontvangen", e.getMessage());
      body.put("caseNumber", e.caseNumber());
      body.put("location", "/api/cases/" + e.caseNumber());
      return Response.status(409).type(PROBLEM_JSON).entity(body)
          .header("Location", "/api/cases/" + e.caseNumber()).build();
    }
  }
}

package nl.wmotoezicht.platform;

import jakarta.ws.rs.core.Response;
import java.sql.SQLException;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import nl.wmotoezicht.kernel.PasswordRules;
import nl.wmotoezicht.kernel.Problems;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.TaskAlreadyClaimedException;
import org.camunda.bpm.engine.exception.NotFoundException;
import org.camunda.bpm.engine.exception.NullValueException;

/**
 * Engine errors that are the caller's doing, answered as problems in Dutch that quote nothing of the engine (no
 * expression, no id, no municipality), where Camunda answers 500:
 * <ul>
 *   <li>404: an object that does not exist, is gone meanwhile or belongs to another municipality (ENGINE-13034,
 *   "task is null", "No group found with id");</li>
 *   <li>400: a form value that is missing or of the wrong type for an expression of the model; a user, group or
 *   tenant id outside {@code camunda.bpm.generic-properties.properties.user-resource-whitelist-pattern} (markup, for
 *   example); a password that Camunda's password policy refuses (both a plain {@link ProcessEngineException});</li>
 *   <li>409: a task someone else claimed meanwhile (two supervisors taking the same task in Tasklist); a user, group,
 *   tenant, membership or authorization created a second time, which the database refuses by a unique key.</li>
 * </ul>
 * Used by the {@code /engine-rest} exception mappers, and by {@link RefusedInputLogging} so that what is answered as
 * the caller's doing is not logged as a fault; anything else is left to Camunda.
 */
public final class EngineErrorProblems {

  private static final String OTHER_TENANT = "ENGINE-13034";
  /**
   * Camunda's codes for an object that is gone by the time the command runs: a job (Cockpit's "retry" on an incident
   * that another user or node already retried, ENGINE-13053), a process instance to modify (ENGINE-13036).
   */
  private static final List<String> GONE = List.of("ENGINE-13053", "ENGINE-13036");
  /** Camunda's "No group found with id 'x'." and the like, from its not-null checks of a looked-up object. */
  private static final Pattern NO_SUCH = Pattern.compile("^No \\w+ found with id");
  /** How Camunda's {@code EnsureUtil} ends the message of an id outside the whitelist pattern. */
  private static final String INVALID_ID = "is not a valid resource identifier.";
  /**
   * SQLSTATE of a unique-key violation (PostgreSQL and H2 alike): the caller creates what exists already, e.g. a
   * membership of a user already in the group, or a second authorization for the same user or group and resource.
   * Camunda answers such a create with 500 "exception in the persistence layer".
   */
  private static final String UNIQUE_VIOLATION = "23505";
  /**
   * The keys of what an administrator creates (users, groups, tenants, memberships: {@code ACT_ID_*}; authorizations:
   * {@code ACT_UNIQ_AUTH_*}), as the databases name them in the violation's message. A unique key of any other table
   * is no caller's mistake but a fault, and stays Camunda's 500 and an ERROR in the log.
   */
  private static final List<String> ADMINISTRATION_KEYS = List.of("act_id_", "act_uniq_auth_");
  /** Camunda's {@code SaveUserCmd} refusing a new password under {@code enable-password-policy}. */
  private static final String PASSWORD_POLICY = "Password does not match policy";

  private EngineErrorProblems() {
  }

  /** The problem for the first cause that is the caller's doing, if any. */
  public static Optional<Response> forCause(Throwable exception) {
    for (Throwable cause = exception; cause != null; cause = cause.getCause()) {
      String message = cause.getMessage() == null ? "" : cause.getMessage();
      if (cause instanceof TaskAlreadyClaimedException) {
        return Optional.of(problem(409, "al-toegewezen", "Al toegewezen", "Deze taak is intussen aan iemand anders "
            + "toegewezen. Laad de lijst opnieuw."));
      }
      if (cause instanceof NotFoundException || message.startsWith(OTHER_TENANT) || GONE.stream().anyMatch(message::startsWith)
          || cause instanceof NullValueException && (message.contains("Cannot find") || NO_SUCH.matcher(message).find())) {
        return Optional.of(problem(404, "niet-gevonden", "Niet gevonden",
            "Dit object bestaat niet of u heeft er geen toegang toe."));
      }
      if (message.startsWith("Unknown property used in expression") || message.contains("evaluating expression")
          && (message.contains("Cannot coerce") || message.contains("Cannot convert"))) {
        return Optional.of(problem(400, "ongeldige-invoer", "Ongeldige invoer",
            "Een verplichte waarde ontbreekt of heeft het verkeerde type; controleer de ingevulde velden."));
      }
      if (cause instanceof ProcessEngineException && message.endsWith(INVALID_ID)) {
        return Optional.of(problem(400, "ongeldige-invoer", "Ongeldige invoer",
            "Deze id is niet toegestaan: gebruik letters, cijfers, '.', '_' en '-' (ten hoogste 64 tekens)."));
      }
      if (cause instanceof ProcessEngineException && message.equals(PASSWORD_POLICY)) {
        return Optional.of(problem(400, "ongeldige-invoer", "Ongeldige invoer",
            "Het wachtwoord voldoet niet aan het wachtwoordbeleid: " + PasswordRules.IN_DUTCH + "."));
      }
      if (cause instanceof SQLException sql && UNIQUE_VIOLATION.equals(sql.getSQLState()) && isAdministration(sql)) {
        return Optional.of(problem(409, "bestaat-al", "Bestaat al", "Dit bestaat al: er is al een lidmaatschap, "
            + "autorisatie of ander object met dezelfde gegevens. Er is niets gewijzigd."));
      }
      if (cause instanceof NullValueException) {
        return Optional.of(problem(400, "ongeldige-invoer", "Ongeldige invoer",
            "Een verplichte waarde ontbreekt in het verzoek."));
      }
    }
    return Optional.empty();
  }

  private static boolean isAdministration(SQLException violation) {
    String message = violation.getMessage() == null ? "" : violation.getMessage().toLowerCase(Locale.ROOT);
    return ADMINISTRATION_KEYS.stream().anyMatch(message::contains);
  }

  /**
   * A problem answer of the engine's REST API, which the webapps share: with the detail also as {@code message}, the
   * field the webapps show in their notification (Camunda's SDK reads it).
   */
  public static Response problem(int status, String type, String title, String detail) {
    Map<String, Object> body = Problems.asMap(status, type, title, detail);
    body.put("message", detail);
    return Response.status(status).type("application/problem+json").entity(body).build();
  }
}

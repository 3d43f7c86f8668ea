package nl.wmotoezicht.cases;

import java.net.URI;
import java.util.List;
import java.util.Map;
import nl.wmotoezicht.kernel.FieldError;
import nl.wmotoezicht.kernel.InvalidInputException;
import nl.wmotoezicht.kernel.Problems;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Component;

/**
 * What every intake API does with a checked report: refuse it with each bad field (400), start the case by its
 * start message (201), or — for a reference the same sender used before — point to the first one's case (200), or
 * refuse a different report under that reference (409, docs/security/tenancy.md). The start itself goes through the
 * {@link IntakeBatcher} (group commit, docs/intake-group-commit.md); when it cannot take the report, the
 * answer is 503 with {@code Retry-After} and nothing was started.
 */
@Component
public class IntakeStarter {

  /** Seconds after which a report refused as busy (503) may be sent again. */
  static final int BUSY_RETRY_AFTER_SECONDS = 5;

  private final IntakeBatcher batcher;
  private final CaseVisibility visibility;

  IntakeStarter(IntakeBatcher batcher, CaseVisibility visibility) {
    this.batcher = batcher;
    this.visibility = visibility;
  }

  /**
   * Starts a case.
   *
   * @param messageName the process's start message
   * @param variables the report as start variables
   * @param errors the report's bad fields, from its validator
   */
  public ResponseEntity<?> start(String messageName, Map<String, Object> variables, List<FieldError> errors) {
    if (!errors.isEmpty()) {
      throw new InvalidInputException(errors);
    }
    try {
      IntakeReceipt receipt = IntakeReceipt.started(batcher.start(messageName, variables));
      return ResponseEntity.created(URI.create(receipt.location())).body(receipt);
    } catch (ConflictingReportException e) {
      // the same sender's reference for a different report: never a silent duplicate (docs/security/tenancy.md)
      return ResponseEntity.status(HttpStatus.CONFLICT).contentType(MediaType.APPLICATION_PROBLEM_JSON)
          .body(TenancyProblemMappers.conflict(e, visibility));
    } catch (DuplicateReportException e) {
      IntakeReceipt receipt = IntakeReceipt.repeated(e.caseNumber());
      return ResponseEntity.ok().location(URI.create(receipt.location())).body(receipt);
    } catch (IntakeBusyException e) {
      return ResponseEntity.status(HttpStatus.SERVICE_UNAVAILABLE)
          .header("Retry-After", String.valueOf(BUSY_RETRY_AFTER_SECONDS))
          .contentType(MediaType.APPLICATION_PROBLEM_JSON)
          .body(Problems.of(HttpStatus.SERVICE_UNAVAILABLE, "intake-bezet", "Intake tijdelijk bezet",
              "De melding is niet aangenomen en er is niets gestart: " + e.getMessage() + ". Stuur haar over "
                  + BUSY_RETRY_AFTER_SECONDS + " seconden opnieuw (een melding met dezelfde referentie start hooguit "
                  + "één zaak)."));
    }
  }
}

package nl.wmotoezicht.cases;

import java.net.URI;
import java.util.List;
import java.util.Map;
import nl.wmotoezicht.kernel.FieldError;
import nl.wmotoezicht.kernel.InvalidInputException;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Component;

/**
 * What every intake API does with a checked report: refuse it with each bad field (400), start the case by its
 * start message (201), or — for a reference the same sender used before — point to the first one's case (200), or
 * refuse a different report under that reference (409, docs/security/tenancy.md).
 */
@Component
public class IntakeStarter {

  private final RuntimeService runtimeService;
  private final CaseVisibility visibility;

  IntakeStarter(RuntimeService runtimeService, CaseVisibility visibility) {
    this.runtimeService = runtimeService;
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
      ProcessInstance instance = runtimeService.createMessageCorrelation(messageName)
          .setVariables(variables)
          .correlateStartMessage();
      IntakeReceipt receipt = IntakeReceipt.started(instance.getBusinessKey());
      return ResponseEntity.created(URI.create(receipt.location())).body(receipt);
    } catch (ConflictingReportException e) {
      // the same sender's reference for a different report: never a silent duplicate (docs/security/tenancy.md)
      return ResponseEntity.status(HttpStatus.CONFLICT).contentType(MediaType.APPLICATION_PROBLEM_JSON)
          .body(TenancyProblemMappers.conflict(e, visibility));
    } catch (DuplicateReportException e) {
      IntakeReceipt receipt = IntakeReceipt.repeated(e.caseNumber());
      return ResponseEntity.ok().location(URI.create(receipt.location())).body(receipt);
    }
  }
}

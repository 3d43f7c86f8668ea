package nl.wmotoezicht.casefile;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import nl.wmotoezicht.cases.CaseVisibility;
import nl.wmotoezicht.kernel.Problems;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/**
 * The case file of the Tasklist tab "Dossier": a case's history and its coming dates. Visible to the same
 * users as {@code GET /api/cases/{caseNumber}}; otherwise 404 {@code zaak-onbekend}.
 */
@RestController
@Tag(name = "Zaken")
class CaseHistoryController {

  private final CaseVisibility visibility;
  private final CaseHistory history;
  private final DeadlineService deadlines;

  CaseHistoryController(CaseVisibility visibility, CaseHistory history, DeadlineService deadlines) {
    this.visibility = visibility;
    this.history = history;
    this.deadlines = deadlines;
  }

  /**
   * A case's file.
   *
   * @param caseNumber the case number
   * @param process the process key of its first instance
   * @param processName its name in Dutch
   * @param municipalityCode the municipality (tenant)
   * @param deadlines its coming dates, earliest first, each with its legal basis
   * @param history what happened, oldest first
   */
  record CaseFile(String caseNumber, String process, String processName, String municipalityCode,
      List<Deadline> deadlines, List<CaseHistory.Entry> history) {
  }

  @Operation(summary = "Dossier van een zaak: verloop, beslissingen, motiveringen en termijnen")
  @GetMapping("/api/cases/{caseNumber}/history")
  ResponseEntity<?> get(@PathVariable String caseNumber) {
    List<HistoricProcessInstance> instances = visibility.instancesOf(caseNumber);
    if (instances.isEmpty()) {
      return ResponseEntity.status(HttpStatus.NOT_FOUND).body(Problems.of(HttpStatus.NOT_FOUND, "zaak-onbekend",
          "Zaak niet gevonden", "Zaak " + caseNumber + " bestaat niet of u heeft er geen toegang toe."));
    }
    HistoricProcessInstance first = instances.get(0);
    return ResponseEntity.ok(new CaseFile(caseNumber, first.getProcessDefinitionKey(),
        first.getProcessDefinitionName(), first.getTenantId(), deadlines.forInstances(instances),
        history.of(instances)));
  }
}

package nl.wmotoezicht.casefile;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.Date;
import java.util.List;
import nl.wmotoezicht.cases.CaseVisibility;
import nl.wmotoezicht.kernel.Problems;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The case file of the Tasklist tab "Dossier": a case's status, its chain of cases, its history and its coming dates.
 * Visible to the same users as {@code GET /api/cases/{caseNumber}}; otherwise 404 {@code zaak-onbekend}.
 */
@RestController
@Tag(name = "Zaken")
class CaseHistoryController {

  private final CaseVisibility visibility;
  private final CaseHistory history;
  private final DeadlineService deadlines;
  private final CaseChain chain;
  private final IdentityService identityService;

  CaseHistoryController(CaseVisibility visibility, CaseHistory history, DeadlineService deadlines, CaseChain chain,
      IdentityService identityService) {
    this.visibility = visibility;
    this.history = history;
    this.deadlines = deadlines;
    this.chain = chain;
    this.identityService = identityService;
  }

  /**
   * A case's file.
   *
   * @param caseNumber the case number
   * @param process the process key of the instance the file is read for (the one asked for, else the case's first)
   * @param processName its name in Dutch
   * @param municipalityCode the municipality (tenant)
   * @param municipalityName its name
   * @param status the status of that process instance: its own, not that of another process of the same case
   * @param processes every process instance of the case, oldest first, each with its status
   * @param origin the case this one came from, or null
   * @param startedCases the cases this one started, oldest first
   * @param deadlines its coming dates, earliest first, each with its legal basis
   * @param history what happened, oldest first
   */
  record CaseFile(String caseNumber, String process, String processName, String municipalityCode,
      String municipalityName, ProcessStatus status, List<ProcessStatus> processes, CaseChain.CaseLink origin,
      List<CaseChain.CaseLink> startedCases, List<Deadline> deadlines, List<CaseHistory.Entry> history) {
  }

  /**
   * One process instance of a case.
   *
   * @param processInstanceId the instance
   * @param process its process key
   * @param processName the process's name in Dutch
   * @param status Lopend, Opgeschort, Afgerond or Beëindigd
   * @param state the engine's state (ACTIVE, COMPLETED, EXTERNALLY_TERMINATED, …)
   * @param started when it started
   * @param ended when it ended, if it did
   */
  record ProcessStatus(String processInstanceId, String process, String processName, String status, String state,
      Date started, Date ended) {

    static ProcessStatus of(HistoricProcessInstance instance) {
      return new ProcessStatus(instance.getId(), instance.getProcessDefinitionKey(),
          instance.getProcessDefinitionName(), CaseStatusLabels.of(instance), instance.getState(),
          instance.getStartTime(), instance.getEndTime());
    }
  }

  @Operation(summary = "Dossier van een zaak: status, keten van zaken, verloop, beslissingen, motiveringen en termijnen",
      description = "Met processInstanceId (een proces van de zaak, bijvoorbeeld dat van de open taak) geeft status "
          + "de stand van dat proces; zonder die van het eerste proces van de zaak.")
  @GetMapping("/api/cases/{caseNumber}/history")
  ResponseEntity<?> get(@PathVariable String caseNumber,
      @RequestParam(name = "processInstanceId", required = false) String processInstanceId) {
    List<HistoricProcessInstance> instances = visibility.instancesOf(caseNumber);
    if (instances.isEmpty()) {
      return Problems.unknownCase(caseNumber);
    }
    HistoricProcessInstance own = instances.get(0);
    if (processInstanceId != null && !processInstanceId.isBlank()) {
      own = instances.stream().filter(i -> i.getId().equals(processInstanceId)).findFirst().orElse(null);
      if (own == null) {
        return Problems.answer(HttpStatus.NOT_FOUND, "zaak-onbekend", "Proces niet gevonden", "Proces "
            + processInstanceId + " hoort niet bij zaak " + caseNumber + " of u heeft er geen toegang toe.");
      }
    }
    String municipality = own.getTenantId();
    String municipalityName = municipality == null ? null : visibility.asSystem(() -> {
      var tenant = identityService.createTenantQuery().tenantId(municipality).singleResult();
      return tenant == null ? null : tenant.getName();
    });
    CaseChain.Chain links = chain.of(caseNumber, instances);
    return ResponseEntity.ok(new CaseFile(caseNumber, own.getProcessDefinitionKey(), own.getProcessDefinitionName(),
        municipality, municipalityName, ProcessStatus.of(own), instances.stream().map(ProcessStatus::of).toList(),
        links.origin(), links.startedCases(), deadlines.forInstances(instances), history.of(instances)));
  }
}

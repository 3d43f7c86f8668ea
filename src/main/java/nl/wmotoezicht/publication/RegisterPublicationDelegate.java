package nl.wmotoezicht.publication;

import static nl.wmotoezicht.kernel.ProviderVariables.PROVIDER_KVK_NUMBER;
import static nl.wmotoezicht.kernel.ProviderVariables.PROVIDER_NAME;
import static nl.wmotoezicht.publication.PublicationProcess.Variables.*;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import nl.wmotoezicht.cases.CaseRegistry;
import nl.wmotoezicht.cases.CaseVisibility;
import nl.wmotoezicht.documents.CaseDocuments;
import nl.wmotoezicht.identity.Region;
import nl.wmotoezicht.kernel.CaseVariables;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.camunda.bpm.engine.history.HistoricVariableInstance;
import org.springframework.stereotype.Component;

/**
 * "Openbaarmaking registreren": the publication takes the investigation's case number as business key
 * (no new number) and is registered once per case; a second request for the same case is marked
 * {@code publicationAlreadyRegistered} and ends at once. Pre-fills the publication version with the
 * investigation's judgements and findings (from the message, or else from the investigation itself).
 */
@Component("registerPublication")
class RegisterPublicationDelegate implements JavaDelegate {

  private final Publications publications;
  private final CaseDocuments documents;
  private final Region region;
  private final HistoryService historyService;
  private final CaseVisibility visibility;
  private final CaseRegistry registry;

  RegisterPublicationDelegate(Publications publications, CaseDocuments documents, Region region,
      HistoryService historyService, CaseVisibility visibility, CaseRegistry registry) {
    this.registry = registry;
    this.publications = publications;
    this.documents = documents;
    this.region = region;
    this.historyService = historyService;
    this.visibility = visibility;
  }

  @Override
  public void execute(DelegateExecution execution) {
    String caseNumber = CaseVariables.CASE_NUMBER.get(execution);
    if (publications.byCase(caseNumber).isPresent()) {
      ALREADY_REGISTERED.set(execution, true);
      return;
    }
    String municipalityCode = CaseVariables.MUNICIPALITY_CODE.get(execution);
    String municipalityName = CaseVariables.MUNICIPALITY_NAME.find(execution)
        .orElseGet(() -> region.municipalityName(municipalityCode));
    String reportId = FINAL_REPORT_DOCUMENT_ID.get(execution);
    if (documents.byId(reportId).filter(d -> d.caseNumber().equals(caseNumber)
        && municipalityCode.equals(d.municipalityCode())).isEmpty()) {
      throw new IllegalStateException("Openbaarmaking " + caseNumber + ": eindrapport " + reportId
          + " hoort niet bij deze zaak");
    }
    execution.setProcessBusinessKey(caseNumber);
    // the publication is part of the investigation's case: same number, same municipality (docs/security/tenancy.md)
    registry.bindInstance(caseNumber, execution.getTenantId(), execution.getProcessInstanceId(), PublicationProcess.KEY);
    Publication publication = publications.register(caseNumber, municipalityCode, municipalityName,
        PROVIDER_NAME.get(execution), PROVIDER_KVK_NUMBER.find(execution).orElse(null),
        execution.getProcessInstanceId(), reportId);
    ALREADY_REGISTERED.set(execution, false);
    PUBLICATION_ID.set(execution, publication.id());
    CaseVariables.MUNICIPALITY_NAME.set(execution, municipalityName);
    if (TITLE.find(execution).isEmpty()) {
      TITLE.set(execution, "Toezichtrapport Wmo " + PROVIDER_NAME.get(execution));
    }
    prefill(execution, caseNumber);
  }

  /** Judgements, findings and conclusion of the investigation, as the supervisor's starting point. */
  private void prefill(DelegateExecution execution, String caseNumber) {
    Map<String, Object> investigation = ORIGIN_PROCESS.find(execution)
        .map(origin -> investigationVariables(caseNumber, origin)).orElse(Map.of());
    for (String theme : THEMES) {
      copy(execution, investigation, JUDGEMENT_PREFIX + theme, JUDGEMENT_PREFIX + theme);
      copy(execution, investigation, FINDINGS_PREFIX + theme, PUBLICATION_FINDINGS_PREFIX + theme);
    }
    copy(execution, investigation, CONCLUSION, PUBLICATION_CONCLUSION);
  }

  private static void copy(DelegateExecution execution, Map<String, Object> investigation, String from, String to) {
    if (execution.getVariable(to) != null && !from.equals(to)) {
      return;
    }
    Object value = Optional.ofNullable(execution.getVariable(from)).orElse(investigation.get(from));
    if (value != null) {
      execution.setVariable(to, value);
    }
  }

  /**
   * The variables of the investigation that sent the report. Read as the engine itself, not as the
   * user who correlated the message: the publication belongs to the same case.
   */
  private Map<String, Object> investigationVariables(String caseNumber, String originProcess) {
    return visibility.asSystem(() -> {
      List<HistoricProcessInstance> origins = historyService.createHistoricProcessInstanceQuery()
          .processInstanceBusinessKey(caseNumber).processDefinitionKey(originProcess)
          .orderByProcessInstanceStartTime().desc().listPage(0, 1);
      Map<String, Object> variables = new HashMap<>();
      if (!origins.isEmpty()) {
        for (HistoricVariableInstance variable : historyService.createHistoricVariableInstanceQuery()
            .processInstanceId(origins.get(0).getId()).list()) {
          if (variable.getValue() != null) {
            variables.put(variable.getName(), variable.getValue());
          }
        }
      }
      return variables;
    });
  }
}

package nl.wmotoezicht.investigation;

import static nl.wmotoezicht.investigation.InvestigationProcess.Variables.*;

import java.util.List;
import java.util.Map;
import nl.wmotoezicht.process.CaseHandOver;
import nl.wmotoezicht.process.CaseVariables;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.springframework.stereotype.Component;

/**
 * {@code Task_RequestPublication}: the final report is published actively (seeds 002, 003, 004 §2.4) by the process
 * {@code openbaarmaking}, started with message {@code PublicatieVoorbereiden}; this case's number is the publication's
 * business key. The investigation does not wait for it.
 */
@Component("requestPublication")
class RequestPublicationDelegate implements JavaDelegate {

  private final CaseHandOver handOver;

  RequestPublicationDelegate(CaseHandOver handOver) {
    this.handOver = handOver;
  }

  @Override
  public void execute(DelegateExecution execution) {
    Map<String, Object> publication = handOver.payloadFrom(execution, InvestigationProcess.KEY);
    CaseVariables.CASE_NUMBER.put(publication, CaseVariables.CASE_NUMBER.get(execution));
    CaseHandOver.copy(execution, publication, List.of(CaseVariables.MUNICIPALITY_NAME));
    FINAL_REPORT_DOCUMENT.put(publication, FINAL_REPORT_DOCUMENT.get(execution));
    ProcessInstance started = handOver.send(InvestigationProcess.Messages.PREPARE_PUBLICATION, publication);
    PUBLICATION_PROCESS_INSTANCE.set(execution, started.getId());
  }
}

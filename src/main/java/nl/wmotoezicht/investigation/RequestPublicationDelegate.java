package nl.wmotoezicht.investigation;

import static nl.wmotoezicht.investigation.InvestigationProcess.Variables.*;

import java.util.List;
import java.util.Map;
import nl.wmotoezicht.kernel.CaseHandOver;
import nl.wmotoezicht.kernel.CaseVariables;
import nl.wmotoezicht.publication.PublicationProcess;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.springframework.stereotype.Component;

/**
 * {@code Task_RequestPublication}: the final report is published actively (Wet open overheid; {@code
 * docs/processen/openbaarmaking.md}) by the process {@code openbaarmaking}, started with message {@code
 * PublicatieVoorbereiden}; this case's number is the publication's business key. It carries the judgement and findings
 * per theme and the conclusion, from which the supervisor makes the public version without personal data. The
 * investigation does not wait for it. A step of {@code rapportage}: the publication names the process that called it
 * (signaalonderzoek or kwaliteitsonderzoek) as its origin.
 */
@Component("requestPublication")
class RequestPublicationDelegate implements JavaDelegate {

  private final CaseHandOver handOver;

  RequestPublicationDelegate(CaseHandOver handOver) {
    this.handOver = handOver;
  }

  @Override
  public void execute(DelegateExecution execution) {
    Map<String, Object> publication = handOver.payloadFrom(execution,
        ReportingProcess.Variables.CALLING_PROCESS.find(execution).orElse(InvestigationProcess.KEY));
    CaseVariables.CASE_NUMBER.put(publication, CaseVariables.CASE_NUMBER.get(execution));
    CaseHandOver.copy(execution, publication, List.of(CaseVariables.MUNICIPALITY_NAME));
    FINAL_REPORT_DOCUMENT.put(publication, FINAL_REPORT_DOCUMENT.get(execution));
    // the starting point of the public version, which the supervisor rids of personal data there
    CaseHandOver.copy(execution, publication, List.of(THEME_CLIENT_CENTRED, THEME_PROFESSIONALISM, THEME_SAFETY,
        FINDINGS_CLIENT_CENTRED, FINDINGS_PROFESSIONALISM, FINDINGS_SAFETY));
    FINAL_CONCLUSION.find(execution).or(() -> REPORT_CONCLUSION.find(execution))
        .ifPresent(conclusion -> publication.put(PublicationProcess.Variables.CONCLUSION, conclusion));
    ProcessInstance started = handOver.send(InvestigationProcess.Messages.PREPARE_PUBLICATION, publication);
    PUBLICATION_PROCESS_INSTANCE.set(execution, started.getId());
  }
}

package nl.wmotoezicht.publication;

import static nl.wmotoezicht.publication.PublicationProcess.Variables.*;

import nl.wmotoezicht.kernel.CaseVariables;
import nl.wmotoezicht.kernel.ProcessVariable;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** "Opschorting vastleggen", "Niet openbaar maken vastleggen": the status named by {@code publicationStatus}. */
@Component("recordPublicationStatus")
class RecordPublicationStatusDelegate implements JavaDelegate {

  /** Input parameter of {@code ${recordPublicationStatus}}: OPGESCHORT or NIET_GEPUBLICEERD. */
  static final ProcessVariable<String> STATUS = ProcessVariable.string("publicationStatus");

  private final Publications publications;

  RecordPublicationStatusDelegate(Publications publications) {
    this.publications = publications;
  }

  @Override
  public void execute(DelegateExecution execution) {
    PublicationStatus status = PublicationStatus.valueOf(STATUS.get(execution));
    publications.setStatus(CaseVariables.CASE_NUMBER.get(execution), status, publicationDate(execution));
  }
}

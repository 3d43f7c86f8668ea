package nl.wmotoezicht.publication;

import static nl.wmotoezicht.publication.PublicationProcess.Variables.*;

import nl.wmotoezicht.kernel.CaseVariables;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** "Rapport openbaar maken": the publication version goes on the public listing. */
@Component("publishReport")
class PublishReportDelegate implements JavaDelegate {

  private final Publications publications;

  PublishReportDelegate(Publications publications) {
    this.publications = publications;
  }

  @Override
  public void execute(DelegateExecution execution) {
    publications.publish(CaseVariables.CASE_NUMBER.get(execution), PUBLICATION_DOCUMENT_ID.get(execution),
        TITLE.get(execution), publicationDate(execution));
  }
}

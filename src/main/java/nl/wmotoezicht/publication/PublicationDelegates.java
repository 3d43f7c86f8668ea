package nl.wmotoezicht.publication;

import static nl.wmotoezicht.publication.PublicationProcess.Variables.*;

import java.time.LocalDate;
import nl.wmotoezicht.kernel.CaseVariables;
import nl.wmotoezicht.kernel.ProcessVariable;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** The steps that record where a publication stands. */
final class PublicationDelegates {

  /** Input parameter of {@code ${recordPublicationStatus}}: OPGESCHORT or NIET_GEPUBLICEERD. */
  static final ProcessVariable<String> STATUS = ProcessVariable.string("publicationStatus");

  private PublicationDelegates() {
  }

  private static LocalDate publicationDate(DelegateExecution execution) {
    return PUBLICATION_DATE.find(execution).filter(d -> !d.isBlank()).map(d -> LocalDate.parse(d.substring(0, 10)))
        .orElse(null);
  }

  /** "Opschorting vastleggen", "Niet openbaar maken vastleggen": the status named by {@code publicationStatus}. */
  @Component("recordPublicationStatus")
  static class RecordStatus implements JavaDelegate {

    private final Publications publications;

    RecordStatus(Publications publications) {
      this.publications = publications;
    }

    @Override
    public void execute(DelegateExecution execution) {
      PublicationStatus status = PublicationStatus.valueOf(STATUS.get(execution));
      publications.setStatus(CaseVariables.CASE_NUMBER.get(execution), status, publicationDate(execution));
    }
  }

  /** "Rapport openbaar maken": the publication version goes on the public listing. */
  @Component("publishReport")
  static class Publish implements JavaDelegate {

    private final Publications publications;

    Publish(Publications publications) {
      this.publications = publications;
    }

    @Override
    public void execute(DelegateExecution execution) {
      publications.publish(CaseVariables.CASE_NUMBER.get(execution), PUBLICATION_DOCUMENT_ID.get(execution),
          TITLE.get(execution), publicationDate(execution));
    }
  }
}

package nl.wmotoezicht.publication;

import nl.wmotoezicht.cases.StartContract;
import nl.wmotoezicht.cases.StartContracts;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** What systems may send through /engine-rest to the publication of a case (docs/security/tenancy.md). */
@Configuration
class PublicationContracts {

  /** What callers may send through /engine-rest to this module's processes (docs/security/tenancy.md). */
  @Bean
  StartContracts publicationStartContracts() {
    return StartContracts.of(
        StartContract.internalMessage(PublicationProcess.Messages.PREPARE),
        StartContract.caseMessage(PublicationProcess.Messages.VIEW_RECEIVED, PublicationProcess.Variables.VIEW.name()),
        StartContract.caseMessage(PublicationProcess.Messages.HELD, "courtCaseReference"),
        StartContract.caseMessage(PublicationProcess.Messages.COURT_RULING,
            PublicationProcess.Variables.COURT_RULING.name()));
  }
}

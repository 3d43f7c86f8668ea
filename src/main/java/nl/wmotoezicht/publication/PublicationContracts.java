package nl.wmotoezicht.publication;

import nl.wmotoezicht.cases.StartContract;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** What systems may send through /engine-rest to the publication of a case (docs/security/tenancy.md). */
@Configuration
class PublicationContracts {

  @Bean
  StartContract preparePublicationContract() {
    return StartContract.internalMessage(PublicationProcess.Messages.PREPARE);
  }

  @Bean
  StartContract publicationViewContract() {
    return StartContract.caseMessage(PublicationProcess.Messages.VIEW_RECEIVED, "publicationView");
  }

  @Bean
  StartContract publicationHeldContract() {
    return StartContract.caseMessage(PublicationProcess.Messages.HELD, "courtCaseReference");
  }

  @Bean
  StartContract courtRulingContract() {
    return StartContract.caseMessage(PublicationProcess.Messages.COURT_RULING, "courtRuling");
  }
}

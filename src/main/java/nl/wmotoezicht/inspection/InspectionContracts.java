package nl.wmotoezicht.inspection;

import nl.wmotoezicht.cases.StartContract;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** What users may send through /engine-rest to start a quality inspection by hand (docs/security/tenancy.md). */
@Configuration
class InspectionContracts {

  @Bean
  StartContract inspectionByHandContract() {
    return StartContract.startByHand(InspectionProcess.KEY, "kwaliteitsonderzoek-starten");
  }
}

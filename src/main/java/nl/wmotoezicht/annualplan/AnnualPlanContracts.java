package nl.wmotoezicht.annualplan;

import nl.wmotoezicht.cases.StartContract;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** What users may send through /engine-rest to start an annual plan by hand (docs/security/tenancy.md). */
@Configuration
class AnnualPlanContracts {

  @Bean
  StartContract annualPlanByHandContract() {
    return StartContract.startByHand(AnnualPlanProcess.KEY, "jaarplan-starten");
  }
}

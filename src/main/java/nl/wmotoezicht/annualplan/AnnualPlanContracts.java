package nl.wmotoezicht.annualplan;

import nl.wmotoezicht.cases.StartContract;
import nl.wmotoezicht.cases.StartContracts;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** What users may send through /engine-rest to start an annual plan by hand (docs/security/tenancy.md). */
@Configuration
class AnnualPlanContracts {

  /** What callers may send through /engine-rest to this module's processes (docs/security/tenancy.md). */
  @Bean
  StartContracts annualPlanStartContracts() {
    return StartContracts.of(
        StartContract.startByHand(AnnualPlanProcess.KEY, "jaarplan-starten"));
  }
}

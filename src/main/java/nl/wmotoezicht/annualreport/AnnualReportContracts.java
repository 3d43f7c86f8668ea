package nl.wmotoezicht.annualreport;

import nl.wmotoezicht.cases.StartContract;
import nl.wmotoezicht.cases.StartContracts;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** What callers may send through /engine-rest to start an annual report by hand (docs/security/tenancy.md). */
@Configuration
class AnnualReportContracts {

  @Bean
  StartContracts annualReportStartContracts() {
    return StartContracts.of(StartContract.startByHand(AnnualReportProcess.KEY, "jaarrapportage-starten"));
  }
}

package nl.wmotoezicht.annualplan;

import nl.wmotoezicht.identity.Groups;
import nl.wmotoezicht.identity.StartRights;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Who may start an annual plan by hand: supervisors and process owners. Its called processes only by the plan. */
@Configuration
class AnnualPlanConfig {

  @Bean
  StartRights annualPlanStartRights() {
    return StartRights.of(AnnualPlanProcess.KEY, Groups.TOEZICHTHOUDERS, Groups.PROCESEIGENAREN);
  }
}

package nl.wmotoezicht.investigation;

import nl.wmotoezicht.identity.Groups;
import nl.wmotoezicht.identity.StartRights;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Who may start a signal investigation: supervisors and contract managers by hand, systems by message. */
@Configuration
class InvestigationConfig {

  @Bean
  StartRights investigationStartRights() {
    return StartRights.of(InvestigationProcess.KEY, Groups.TOEZICHTHOUDERS, Groups.CONTRACTMANAGERS, Groups.KOPPELINGEN);
  }
}

package nl.wmotoezicht.dwangsom;

import nl.wmotoezicht.identity.Groups;
import nl.wmotoezicht.identity.StartRights;
import nl.wmotoezicht.identity.WaitingOnProvider;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Who may start a last by hand or by message; collections are started by the process only. */
@Configuration
class DwangsomConfig {

  @Bean
  StartRights dwangsomStartRights() {
    return StartRights.of(DwangsomProcess.KEY, Groups.COLLEGE, Groups.TOEZICHTHOUDERS, Groups.KOPPELINGEN);
  }

  /** The rechecks at the end of the term the provider had to comply within. */
  @Bean
  WaitingOnProvider dwangsomWaitingOnProvider() {
    return WaitingOnProvider.of(DwangsomProcess.Elements.RECHECK, DwangsomProcess.Elements.RECHECK_BD);
  }
}

package nl.wmotoezicht.calamity;

import nl.wmotoezicht.identity.Groups;
import nl.wmotoezicht.identity.StartRights;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Who may start a calamity case: supervisors by hand, external systems by message. */
@Configuration
class CalamityConfig {

  @Bean
  StartRights calamityStartRights() {
    return StartRights.of(CalamityProcess.KEY, Groups.TOEZICHTHOUDERS, Groups.KOPPELINGEN);
  }
}

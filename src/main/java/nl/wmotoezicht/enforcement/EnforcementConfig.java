package nl.wmotoezicht.enforcement;

import nl.wmotoezicht.identity.Groups;
import nl.wmotoezicht.identity.StartRights;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Who may start a pyramid case: the college and supervisors by hand, systems by message. */
@Configuration
class EnforcementConfig {

  @Bean
  StartRights pyramidStartRights() {
    return StartRights.of(InterventionPyramid.KEY, Groups.COLLEGE, Groups.TOEZICHTHOUDERS, Groups.KOPPELINGEN);
  }
}

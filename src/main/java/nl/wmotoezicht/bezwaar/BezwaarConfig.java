package nl.wmotoezicht.bezwaar;

import nl.wmotoezicht.identity.Groups;
import nl.wmotoezicht.identity.StartRights;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Who may start an objection by message: the college (its legal department) and linked systems. */
@Configuration
class BezwaarConfig {

  @Bean
  StartRights bezwaarStartRights() {
    return StartRights.of(BezwaarProcess.KEY, Groups.COLLEGE, Groups.KOPPELINGEN);
  }
}

package nl.wmotoezicht.platform;

import jakarta.annotation.Priority;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.core.FeatureContext;
import org.glassfish.jersey.internal.spi.ForcedAutoDiscoverable;

/**
 * Adds {@link SharedRestObjectMapper} to every Jersey application of the app: the starter's {@code /engine-rest} and the
 * webapps' own applications (engine, admin, cockpit, tasklist), which Camunda registers itself, so there is no
 * application object of ours to add it to. Jersey finds this class through
 * {@code META-INF/services/org.glassfish.jersey.internal.spi.ForcedAutoDiscoverable}; the priority puts the shared
 * resolver ahead of Camunda's {@code JacksonConfigurator} (lower value first), which stays registered.
 */
@Priority(ForcedAutoDiscoverable.DEFAULT_PRIORITY)
public final class SharedRestObjectMapperDiscovery implements ForcedAutoDiscoverable {

  @Override
  public void configure(FeatureContext context) {
    if (!context.getConfiguration().isRegistered(SharedRestObjectMapper.class)) {
      context.register(SharedRestObjectMapper.class, Priorities.USER - 100);
    }
  }
}

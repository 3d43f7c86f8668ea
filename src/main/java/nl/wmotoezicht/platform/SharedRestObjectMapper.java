package nl.wmotoezicht.platform;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.ext.ContextResolver;
import jakarta.ws.rs.ext.Provider;
import org.camunda.bpm.engine.rest.mapper.JacksonConfigurator;

/**
 * One {@link ObjectMapper} for Camunda's REST applications ({@code /engine-rest} and the webapps' {@code /camunda/api/…}),
 * configured exactly as Camunda's {@link JacksonConfigurator} configures its mappers.
 *
 * <p>Camunda's resolver builds a new mapper on every lookup, and its JSON provider looks one up for every body it reads or
 * writes, so each request started with empty serializer and deserializer caches and introspected the DTO classes again
 * (about a tenth of a Tasklist list request's CPU, docs/beheer-sizing.md). An {@code ObjectMapper} is thread-safe once
 * configured, and Jackson copies the configured {@code DateFormat} for every use; nothing in Camunda's REST code
 * reconfigures the mapper it is given (checked in 7.24's {@code camunda-engine-rest-core-jakarta} and
 * {@code camunda-webapp-jakarta}). Registered ahead of Camunda's resolver by {@link SharedRestObjectMapperDiscovery};
 * {@code SharedRestObjectMapperTest} asks every REST application for its JSON mapper as Camunda's provider does.
 */
@Provider
@Produces({MediaType.APPLICATION_JSON, "application/hal+json"})
public final class SharedRestObjectMapper implements ContextResolver<ObjectMapper> {

  private static final ObjectMapper MAPPER = JacksonConfigurator.configureObjectMapper(new ObjectMapper());

  @Override
  public ObjectMapper getContext(Class<?> type) {
    return MAPPER;
  }
}

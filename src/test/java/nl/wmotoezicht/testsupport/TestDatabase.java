package nl.wmotoezicht.testsupport;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Map;
import javax.sql.DataSource;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.env.EnvironmentPostProcessor;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;

/**
 * Chooses the suite's database: H2 in memory by default, or, with {@code -Dwmo.test.database=postgres}
 * (the second Surefire run), a real PostgreSQL started once per JVM from the embedded binaries. Also
 * points the application's mail at the {@link TestMailServer} of this JVM.
 */
public class TestDatabase implements EnvironmentPostProcessor {

  public static final String PROPERTY = "wmo.test.database";
  private static EmbeddedPostgres postgres;

  /** PostgreSQL's definition of the named index ({@code pg_indexes.indexdef}), or null if it does not exist. */
  public static String indexDefinition(DataSource dataSource, String name) throws SQLException {
    try (Connection connection = dataSource.getConnection();
        PreparedStatement query = connection.prepareStatement("SELECT indexdef FROM pg_indexes WHERE indexname = ?")) {
      query.setString(1, name);
      try (ResultSet rows = query.executeQuery()) {
        return rows.next() ? rows.getString(1) : null;
      }
    }
  }

  public static boolean isPostgres() {
    return "postgres".equals(System.getProperty(PROPERTY));
  }

  @Override
  public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
    environment.getPropertySources().addFirst(new MapPropertySource("testMailServer",
        Map.of("spring.mail.port", TestMailServer.PORT)));
    if (!isPostgres()) {
      return;
    }
    EmbeddedPostgres server = start();
    environment.getPropertySources().addFirst(new MapPropertySource("embeddedPostgres", Map.of(
        "spring.datasource.url", server.getJdbcUrl("postgres", "postgres"),
        "spring.datasource.username", "postgres",
        "spring.datasource.password", "postgres",
        "camunda.bpm.database.type", "postgres",
        // as application-postgres.yaml: the PostgreSQL pass runs the engine with batched inserts rewritten
        "spring.datasource.hikari.data-source-properties.reWriteBatchedInserts", "true")));
  }

  private static synchronized EmbeddedPostgres start() {
    if (postgres == null) {
      try {
        // no JVM shutdown hook of its own: it would stop the server while the contexts still close their pools
        postgres = EmbeddedPostgres.builder().setRegisterShutdownHook(false).start();
      } catch (IOException e) {
        throw new IllegalStateException("Embedded PostgreSQL did not start", e);
      }
      // stopped only after the application contexts are closed (their connection pools first): a JVM shutdown hook of
      // its own would run concurrently with Spring Boot's, and the pools, validating connections to a stopped server
      // while closing, kept the JVM from exiting until Surefire killed it
      SpringApplication.getShutdownHandlers().add(() -> {
        try {
          postgres.close();
        } catch (IOException ignored) {
          // the JVM is exiting
        }
      });
    }
    return postgres;
  }
}

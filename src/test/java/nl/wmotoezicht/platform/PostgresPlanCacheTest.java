package nl.wmotoezicht.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import javax.sql.DataSource;
import nl.wmotoezicht.testsupport.TestDatabase;
import nl.wmotoezicht.testsupport.WmoIntegrationTest;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.env.YamlPropertySourceLoader;
import org.springframework.core.env.PropertySource;
import org.springframework.core.io.ClassPathResource;

/**
 * Issue 16, P5 outliers: the app's PostgreSQL connections plan every execution of a statement with its own
 * parameters. With PostgreSQL's default ({@code plan_cache_mode = auto}) a statement the driver has prepared on the
 * server may switch to a generic plan after five executions; for Camunda's authorization join, whose permission
 * bits are parameters, that plan compared every task with every authorization (a supervisor's count took 8.8 s
 * instead of 0.14 s, bench/RESULTS.md "Wave 4: database").
 */
@WmoIntegrationTest
class PostgresPlanCacheTest {

  @Autowired
  DataSource dataSource;

  @Test
  void thePostgresProfileTurnsGenericPlansOff() throws Exception {
    PropertySource<?> profile = new YamlPropertySourceLoader()
        .load("postgres", new ClassPathResource("application-postgres.yaml")).get(0);

    assertThat(String.valueOf(profile.getProperty("spring.datasource.hikari.data-source-properties.options")))
        .contains("-c plan_cache_mode=force_custom_plan")
        .contains("-c jit=off");
  }

  @Test
  void aStatementRunManyTimesOnOneConnectionIsNeverGivenAGenericPlan() throws Exception {
    Assumptions.assumeTrue(TestDatabase.isPostgres(), "PostgreSQL only");
    String sql = "select count(*) from act_ru_task where id_ = ? and tenant_id_ is distinct from 'plan-cache-test'";
    try (Connection connection = dataSource.getConnection()) {
      // 15 executions: the driver prepares on the server from the 5th, PostgreSQL considers a generic plan after 5 more
      try (PreparedStatement statement = connection.prepareStatement(sql)) {
        for (int i = 0; i < 15; i++) {
          statement.setString(1, "no-such-task-" + i);
          try (ResultSet rows = statement.executeQuery()) {
            assertThat(rows.next()).isTrue();
          }
        }
        try (PreparedStatement plans = connection.prepareStatement(
            "select generic_plans, custom_plans from pg_prepared_statements where statement like '%plan-cache-test%'");
            ResultSet rows = plans.executeQuery()) {
          assertThat(rows.next()).as("the statement is prepared on the server").isTrue();
          assertThat(rows.getLong("generic_plans")).isZero();
          assertThat(rows.getLong("custom_plans")).isGreaterThanOrEqualTo(5);
        }
      }
    }
  }
}

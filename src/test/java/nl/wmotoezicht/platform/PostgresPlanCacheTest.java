package nl.wmotoezicht.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import nl.wmotoezicht.testsupport.TestDatabase;
import nl.wmotoezicht.testsupport.WmoIntegrationTest;
import org.camunda.bpm.engine.impl.TaskQueryImpl;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Issue 16, P5 outliers: on PostgreSQL, Camunda's list and count queries are planned with their own parameters for the
 * rest of their transaction (no generic plan, whose authorization join compared every task with every authorization),
 * while the engine's other statements keep PostgreSQL's default plan caching.
 */
@WmoIntegrationTest
class PostgresPlanCacheTest {

  @Autowired
  ProcessEngineConfigurationImpl configuration;

  @Test
  void listAndCountQueriesAreRecognisedAndNothingElse() {
    assertThat(CustomPlansForListQueries.isListQuery(
        "org.camunda.bpm.engine.impl.persistence.entity.TaskEntity.selectTaskByQueryCriteria")).isTrue();
    assertThat(CustomPlansForListQueries.isListQuery("selectTaskCountByQueryCriteria")).isTrue();
    assertThat(CustomPlansForListQueries.isListQuery("selectHistoricProcessInstancesByQueryCriteria")).isTrue();
    assertThat(CustomPlansForListQueries.isListQuery("insertTask")).isFalse();
    assertThat(CustomPlansForListQueries.isListQuery("selectTask")).isFalse();
    assertThat(CustomPlansForListQueries.isListQuery("selectJobDefinition")).isFalse();
    // definitions: a row per deployed version; the REST evaluation's latest-definition lookup keeps its cached plan
    assertThat(CustomPlansForListQueries.isListQuery(
        "org.camunda.bpm.engine.impl.dmn.entity.repository.DecisionDefinitionEntity.selectDecisionDefinitionsByQueryCriteria"))
        .isFalse();
    assertThat(CustomPlansForListQueries.isListQuery("selectProcessDefinitionsByQueryCriteria")).isFalse();
    assertThat(CustomPlansForListQueries.isListQuery("selectHistoricDecisionInstancesByQueryCriteria")).isTrue();
  }

  @Test
  void aTaskCountRunsWithCustomPlansForTheRestOfItsTransactionOnly() {
    Assumptions.assumeTrue(TestDatabase.isPostgres(), "PostgreSQL only");
    String[] modes = configuration.getCommandExecutorTxRequired().execute(context -> {
      Connection connection = context.getDbSqlSession().getSqlSession().getConnection();
      String before = planCacheMode(connection);
      context.getDbSqlSession().selectOne("selectTaskCountByQueryCriteria", new TaskQueryImpl());
      return new String[] {before, planCacheMode(connection)};
    });
    String after = configuration.getCommandExecutorTxRequired().execute(context ->
        planCacheMode(context.getDbSqlSession().getSqlSession().getConnection()));

    assertThat(modes[0]).isEqualTo("auto");
    assertThat(modes[1]).isEqualTo("force_custom_plan");
    assertThat(after).isEqualTo("auto");
  }

  private static String planCacheMode(Connection connection) {
    try (Statement show = connection.createStatement(); ResultSet rows = show.executeQuery("SHOW plan_cache_mode")) {
      rows.next();
      return rows.getString(1);
    } catch (java.sql.SQLException e) {
      throw new IllegalStateException(e);
    }
  }
}

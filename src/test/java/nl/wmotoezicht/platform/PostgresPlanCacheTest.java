package nl.wmotoezicht.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import nl.wmotoezicht.testsupport.TestDatabase;
import nl.wmotoezicht.testsupport.WmoIntegrationTest;
import org.camunda.bpm.engine.impl.HistoricProcessInstanceQueryImpl;
import org.camunda.bpm.engine.impl.TaskQueryImpl;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.db.sql.DbSqlSession;
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

  @Test
  void onlyTheHistoricProcessInstanceListGetsMoreSortMemory() {
    assertThat(CustomPlansForListQueries.isHistoricProcessInstanceList("org.camunda.bpm.engine.impl.persistence.entity."
        + "HistoricProcessInstanceEntity.selectHistoricProcessInstancesByQueryCriteria")).isTrue();
    assertThat(CustomPlansForListQueries.isHistoricProcessInstanceList(
        "selectHistoricProcessInstanceCountByQueryCriteria")).isFalse();
    assertThat(CustomPlansForListQueries.isHistoricProcessInstanceList("selectTaskByQueryCriteria")).isFalse();
  }

  @Test
  void aHistoryListSortsInMoreMemoryForTheRestOfItsTransactionOnly() {
    Assumptions.assumeTrue(TestDatabase.isPostgres(), "PostgreSQL only");
    String[] memory = aroundTaskCountAndThen("work_mem", (session) ->
        session.selectList("selectHistoricProcessInstancesByQueryCriteria", new HistoricProcessInstanceQueryImpl()));

    assertThat(memory[0]).isNotEqualTo("32MB");
    assertThat(memory[1]).as("a task count keeps the default").isEqualTo(memory[0]);
    assertThat(memory[2]).isEqualTo("32MB");
    assertThat(memory[3]).as("the next transaction").isEqualTo(memory[0]);
  }

  @Test
  void onlyTheTaskListGetsParallelPlansWhateverTheTableSize() {
    assertThat(CustomPlansForListQueries.isTaskList(
        "org.camunda.bpm.engine.impl.persistence.entity.TaskEntity.selectTaskByQueryCriteria")).isTrue();
    assertThat(CustomPlansForListQueries.isTaskList("selectTaskCountByQueryCriteria")).isFalse();
    assertThat(CustomPlansForListQueries.isTaskList("selectHistoricTaskInstanceByQueryCriteria")).isFalse();
  }

  @Test
  void aTaskListConsidersParallelPlansForTheRestOfItsTransactionOnly() {
    Assumptions.assumeTrue(TestDatabase.isPostgres(), "PostgreSQL only");
    String[] sizes = aroundTaskCountAndThen("min_parallel_table_scan_size", (session) ->
        session.selectList("selectTaskByQueryCriteria", new TaskQueryImpl()));

    assertThat(sizes[0]).isEqualTo("8MB");
    assertThat(sizes[1]).as("a task count keeps the default").isEqualTo("8MB");
    assertThat(sizes[2]).isEqualTo("0");
    assertThat(sizes[3]).as("the next transaction").isEqualTo("8MB");
  }

  /**
   * A setting before a task count, after it, after the statement, all in one transaction, and in the next
   * transaction.
   */
  private String[] aroundTaskCountAndThen(String name, java.util.function.Consumer<DbSqlSession> statement) {
    String[] inTransaction = configuration.getCommandExecutorTxRequired().execute(context -> {
      Connection connection = context.getDbSqlSession().getSqlSession().getConnection();
      String before = setting(connection, name);
      context.getDbSqlSession().selectOne("selectTaskCountByQueryCriteria", new TaskQueryImpl());
      String afterCount = setting(connection, name);
      statement.accept(context.getDbSqlSession());
      return new String[] {before, afterCount, setting(connection, name)};
    });
    String next = configuration.getCommandExecutorTxRequired().execute(context ->
        setting(context.getDbSqlSession().getSqlSession().getConnection(), name));
    return new String[] {inTransaction[0], inTransaction[1], inTransaction[2], next};
  }

  private static String planCacheMode(Connection connection) {
    return setting(connection, "plan_cache_mode");
  }

  private static String setting(Connection connection, String name) {
    try (Statement show = connection.createStatement(); ResultSet rows = show.executeQuery("SHOW " + name)) {
      rows.next();
      return rows.getString(1);
    } catch (java.sql.SQLException e) {
      throw new IllegalStateException(e);
    }
  }
}

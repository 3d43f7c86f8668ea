package nl.wmotoezicht.platform;

import java.sql.Connection;
import java.sql.Statement;
import java.util.Optional;
import java.util.Properties;
import java.util.concurrent.atomic.AtomicBoolean;
import org.apache.ibatis.cache.CacheKey;
import org.apache.ibatis.executor.Executor;
import org.apache.ibatis.mapping.BoundSql;
import org.apache.ibatis.mapping.MappedStatement;
import org.apache.ibatis.plugin.Interceptor;
import org.apache.ibatis.plugin.Intercepts;
import org.apache.ibatis.plugin.Invocation;
import org.apache.ibatis.plugin.Plugin;
import org.apache.ibatis.plugin.Signature;
import org.apache.ibatis.session.ResultHandler;
import org.apache.ibatis.session.RowBounds;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * On PostgreSQL, Camunda's list and count queries ({@code select...ByQueryCriteria}: task lists, filters, history
 * lists) are planned with their own parameter values every time, never with a generic plan (issue 16, wave 4, P5).
 *
 * <p>pgjdbc prepares a statement on the server after 5 executions on a connection, and PostgreSQL ({@code
 * plan_cache_mode = auto}) may then switch to a generic plan that knows no parameter values. Camunda writes the
 * permission checks of its authorization join as parameters ({@code A.PERMS_ & ? = ?}); the generic plan of a
 * supervisor's task count therefore expects one matching authorization and compares every task with every
 * authorization: 8.8 s instead of 0.14 s, on every connection that had run it ten times ({@code bench/RESULTS.md},
 * "Wave 4: database"). Before such a query this runs {@code SET LOCAL plan_cache_mode = force_custom_plan}: it holds
 * until the end of the command's transaction. Everything else (the inserts, updates and key lookups of process
 * execution) keeps its cached generic plans: forcing custom plans on every statement cost about half as much planning
 * time again as execution time per intake (bench P1, {@code pg_stat_statements.track_planning}).
 *
 * <p>The same interceptor runs Camunda's authorized task count with the user's grants read once ({@link
 * TaskCountWithGrantSet}), with the memory to hash them ({@link #SET_GRANT_SET_MEMORY}): one interceptor, because every
 * MyBatis executor of the engine is wrapped by each one registered.
 *
 * <p>Changes no result: a plan decides how rows are found, not which; the rewritten count counts the same tasks.
 */
@Component
class CustomPlansForListQueries extends AbstractProcessEnginePlugin {

  private static final Logger LOG = LoggerFactory.getLogger(CustomPlansForListQueries.class);

  static final String SET_CUSTOM_PLANS = "SET LOCAL plan_cache_mode = force_custom_plan";

  /**
   * Sort memory for the history list of process instances (issue 16, wave 6, bench P5). Camunda selects it as {@code
   * select distinct RES.* ... order by ... LIMIT 15}; PostgreSQL 15 can only de-duplicate by sorting every candidate row
   * on all of its columns, so the newest 15 finished cases of a municipality sort all of its finished cases of that
   * process: about 470 bytes each, 19 MB at 40,000 (1,000,000 cases in 25 municipalities). With the default 4 MB that
   * sort went to disk (16 MB written and read back per request); 32 MB keeps it in memory up to about 65,000 rows, and
   * beyond that PostgreSQL spills as before. Only for this statement and the rest of its transaction; a request holds at
   * most one such sort at a time.
   */
  static final String SET_HISTORY_SORT_MEMORY = "SET LOCAL work_mem = '32MB'";

  /**
   * Memory for the hash table of a user's grants in the rewritten task count ({@link TaskCountWithGrantSet}).
   * PostgreSQL hashes the set only if its planner expects it to fit in {@code work_mem * hash_mem_multiplier};
   * otherwise it would compare every task with every grant. A grant takes about 100 bytes in the hash table: the
   * default 4 MB (8 MB to hash) would hold about 80,000, 32 MB about 600,000, ten times the grants of the largest
   * region measured (50,000 open tasks, {@code docs/beheer-sizing.md}). Only for the rest of the count's transaction.
   */
  static final String SET_GRANT_SET_MEMORY = SET_HISTORY_SORT_MEMORY;

  /**
   * Parallel plans for Camunda's task list page (issue 16, wave 7, bench P5). PostgreSQL considers a parallel scan only
   * of a table of at least {@code min_parallel_table_scan_size} (8 MB: {@code act_ru_task} up to about 15,000 open
   * tasks). Without one, its only plan for a region-wide page ({@code select distinct ... order by ... LIMIT 15} with
   * Camunda's authorization join) checks the grants of every candidate task before sorting: 170,000 buffers and 135 ms
   * for a supervisor who sees 10,000 tasks. The parallel plan sorts the candidates in workers and checks the grants of
   * the first rows only: 1,030 buffers and 25 ms. A larger task table has that plan anyway (at 50,000 tasks 57-60 ms
   * without this setting, 65-72 with it); a municipality's small list is unchanged (no parallel plan is cheaper
   * there). Only for the rest of the list's transaction ({@code bench/RESULTS.md}, "Wave 7").
   */
  static final String SET_PARALLEL_TASK_LIST = "SET LOCAL min_parallel_table_scan_size = 0";

  @Override
  public void postInit(ProcessEngineConfigurationImpl configuration) {
    if ("postgres".equals(configuration.getDatabaseType())) {
      configuration.getSqlSessionFactory().getConfiguration().addInterceptor(new CustomPlanInterceptor());
    }
  }

  /**
   * True for Camunda's list and count queries by criteria (the statements with authorization and tenant checks) over
   * runtime and history tables. Not for the definition queries (process, decision, case, job definitions): their tables
   * hold a row per deployed version, a generic plan cannot go wrong there, and forcing custom plans made the lookup of
   * the latest decision definition in every REST evaluation spend twice as long planning as executing, and every
   * later statement of that transaction too (bench P4, {@code bench/RESULTS.md}, "Wave 5: P4, decisions in the engine").
   */
  static boolean isListQuery(String statementId) {
    return statementId.contains("ByQueryCriteria") && !statementId.contains("Definition");
  }

  /** True for the list (not the count) of historic process instances: the sort {@link #SET_HISTORY_SORT_MEMORY} is for. */
  static boolean isHistoricProcessInstanceList(String statementId) {
    return statementId.endsWith("selectHistoricProcessInstancesByQueryCriteria");
  }

  /** True for Camunda's task list by criteria (task queries, Tasklist's filter lists): {@link #SET_PARALLEL_TASK_LIST}. */
  static boolean isTaskList(String statementId) {
    return statementId.endsWith("selectTaskByQueryCriteria");
  }

  /** True for Camunda's task count by criteria (task queries, filter counts, the count in every HAL filter list). */
  static boolean isTaskCount(String statementId) {
    return statementId.endsWith("selectTaskCountByQueryCriteria");
  }

  @Intercepts({
      @Signature(type = Executor.class, method = "query",
          args = {MappedStatement.class, Object.class, RowBounds.class, ResultHandler.class}),
      @Signature(type = Executor.class, method = "query",
          args = {MappedStatement.class, Object.class, RowBounds.class, ResultHandler.class, CacheKey.class, BoundSql.class})})
  static final class CustomPlanInterceptor implements Interceptor {

    /** Set once an authorized task count was not recognised, so the warning is written once per node. */
    private final AtomicBoolean warnedOfUnknownCount = new AtomicBoolean();

    @Override
    public Object intercept(Invocation invocation) throws Throwable {
      MappedStatement statement = (MappedStatement) invocation.getArgs()[0];
      if (!isListQuery(statement.getId())) {
        return invocation.proceed();
      }
      Executor executor = (Executor) invocation.getTarget();
      Connection connection = executor.getTransaction().getConnection();
      boolean inTransaction = !connection.getAutoCommit(); // SET LOCAL holds only in a transaction
      // rewritten only where the memory to hash the grants can be given (the engine's commands are transactions)
      BoundSql withGrantSet = inTransaction && isTaskCount(statement.getId()) ? withGrantSet(invocation, statement) : null;
      if (inTransaction) {
        try (Statement set = connection.createStatement()) {
          set.execute(SET_CUSTOM_PLANS);
          if (withGrantSet != null) {
            set.execute(SET_GRANT_SET_MEMORY);
          } else if (isHistoricProcessInstanceList(statement.getId())) {
            set.execute(SET_HISTORY_SORT_MEMORY);
          }
          if (isTaskList(statement.getId())) {
            set.execute(SET_PARALLEL_TASK_LIST);
          }
        }
      }
      if (withGrantSet == null) {
        return invocation.proceed();
      }
      Object[] args = invocation.getArgs();
      RowBounds rowBounds = (RowBounds) args[2];
      return executor.query(statement, args[1], rowBounds, (ResultHandler<?>) args[3],
          executor.createCacheKey(statement, args[1], rowBounds, withGrantSet), withGrantSet);
    }

    /** The task count's SQL with the grants read once, or null to run Camunda's statement as it is. */
    private BoundSql withGrantSet(Invocation invocation, MappedStatement statement) {
      Object[] args = invocation.getArgs();
      BoundSql camunda = args.length == 6 ? (BoundSql) args[5] : statement.getBoundSql(args[1]);
      Optional<String> rewritten = TaskCountWithGrantSet.rewrite(camunda.getSql());
      if (rewritten.isEmpty()) {
        if (TaskCountWithGrantSet.checksAuthorization(camunda.getSql()) && warnedOfUnknownCount.compareAndSet(false, true)) {
          LOG.warn("Camunda's task count with authorization check has a shape this version does not know; it runs as "
              + "Camunda wrote it, one authorization probe per task (slower for users who see many tasks, see "
              + "docs/beheer-sizing.md): {}", camunda.getSql().replaceAll("\\s+", " "));
        }
        return null;
      }
      BoundSql withGrantSet = new BoundSql(statement.getConfiguration(), rewritten.get(),
          camunda.getParameterMappings(), camunda.getParameterObject());
      camunda.getAdditionalParameters().forEach(withGrantSet::setAdditionalParameter);
      return withGrantSet;
    }

    @Override
    public Object plugin(Object target) {
      return target instanceof Executor ? Plugin.wrap(target, this) : target;
    }

    @Override
    public void setProperties(Properties properties) {
      // none
    }
  }
}

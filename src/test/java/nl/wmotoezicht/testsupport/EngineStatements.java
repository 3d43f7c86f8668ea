package nl.wmotoezicht.testsupport;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Properties;
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
import org.camunda.bpm.engine.ProcessEngineConfiguration;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;

/**
 * The MyBatis statement ids the engine selects with while a piece of work runs: on the calling thread only (an engine
 * call made by the test) or on every thread (REST requests served by the web server's threads). Installed once on the
 * suite's engine; outside a recording it only passes the call on.
 */
@Intercepts({
    @Signature(type = Executor.class, method = "query",
        args = {MappedStatement.class, Object.class, RowBounds.class, ResultHandler.class}),
    @Signature(type = Executor.class, method = "query",
        args = {MappedStatement.class, Object.class, RowBounds.class, ResultHandler.class, CacheKey.class,
            BoundSql.class})})
public final class EngineStatements implements Interceptor {

  private static final ThreadLocal<List<String>> THIS_THREAD = new ThreadLocal<>();
  private static final ThreadLocal<List<Statement>> THIS_THREAD_WITH_PARAMETERS = new ThreadLocal<>();
  private static volatile List<String> allThreads;

  private EngineStatements() {
  }

  /** Adds the recorder to the engine's MyBatis configuration, once. */
  public static synchronized void installOn(ProcessEngineConfiguration engine) {
    org.apache.ibatis.session.Configuration mybatis = ((ProcessEngineConfigurationImpl) engine)
        .getSqlSessionFactory().getConfiguration();
    if (mybatis.getInterceptors().stream().noneMatch(EngineStatements.class::isInstance)) {
      mybatis.addInterceptor(new EngineStatements());
    }
  }

  /** What the engine selected on this thread while the work ran. */
  public static List<String> onThisThread(ThrowingRunnable work) throws Exception {
    List<String> statements = new ArrayList<>();
    THIS_THREAD.set(statements);
    try {
      work.run();
    } finally {
      THIS_THREAD.remove();
    }
    return statements;
  }

  /**
   * What the engine selected on this thread while the work ran, each with the parameter the engine passed (for a
   * list query Camunda's {@code ListQueryParameterObject}, whose {@code getParameter()} holds e.g. the
   * {@code variableNames} a variable read is restricted to).
   */
  public static List<Statement> withParametersOnThisThread(ThrowingRunnable work) throws Exception {
    List<Statement> statements = new ArrayList<>();
    THIS_THREAD_WITH_PARAMETERS.set(statements);
    try {
      work.run();
    } finally {
      THIS_THREAD_WITH_PARAMETERS.remove();
    }
    return statements;
  }

  /** What the engine selected on any thread while the work ran (one recording at a time). */
  public static synchronized List<String> onAllThreads(ThrowingRunnable work) throws Exception {
    List<String> statements = Collections.synchronizedList(new ArrayList<>());
    allThreads = statements;
    try {
      work.run();
    } finally {
      allThreads = null;
    }
    return List.copyOf(statements);
  }

  /** How many of the statements' ids contain the given part (e.g. {@code "selectVariablesByTaskId"}). */
  public static long count(List<String> statements, String idPart) {
    return statements.stream().filter(id -> id.contains(idPart)).count();
  }

  @Override
  public Object intercept(Invocation invocation) throws Throwable {
    String id = ((MappedStatement) invocation.getArgs()[0]).getId();
    List<String> mine = THIS_THREAD.get();
    if (mine != null) {
      mine.add(id);
    }
    List<Statement> withParameters = THIS_THREAD_WITH_PARAMETERS.get();
    if (withParameters != null) {
      withParameters.add(new Statement(id, invocation.getArgs()[1]));
    }
    List<String> all = allThreads;
    if (all != null) {
      all.add(id);
    }
    return invocation.proceed();
  }

  @Override
  public Object plugin(Object target) {
    return target instanceof Executor ? Plugin.wrap(target, this) : target;
  }

  @Override
  public void setProperties(Properties properties) {
    // none
  }

  /** One select: its MyBatis statement id and the parameter object it was given. */
  public record Statement(String id, Object parameter) {
  }

  /** Work that may throw, as a test's steps do. */
  @FunctionalInterface
  public interface ThrowingRunnable {
    void run() throws Exception;
  }
}

package nl.wmotoezicht.security;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.interceptor.SessionFactory;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Authorization checks with the same answers and fewer statements (issue 16, {@code bench/RESULTS.md}).
 *
 * <ol>
 *   <li><b>Grants only.</b> The platform gives access by GRANT authorizations only; nothing in it creates a REVOKE
 *   (type 2). With Camunda's default {@code authorizationCheckRevokes = auto} every command still asks the database
 *   whether a REVOKE exists ({@code SELECT CASE WHEN EXISTS (... TYPE_ = 2 ...)}), to choose between two forms of its
 *   checks. This plugin makes a REVOKE impossible instead: a check constraint {@value #CONSTRAINT} on
 *   {@code ACT_RU_AUTHORIZATION} refuses one (an administrator who tries gets an error, never a REVOKE that is
 *   silently ignored), and only once the constraint is in place does the engine skip the question
 *   ({@code never}). If a database already holds REVOKE authorizations the constraint is not added, the engine keeps
 *   {@code auto} and honours them, and a warning says so.</li>
 *   <li><b>The user's groups as they are</b>: {@link UnfilteredGroupsAuthorizationManager}.</li>
 * </ol>
 */
@Component
class GrantOnlyAuthorizations extends AbstractProcessEnginePlugin {

  private static final Logger LOG = LoggerFactory.getLogger(GrantOnlyAuthorizations.class);

  static final String CONSTRAINT = "wmo_auth_grants_only";
  /** {@code AuthorizationEntity.AUTH_TYPE_REVOKE}. */
  private static final int REVOKE = 2;

  @Override
  public void preInit(ProcessEngineConfigurationImpl configuration) {
    List<SessionFactory> factories = configuration.getCustomSessionFactories() == null ? new ArrayList<>()
        : new ArrayList<>(configuration.getCustomSessionFactories());
    factories.add(new UnfilteredGroupsAuthorizationManager.Factory());
    configuration.setCustomSessionFactories(factories);
  }

  @Override
  public void postProcessEngineBuild(ProcessEngine engine) {
    ProcessEngineConfigurationImpl configuration = (ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration();
    String table = configuration.getDatabaseTablePrefix() + "ACT_RU_AUTHORIZATION";
    try (Connection connection = configuration.getDataSource().getConnection()) {
      if (!constraintExists(connection)) {
        if (revokeCount(connection, table) > 0) {
          LOG.warn("{} holds REVOKE authorizations: the engine keeps checking for them (authorizationCheckRevokes=auto)",
              table);
          return;
        }
        try (Statement statement = connection.createStatement()) {
          statement.execute("ALTER TABLE " + table + " ADD CONSTRAINT " + CONSTRAINT + " CHECK (TYPE_ <> " + REVOKE + ")");
        } catch (SQLException e) {
          if (!constraintExists(connection)) {   // another node may have added it meanwhile
            throw e;
          }
        }
        if (!connection.getAutoCommit()) {
          connection.commit();
        }
      }
      configuration.setAuthorizationCheckRevokes(ProcessEngineConfigurationImpl.AUTHORIZATION_CHECK_REVOKE_NEVER);
    } catch (SQLException e) {
      LOG.warn("Could not make REVOKE authorizations impossible; the engine keeps checking for them", e);
    }
  }

  static boolean constraintExists(Connection connection) throws SQLException {
    try (PreparedStatement query = connection.prepareStatement(
        "SELECT count(*) FROM information_schema.table_constraints WHERE lower(constraint_name) = ?")) {
      query.setString(1, CONSTRAINT);
      try (ResultSet rows = query.executeQuery()) {
        return rows.next() && rows.getLong(1) > 0;
      }
    }
  }

  private static long revokeCount(Connection connection, String table) throws SQLException {
    try (Statement statement = connection.createStatement();
        ResultSet rows = statement.executeQuery("SELECT count(*) FROM " + table + " WHERE TYPE_ = " + REVOKE)) {
      return rows.next() ? rows.getLong(1) : 0;
    }
  }
}

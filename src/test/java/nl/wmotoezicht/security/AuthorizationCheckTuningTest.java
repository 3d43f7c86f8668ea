package nl.wmotoezicht.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.List;
import java.util.UUID;
import javax.sql.DataSource;
import nl.wmotoezicht.identity.Groups;
import nl.wmotoezicht.testsupport.TestDatabase;
import nl.wmotoezicht.testsupport.WmoIntegrationTest;
import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.ProcessEngineConfiguration;
import org.camunda.bpm.engine.BadUserRequestException;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.persistence.entity.AuthorizationManager;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Issue 16: the authorization checks cost fewer statements and still give the same answers (GrantOnlyAuthorizations,
 * UnfilteredGroupsAuthorizationManager), and the task-list index exists on PostgreSQL.
 */
@WmoIntegrationTest
class AuthorizationCheckTuningTest {

  @Autowired
  ProcessEngineConfigurationImpl configuration;
  @Autowired
  AuthorizationService authorizations;
  @Autowired
  TaskService tasks;
  @Autowired
  DataSource dataSource;

  @Test
  void aRevokeAuthorizationCannotBeCreated() {
    Authorization revoke = authorizations.createNewAuthorization(Authorization.AUTH_TYPE_REVOKE);
    revoke.setGroupId(Groups.TOEZICHTHOUDERS);
    revoke.setResource(Resources.TASK);
    revoke.setResourceId("task-" + UUID.randomUUID());
    revoke.removePermission(Permissions.READ);

    // refused before the database (whose constraint would answer 500), with a reason Admin shows
    assertThatThrownBy(() -> authorizations.saveAuthorization(revoke)).isInstanceOf(BadUserRequestException.class)
        .hasMessageContaining(UnfilteredGroupsAuthorizationManager.REVOKE_REFUSED);
    assertThat(authorizations.createAuthorizationQuery().authorizationType(Authorization.AUTH_TYPE_REVOKE).count())
        .isZero();
  }

  @Test
  void theEngineNoLongerAsksForRevokesOnceTheyAreImpossible() {
    assertThat(configuration.getAuthorizationCheckRevokes()).isEqualTo(ProcessEngineConfiguration.AUTHORIZATION_CHECK_REVOKE_NEVER);
  }

  @Test
  void theUsersGroupsReachTheChecksUnfiltered() {
    List<String> groups = configuration.getCommandExecutorTxRequired().execute(context -> {
      AuthorizationManager manager = context.getAuthorizationManager();
      assertThat(manager).isInstanceOf(UnfilteredGroupsAuthorizationManager.class);
      return manager.filterAuthenticatedGroupIds(List.of("group-without-authorizations", Groups.TOEZICHTHOUDERS));
    });
    assertThat(groups).containsExactly("group-without-authorizations", Groups.TOEZICHTHOUDERS);
  }

  @Test
  void aGroupWithoutAuthorizationsGrantsNothingAndTakesNothingAway() {
    Task task = tasks.newTask("tuning-" + UUID.randomUUID());
    tasks.saveTask(task);
    try {
      tasks.addCandidateGroup(task.getId(), Groups.TOEZICHTHOUDERS);
      String user = "tuning-user";

      assertThat(authorizations.isUserAuthorized(user, List.of("group-without-authorizations"), Permissions.READ,
          Resources.TASK, task.getId())).isFalse();
      assertThat(authorizations.isUserAuthorized(user, List.of("group-without-authorizations", Groups.TOEZICHTHOUDERS),
          Permissions.READ, Resources.TASK, task.getId())).isTrue();
      assertThat(authorizations.isUserAuthorized(user, List.of("group-without-authorizations", Groups.CONTRACTMANAGERS),
          Permissions.READ, Resources.TASK, task.getId())).isFalse();
    } finally {
      tasks.deleteTask(task.getId(), true);
    }
  }

  @Test
  void postgresHasTheTaskListIndex() throws Exception {
    Assumptions.assumeTrue(TestDatabase.isPostgres(), "PostgreSQL only");
    try (Connection connection = dataSource.getConnection();
        PreparedStatement query = connection.prepareStatement(
            "SELECT indexdef FROM pg_indexes WHERE indexname = 'wmo_idx_ident_lnk_task_cand'");
        ResultSet rows = query.executeQuery()) {
      assertThat(rows.next()).isTrue();
      assertThat(rows.getString(1)).contains("(task_id_, type_, group_id_)");
    }
  }
}

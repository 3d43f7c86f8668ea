package nl.wmotoezicht.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import javax.sql.DataSource;
import nl.wmotoezicht.testsupport.TestDatabase;
import nl.wmotoezicht.testsupport.WmoIntegrationTest;
import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.authorization.Permission;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.Resource;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.impl.TaskQueryImpl;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.task.TaskQuery;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Issue 16, P5: on PostgreSQL a user's task count reads the user's grants once ({@link TaskCountWithGrantSet}); it must
 * count exactly the tasks Camunda's own SQL finds. Every kind of grant the authorization check knows is set up here, and
 * each user's count is compared with the number of tasks Camunda's list (not rewritten) returns and with the number
 * the grants allow. On H2 the same assertions hold for Camunda's statement: they describe the semantics both keep, so
 * they pass on the old code by design; the test that the rewrite runs at all is the PostgreSQL-only one.
 */
@WmoIntegrationTest
class TaskCountsTheSameTasksTest {

  private static final String PROBE = "testGrantSetProbe";

  @Autowired
  ProcessEngineConfigurationImpl configuration;
  @Autowired
  TaskService tasks;
  @Autowired
  RuntimeService runtime;
  @Autowired
  RepositoryService repository;
  @Autowired
  AuthorizationService authorizations;
  @Autowired
  IdentityService identity;
  @Autowired
  DataSource dataSource;

  private final String run = UUID.randomUUID().toString().substring(0, 8);
  private final List<String> grants = new ArrayList<>();
  private final List<String> standalone = new ArrayList<>();
  private String deployment;
  private String s1;
  private String p1;

  /**
   * Three process tasks (definition {@value #PROBE}, no tenant) and three standalone ones: without tenant, Heerlen's
   * and Maastricht's.
   */
  @BeforeEach
  void tasksAndGrants() {
    deployment = repository.createDeployment().name("test-grant-set")
        .addModelInstance("grantSetProbe.bpmn", Bpmn.createExecutableProcess(PROBE).camundaHistoryTimeToLive(1)
            .startEvent().userTask("Task_Probe").name(name("proces")).camundaCandidateGroups(group("kandidaat"))
            .endEvent().done())
        .deploy().getId();
    for (int i = 0; i < 3; i++) {
      runtime.startProcessInstanceByKey(PROBE, "GRANTSET-" + run + "-" + i);
    }
    p1 = tasks.createTaskQuery().processDefinitionKey(PROBE).taskNameLike(name("%")).list().get(0).getId();
    s1 = standaloneTask("zonder-tenant", null);
    standaloneTask("heerlen", "GM0917");
    standaloneTask("maastricht", "GM0935");

    grant(null, group("taak"), Resources.TASK, s1, Permissions.READ);
    grant(null, group("taak"), Resources.TASK, p1, Permissions.READ);
    grant(null, group("definitie"), Resources.PROCESS_DEFINITION, PROBE, Permissions.READ_TASK);
    grant(null, group("definitie-zonder-taken"), Resources.PROCESS_DEFINITION, PROBE, Permissions.READ);
    grant(null, group("sleutel-als-taak"), Resources.TASK, PROBE, Permissions.READ);
    grant(null, group("alle-definities"), Resources.PROCESS_DEFINITION, "*", Permissions.READ_TASK);
    grant(user("alle-taken"), null, Resources.TASK, "*", Permissions.READ);
    grant(user("een-taak"), null, Resources.TASK, s1, Permissions.READ);
    grant(user("een-taak"), null, Resources.TASK, p1, Permissions.UPDATE);
  }

  @AfterEach
  void removeThem() {
    identity.clearAuthentication();
    grants.forEach(authorizations::deleteAuthorization);
    standalone.forEach(id -> tasks.deleteTask(id, true));
    repository.deleteDeployment(deployment, true);
  }

  @Test
  void everyUserCountsTheTasksTheirGrantsAllow() {
    // a task's own grant, to the group
    assertCount(user("x"), List.of(group("taak")), List.of(), 2);
    // READ_TASK on the definition: its three tasks; READ on the definition alone shows none
    assertCount(user("x"), List.of(group("definitie")), List.of(), 3);
    assertCount(user("x"), List.of(group("definitie-zonder-taken")), List.of(), 0);
    // Camunda matches a grant's resource id against the task id, the definition key and '*', whatever its type
    assertCount(user("x"), List.of(group("sleutel-als-taak")), List.of(), 3);
    // '*' grants: every task the tenants allow (the process tasks and the one without tenant, plus Heerlen's)
    assertCount(user("x"), List.of(group("alle-definities")), List.of("GM0917"), 5);
    assertCount(user("alle-taken"), List.of(), List.of("GM0917", "GM0935"), 6);
    assertCount(user("alle-taken"), List.of(), List.of(), 4);
    // a user's own grant; UPDATE without READ shows nothing
    assertCount(user("een-taak"), List.of(), List.of(), 1);
    // several groups together: the union, each task once
    assertCount(user("x"), List.of(group("taak"), group("definitie"), "group-without-authorizations"), List.of(), 4);
    // no grant at all
    assertCount(user("niemand"), List.of(), List.of("GM0917"), 0);
  }

  @Test
  void theSupervisorsFilterShapeCountsTheSameTasks() {
    identity.setAuthentication(user("x"), List.of(group("definitie"), group("kandidaat")), List.of("GM0917"));
    TaskQuery filter = tasks.createTaskQuery().taskCandidateGroupIn(List.of(group("kandidaat"))).includeAssignedTasks()
        .taskNameLike(name("%"));
    assertThat(filter.count()).isEqualTo(filter.list().size()).isEqualTo(3);
  }

  @Test
  void postgresRunsTheCountWithTheGrantsReadOnce() {
    Assumptions.assumeTrue(TestDatabase.isPostgres(), "PostgreSQL only");
    identity.setAuthentication(user("x"), List.of(group("taak")), List.of());
    String[] ran = configuration.getCommandExecutorTxRequired().execute(context -> {
      Connection connection = context.getDbSqlSession().getSqlSession().getConnection();
      int backend = backendPid(connection);
      TaskQueryImpl query = (TaskQueryImpl) tasks.createTaskQuery().taskNameLike(name("%"));
      long count = context.getTaskManager().findTaskCountByQueryCriteria(query);
      return new String[] {Long.toString(count), lastStatementOf(backend)};
    });

    assertThat(ran[0]).isEqualTo("2");
    assertThat(ran[1]).startsWith("WITH " + TaskCountWithGrantSet.GRANTS + " AS NOT MATERIALIZED (SELECT G.RESOURCE_ID_ FROM")
        .contains("ACT_RU_AUTHORIZATION").doesNotContain("AUTH ON");
  }

  private void assertCount(String user, List<String> groups, List<String> tenants, long expected) {
    identity.setAuthentication(user, groups, tenants);
    try {
      TaskQuery mine = tasks.createTaskQuery().taskNameLike(name("%"));
      assertThat(mine.count()).as("%s %s %s", user, groups, tenants).isEqualTo(mine.list().size()).isEqualTo(expected);
    } finally {
      identity.clearAuthentication();
    }
  }

  private String standaloneTask(String label, String tenant) {
    Task task = tasks.newTask();
    task.setName(name(label));
    task.setTenantId(tenant);
    tasks.saveTask(task);
    standalone.add(task.getId());
    return task.getId();
  }

  private void grant(String user, String group, Resource resource, String resourceId, Permission permission) {
    Authorization grant = authorizations.createNewAuthorization(Authorization.AUTH_TYPE_GRANT);
    grant.setUserId(user);
    grant.setGroupId(group);
    grant.setResource(resource);
    grant.setResourceId(resourceId);
    grant.addPermission(permission);
    grants.add(authorizations.saveAuthorization(grant).getId());
  }

  private String name(String label) {
    return "grantset-" + run + "-" + label;
  }

  private String group(String label) {
    return "grantset-" + run + "-" + label;
  }

  private String user(String label) {
    return "grantset-" + run + "-" + label;
  }

  private static int backendPid(Connection connection) {
    try (Statement query = connection.createStatement(); ResultSet row = query.executeQuery("SELECT pg_backend_pid()")) {
      row.next();
      return row.getInt(1);
    } catch (SQLException e) {
      throw new IllegalStateException(e);
    }
  }

  /** What PostgreSQL last ran on that backend (its first 1,024 characters), read from another connection. */
  private String lastStatementOf(int backend) {
    try (Connection other = dataSource.getConnection();
        PreparedStatement query = other.prepareStatement("SELECT query FROM pg_stat_activity WHERE pid = ?")) {
      query.setInt(1, backend);
      try (ResultSet row = query.executeQuery()) {
        row.next();
        return row.getString(1);
      }
    } catch (SQLException e) {
      throw new IllegalStateException(e);
    }
  }
}

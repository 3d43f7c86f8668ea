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
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.task.TaskQuery;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Issue 16, P5: on PostgreSQL a user's task list and count read the user's grants once ({@link TaskQueryWithGrantSet});
 * they must find exactly the tasks Camunda's own SQL finds. Every kind of grant the authorization check knows is set up
 * here, and for each user the list must hold exactly the tasks the grants allow, and the count their number. On H2 the
 * suite runs Camunda's own statements, so there the same assertions prove what Camunda finds; on PostgreSQL, that the
 * rewrite finds the same. They pass on the old code by design; the tests that the rewrite runs at all are the
 * PostgreSQL-only ones.
 */
@WmoIntegrationTest
class TaskQueriesFindTheSameTasksTest {

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
  private final List<String> process = new ArrayList<>();
  private String s1;
  private String s2;
  private String s3;
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
    tasks.createTaskQuery().processDefinitionKey(PROBE).taskNameLike(name("%")).list()
        .forEach(task -> process.add(task.getId()));
    assertThat(process).hasSize(3);
    p1 = process.get(0);
    s1 = standaloneTask("zonder-tenant", null);
    s2 = standaloneTask("heerlen", "GM0917");
    s3 = standaloneTask("maastricht", "GM0935");

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
    assertFinds(user("x"), List.of(group("taak")), List.of(), s1, p1);
    // READ_TASK on the definition: its three tasks; READ on the definition alone shows none
    assertFinds(user("x"), List.of(group("definitie")), List.of(), processTasks());
    assertFinds(user("x"), List.of(group("definitie-zonder-taken")), List.of());
    // Camunda matches a grant's resource id against the task id, the definition key and '*', whatever its type
    assertFinds(user("x"), List.of(group("sleutel-als-taak")), List.of(), processTasks());
    // '*' grants: every task the tenants allow (the process tasks and the one without tenant, plus Heerlen's)
    assertFinds(user("x"), List.of(group("alle-definities")), List.of("GM0917"), and(processTasks(), s1, s2));
    assertFinds(user("alle-taken"), List.of(), List.of("GM0917", "GM0935"), and(processTasks(), s1, s2, s3));
    assertFinds(user("alle-taken"), List.of(), List.of(), and(processTasks(), s1));
    // a user's own grant; UPDATE without READ shows nothing
    assertFinds(user("een-taak"), List.of(), List.of(), s1);
    // several groups together: the union, each task once
    assertFinds(user("x"), List.of(group("taak"), group("definitie"), "group-without-authorizations"), List.of(),
        and(processTasks(), s1));
    // no grant at all
    assertFinds(user("niemand"), List.of(), List.of("GM0917"));
  }

  @Test
  void theSupervisorsFilterShapeCountsTheSameTasks() {
    identity.setAuthentication(user("x"), List.of(group("definitie"), group("kandidaat")), List.of("GM0917"));
    TaskQuery filter = tasks.createTaskQuery().taskCandidateGroupIn(List.of(group("kandidaat"))).includeAssignedTasks()
        .taskNameLike(name("%"));
    assertThat(filter.list()).extracting(Task::getId).containsExactlyInAnyOrderElementsOf(process);
    assertThat(filter.count()).isEqualTo(3);
    // a page in Camunda's order: the same first task as Camunda's own order by id
    assertThat(filter.orderByTaskId().asc().listPage(0, 1)).extracting(Task::getId)
        .containsExactly(process.stream().sorted().findFirst().orElseThrow());
  }

  @Test
  void postgresRunsTheCountWithTheGrantsReadOnce() {
    Assumptions.assumeTrue(TestDatabase.isPostgres(), "PostgreSQL only");
    String[] ran = asUserWithTaskGrant(query -> Long.toString(
        Context.getCommandContext().getTaskManager().findTaskCountByQueryCriteria(query)));

    assertThat(ran[0]).isEqualTo("2");
    assertThat(ran[1]).startsWith("WITH " + TaskQueryWithGrantSet.GRANTS + " AS NOT MATERIALIZED (SELECT G.RESOURCE_ID_ "
        + "FROM").contains("ACT_RU_AUTHORIZATION").doesNotContain("AUTH ON");
  }

  @Test
  void postgresRunsTheListWithTheGrantsReadOnce() {
    Assumptions.assumeTrue(TestDatabase.isPostgres(), "PostgreSQL only");
    String[] ran = asUserWithTaskGrant(query -> Integer.toString(
        Context.getCommandContext().getTaskManager().findTasksByQueryCriteria(query).size()));

    assertThat(ran[0]).isEqualTo("2");
    assertThat(ran[1].replaceAll("\\s+", " ")).startsWith("WITH " + TaskQueryWithGrantSet.GRANTS
        + " AS NOT MATERIALIZED (SELECT G.RESOURCE_ID_ FROM").contains(") G) select distinct RES.REV_, RES.ID_")
        .doesNotContain("AUTH ON");
  }

  /** The result of the query as a user with the group "taak", and what PostgreSQL ran for it. */
  private String[] asUserWithTaskGrant(java.util.function.Function<TaskQueryImpl, String> run) {
    identity.setAuthentication(user("x"), List.of(group("taak")), List.of());
    return configuration.getCommandExecutorTxRequired().execute(context -> {
      int backend = backendPid(context.getDbSqlSession().getSqlSession().getConnection());
      String result = run.apply((TaskQueryImpl) tasks.createTaskQuery().taskNameLike(name("%")));
      return new String[] {result, lastStatementOf(backend)};
    });
  }

  private void assertFinds(String user, List<String> groups, List<String> tenants, String... expected) {
    identity.setAuthentication(user, groups, tenants);
    try {
      TaskQuery mine = tasks.createTaskQuery().taskNameLike(name("%"));
      String who = user + " " + groups + " " + tenants;
      assertThat(mine.list()).as(who).extracting(Task::getId).containsExactlyInAnyOrder(expected);
      assertThat(mine.count()).as(who).isEqualTo(expected.length);
    } finally {
      identity.clearAuthentication();
    }
  }

  private String[] processTasks() {
    return process.toArray(String[]::new);
  }

  private static String[] and(String[] some, String... more) {
    List<String> all = new ArrayList<>(List.of(some));
    all.addAll(List.of(more));
    return all.toArray(String[]::new);
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

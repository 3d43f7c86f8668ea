package nl.wmotoezicht.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.authorization.TaskPermissions;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.model.bpmn.Bpmn;
import nl.wmotoezicht.testsupport.EngineStatements;
import nl.wmotoezicht.testsupport.ProcessScenario;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The default grants on a user task ({@link NewTaskGrants}): a task the command creates gets Camunda's grants for its
 * candidates and assignee (READ and, as configured, TASK_WORK) without a lookup of existing grants; a task that exists already is looked up as Camunda
 * does, and an existing grant is extended rather than doubled.
 */
@ProcessScenario
class NewTaskGrantsTest {

  private static final String LOOKUP = "AuthorizationEntity.selectAuthorizationByParameters";

  @Autowired ProcessEngine engine;
  @Autowired RepositoryService repository;
  @Autowired RuntimeService runtime;
  @Autowired TaskService tasks;
  @Autowired AuthorizationService authorizations;

  private String deployment;

  @BeforeEach
  void deploy() {
    EngineStatements.installOn(engine.getProcessEngineConfiguration());
    deployment = repository.createDeployment().name("test-new-task-grants")
        .addModelInstance("newTaskGrants.bpmn", Bpmn.createExecutableProcess("testNewTaskGrants")
            .camundaHistoryTimeToLive(1)
            .startEvent()
            .userTask("Task_Grants").camundaCandidateGroups("toezichthouders, college").camundaAssignee("tz-heerlen")
            .endEvent()
            .done())
        .deploy().getId();
  }

  @AfterEach
  void undeploy() {
    repository.deleteDeployment(deployment, true);
  }

  @Test
  void aNewTaskGetsCamundasGrantsForItsCandidatesAndAssigneeWithoutALookup() throws Exception {
    ProcessInstance[] started = new ProcessInstance[1];
    List<String> statements = EngineStatements.onThisThread(
        () -> started[0] = runtime.startProcessInstanceByKey("testNewTaskGrants", "GRANTS-1"));

    assertThat(statements).as("statements of the start").isNotEmpty().noneMatch(id -> id.endsWith(LOOKUP));
    Task task = tasks.createTaskQuery().processInstanceId(started[0].getId()).singleResult();
    for (String group : List.of("toezichthouders", "college")) {
      Authorization grant = grantOfGroup(group, task.getId());
      assertThat(grant).as("grant of %s", group).isNotNull();
      assertThat(grant.isPermissionGranted(Permissions.READ)).isTrue();
      assertThat(grant.isPermissionGranted(TaskPermissions.TASK_WORK)).isTrue();
    }
    Authorization assignee = authorizations.createAuthorizationQuery().userIdIn("tz-heerlen")
        .resourceType(Resources.TASK).resourceId(task.getId()).singleResult();
    assertThat(assignee).isNotNull();
    assertThat(assignee.isPermissionGranted(TaskPermissions.TASK_WORK)).isTrue();
    assertThat(authorizations.createAuthorizationQuery().resourceType(Resources.TASK).resourceId(task.getId()).count())
        .as("one grant per group and user").isEqualTo(3);
  }

  @Test
  void anExistingTasksGrantIsLookedUpAndExtendedNotDoubled() throws Exception {
    ProcessInstance pi = runtime.startProcessInstanceByKey("testNewTaskGrants", "GRANTS-2");
    Task task = tasks.createTaskQuery().processInstanceId(pi.getId()).singleResult();
    Authorization readOnly = authorizations.createNewAuthorization(Authorization.AUTH_TYPE_GRANT);
    readOnly.setGroupId("contractmanagers");
    readOnly.setResource(Resources.TASK);
    readOnly.setResourceId(task.getId());
    readOnly.addPermission(Permissions.READ);
    authorizations.saveAuthorization(readOnly);

    List<String> statements = EngineStatements.onThisThread(
        () -> tasks.addCandidateGroup(task.getId(), "contractmanagers"));

    assertThat(statements).as("an existing task's grant is looked up").anyMatch(id -> id.endsWith(LOOKUP));
    Authorization grant = grantOfGroup("contractmanagers", task.getId());
    assertThat(grant.getId()).as("the existing grant, extended").isEqualTo(readOnly.getId());
    assertThat(grant.isPermissionGranted(TaskPermissions.TASK_WORK)).isTrue();
  }

  private Authorization grantOfGroup(String group, String taskId) {
    return authorizations.createAuthorizationQuery().groupIdIn(group).resourceType(Resources.TASK).resourceId(taskId)
        .singleResult();
  }
}

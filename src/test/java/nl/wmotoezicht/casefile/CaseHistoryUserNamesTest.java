package nl.wmotoezicht.casefile;

import static nl.wmotoezicht.testsupport.ProcessTestSupport.runAsyncJobs;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import nl.wmotoezicht.dwangsom.DwangsomFixtures;
import nl.wmotoezicht.dwangsom.DwangsomProcess;
import nl.wmotoezicht.identity.Groups;
import nl.wmotoezicht.testsupport.EngineStatements;
import nl.wmotoezicht.testsupport.ProcessScenario;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The case file names its users ("Teamleider Heerlen" rather than {@code manager-heerlen}) with one user query for the
 * whole reading, however many users it names: who started the case, who completed its tasks, who assigned a task
 * and to whom. A user who no longer exists shows as her id.
 */
@ProcessScenario
class CaseHistoryUserNamesTest {

  private static final String FORMER_COLLEAGUE = "vertrokken-beheerder";

  @Autowired ProcessEngine engine;
  @Autowired RuntimeService runtime;
  @Autowired TaskService tasks;
  @Autowired ManagementService management;
  @Autowired HistoryService history;
  @Autowired IdentityService identity;
  @Autowired CaseHistory caseHistory;

  @Test
  void theCaseFileNamesAllItsUsersWithOneUserQuery() throws Exception {
    ProcessInstance last = as(FORMER_COLLEAGUE, () -> runtime.createMessageCorrelation(
        DwangsomProcess.Messages.REQUESTED).setVariables(DwangsomFixtures.request()).correlateStartMessage());
    String prepare = tasks.createTaskQuery().processInstanceId(last.getId()).singleResult().getId();
    as("manager-heerlen", () -> {
      tasks.setAssignee(prepare, "toezichthouder");
      return null;
    });
    as("toezichthouder", () -> {
      tasks.complete(prepare, DwangsomFixtures.termsWithoutHearing("perTijdseenheid", 500L, 5000L));
      return null;
    });
    runAsyncJobs(management, last);
    EngineStatements.installOn(engine.getProcessEngineConfiguration());

    AtomicReference<List<CaseHistory.Entry>> read = new AtomicReference<>();
    List<String> statements = EngineStatements.onThisThread(() -> read.set(caseHistory.of(
        history.createHistoricProcessInstanceQuery().processInstanceId(last.getId()).list())));

    assertThat(EngineStatements.count(statements, "selectUserByQueryCriteria")).isEqualTo(1);
    List<CaseHistory.Entry> file = read.get();
    assertThat(file).filteredOn(e -> e.kind().equals("gestart")).extracting(CaseHistory.Entry::user)
        .containsExactly(FORMER_COLLEAGUE); // no longer a user: her id
    assertThat(file).filteredOn(e -> e.kind().equals("taak")).extracting(CaseHistory.Entry::user)
        .containsExactly(nameOf("toezichthouder"));
    assertThat(file).filteredOn(e -> e.kind().equals("handeling"))
        .extracting(CaseHistory.Entry::title, CaseHistory.Entry::user, CaseHistory.Entry::detail)
        .containsExactly(org.assertj.core.groups.Tuple.tuple("Taak toegewezen", nameOf("manager-heerlen"),
            nameOf("toezichthouder")));
  }

  /** The user's first and last name as the engine has them. */
  private String nameOf(String userId) {
    User user = identity.createUserQuery().userId(userId).singleResult();
    assertThat(user).as(userId).isNotNull();
    return (user.getFirstName() + " " + user.getLastName()).trim();
  }

  /**
   * Runs the work as this user, recorded in history and the user operation log; as a member of the administrators'
   * group, so that the engine's authorization does not stand in the way of setting up the case.
   */
  private <T> T as(String userId, java.util.concurrent.Callable<T> work) throws Exception {
    identity.setAuthentication(userId, List.of(Groups.CAMUNDA_ADMIN), List.of("GM0917"));
    try {
      return work.call();
    } finally {
      identity.clearAuthentication();
    }
  }
}

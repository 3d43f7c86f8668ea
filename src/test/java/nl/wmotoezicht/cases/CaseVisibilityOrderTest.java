package nl.wmotoezicht.cases;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import nl.wmotoezicht.kernel.CaseVariables;
import nl.wmotoezicht.testsupport.ProcessScenario;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The instances of a case are listed oldest first, and the first is the case's own process: also when another
 * instance of the case started at the same moment (a process that starts another in its first transaction; in these
 * scenarios the clock stands still). The engine's history query orders by start time only, so without a rule of ours
 * instances started at the same moment came in whatever order the database gave.
 */
@ProcessScenario
class CaseVisibilityOrderTest {

  private static final String HEERLEN = "GM0917";

  @Autowired RuntimeService runtime;
  @Autowired RepositoryService repository;
  @Autowired CaseRegistry registry;
  @Autowired CaseVisibility visibility;

  private final List<String> deployments = new ArrayList<>();
  private final String caseNumber = "ORDE-" + System.nanoTime();

  @BeforeEach
  void deploy() {
    for (String key : List.of("testCaseOwn", "testCaseOther")) {
      deployments.add(repository.createDeployment().name("test-" + key)
          .addModelInstance(key + ".bpmn", Bpmn.createExecutableProcess(key).camundaHistoryTimeToLive(1)
              .startEvent().userTask("Task_Wait").camundaCandidateGroups("toezichthouders").endEvent().done())
          .deploy().getId());
    }
  }

  @AfterEach
  void undeploy() {
    deployments.forEach(id -> repository.deleteDeployment(id, true));
  }

  @Test
  void theCasesOwnProcessComesFirstAmongInstancesStartedAtTheSameMoment() {
    // the other instance is written first, at the same moment as the case's own
    ProcessInstance other = start("testCaseOther");
    ProcessInstance own = start("testCaseOwn");
    registry.register(caseNumber, HEERLEN, "testCaseOwn", own.getId());
    registry.bindInstance(caseNumber, HEERLEN, other.getId(), "testCaseOther");

    List<HistoricProcessInstance> instances = visibility.instancesOf(caseNumber);

    assertThat(instances).extracting(HistoricProcessInstance::getStartTime).as("started at the same moment")
        .containsOnly(instances.get(0).getStartTime());
    assertThat(instances).extracting(HistoricProcessInstance::getId).containsExactly(own.getId(), other.getId());
  }

  private ProcessInstance start(String key) {
    return runtime.startProcessInstanceByKey(key, caseNumber,
        Map.of(CaseVariables.MUNICIPALITY_CODE.name(), HEERLEN));
  }
}

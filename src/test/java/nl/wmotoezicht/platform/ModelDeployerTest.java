package nl.wmotoezicht.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import nl.wmotoezicht.calamity.CalamityFixtures;
import nl.wmotoezicht.calamity.CalamityProcess;
import nl.wmotoezicht.testsupport.WmoIntegrationTest;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.io.ClassPathResource;

/** Start-up deployment: a restart with unchanged models adds no versions; a changed model does. */
@WmoIntegrationTest
class ModelDeployerTest {

  @Autowired ProcessEngine engine;
  @Autowired RepositoryService repository;
  @Autowired ModelDeployer deployer;

  private ProcessDefinition latestCalamity() {
    return repository.createProcessDefinitionQuery().processDefinitionKey(CalamityProcess.KEY).latestVersion()
        .singleResult();
  }

  @Test
  void deploysTheModelsSharedByTheRegionWithStableNames() {
    ProcessDefinition definition = latestCalamity();
    assertThat(definition.getTenantId()).isNull();
    assertThat(definition.getResourceName()).isEqualTo("processes/calamiteit.bpmn");
    assertThat(definition.getHistoryTimeToLive()).isEqualTo(3650);
    List<String> resources = repository.getDeploymentResourceNames(definition.getDeploymentId());
    assertThat(resources).contains("forms/calamiteit-registreren.form", "forms/calamiteit-beoordelen.form");
  }

  @Test
  void aRestartWithUnchangedModelsCreatesNoNewVersion() {
    ProcessDefinition before = latestCalamity();
    long deployments = repository.createDeploymentQuery().count();

    deployer.postProcessEngineBuild(engine);
    deployer.postProcessEngineBuild(engine);

    assertThat(latestCalamity().getVersion()).isEqualTo(before.getVersion());
    assertThat(repository.createDeploymentQuery().count()).isEqualTo(deployments);
  }

  @Test
  void aChangedModelBecomesANewVersionWhileRunningCasesStayOnTheirs() throws Exception {
    ProcessDefinition original = latestCalamity();
    Map<String, Object> report = CalamityFixtures.report(UUID.randomUUID().toString());
    ProcessInstance running = engine.getRuntimeService().createMessageCorrelation(CalamityProcess.Messages.REPORTED)
        .setVariables(report).correlateStartMessage();

    String edited = new String(new ClassPathResource("processes/calamiteit.bpmn").getInputStream().readAllBytes(),
        StandardCharsets.UTF_8).replace("Calamiteit afhandelen", "Calamiteit afhandelen (gewijzigd)");

    // a process owner deploys an edited model from Camunda Modeler: a new version; running cases stay
    String modeler = repository.createDeployment().name("modeler").addString("calamiteit.bpmn", edited).deploy().getId();
    assertThat(latestCalamity().getVersion()).isEqualTo(original.getVersion() + 1);
    assertThat(engine.getRuntimeService().createProcessInstanceQuery().processInstanceId(running.getId())
        .singleResult().getProcessDefinitionId()).isEqualTo(original.getId());
    // a restart does not undo it: the packaged models did not change since their last deployment
    deployer.postProcessEngineBuild(engine);
    assertThat(latestCalamity().getVersion()).isEqualTo(original.getVersion() + 1);
    repository.deleteDeployment(modeler, true);

    // a release whose packaged model differs from the last start-up deployment deploys it again
    String previousRelease = repository.createDeployment().name(ModelDeployer.DEPLOYMENT_NAME)
        .source(ModelDeployer.DEPLOYMENT_NAME).addString("processes/calamiteit.bpmn", edited).deploy().getId();
    int releaseVersion = latestCalamity().getVersion();
    deployer.postProcessEngineBuild(engine);
    assertThat(latestCalamity().getVersion()).isEqualTo(releaseVersion + 1);
    assertThat(latestCalamity().getName()).isEqualTo("Calamiteit afhandelen");
    repository.deleteDeployment(previousRelease, true);
  }
}

package nl.wmotoezicht.platform;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.List;
import nl.wmotoezicht.testsupport.WmoIntegrationTest;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.StartEvent;
import org.camunda.bpm.model.bpmn.instance.UserTask;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** Every user task and start form of every model has a Camunda Form, deployed with it, in Dutch. */
@WmoIntegrationTest
class FormReferencesTest {

  @Autowired RepositoryService repository;
  private final ObjectMapper json = new ObjectMapper();

  @Test
  void everyUserTaskHasItsFormInTheSameDeployment() throws Exception {
    List<ProcessDefinition> definitions = repository.createProcessDefinitionQuery().latestVersion().list().stream()
        .filter(d -> d.getResourceName().startsWith("processes/")).toList();
    assertThat(definitions).extracting(ProcessDefinition::getKey)
        .contains("calamiteit", "lastOnderDwangsom", "invorderingDwangsom");
    List<String> checked = new ArrayList<>();
    for (ProcessDefinition definition : definitions) {
      BpmnModelInstance model = repository.getBpmnModelInstance(definition.getId());
      List<String> deployed = repository.getDeploymentResourceNames(definition.getDeploymentId());
      for (UserTask task : model.getModelElementsByType(UserTask.class)) {
        assertThat(task.getCamundaFormRef()).as("form of %s in %s", task.getId(), definition.getKey()).isNotBlank();
        assertThat(task.getCamundaCandidateGroups()).as("group of %s", task.getId()).isNotBlank();
        checkForm(definition, deployed, task.getCamundaFormRef());
        checked.add(task.getCamundaFormRef());
      }
      for (StartEvent start : model.getModelElementsByType(StartEvent.class)) {
        if (start.getCamundaFormRef() != null) {
          checkForm(definition, deployed, start.getCamundaFormRef());
          checked.add(start.getCamundaFormRef());
        }
      }
    }
    assertThat(checked).contains("calamiteit-registreren", "dwangsom-voornemen", "invordering-dwangbevel");
  }

  private void checkForm(ProcessDefinition definition, List<String> deployed, String formRef) throws Exception {
    String resource = "forms/" + formRef + ".form";
    assertThat(deployed).as("%s deployed with %s", resource, definition.getKey()).contains(resource);
    JsonNode form = json.readTree(repository.getResourceAsStream(definition.getDeploymentId(), resource));
    assertThat(form.get("id").asText()).isEqualTo(formRef);
    assertThat(form.get("components")).isNotEmpty();
  }
}

package nl.wmotoezicht.security.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.UUID;
import nl.wmotoezicht.testsupport.ApiClient;
import nl.wmotoezicht.testsupport.WmoIntegrationTest;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.el.ExpressionManager;
import org.camunda.bpm.engine.impl.persistence.entity.ExecutionEntity;
import org.camunda.bpm.engine.variable.Variables;
import org.camunda.bpm.impl.juel.jakarta.el.ELContext;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Issue 11 finding 3: a process owner deploys from Modeler, but a model cannot run code of his own. The PoC
 * (a timer start and an expression that makes him an administrator) is refused at deployment with a 400 naming
 * the element, and the same expression fails in the engine's expression resolution.
 */
@WmoIntegrationTest
class ModelPolicyTest {

  static final String POC_EXPRESSION =
      "${execution.getProcessEngineServices().getIdentityService().createMembership('proceseigenaar','camunda-admin')}";

  static final String POC_BPMN = """
      <?xml version="1.0" encoding="UTF-8"?>
      <bpmn:definitions xmlns:bpmn="http://www.omg.org/spec/BPMN/20100524/MODEL"
          xmlns:camunda="http://camunda.org/schema/1.0/bpmn" id="Definitions_Poc" targetNamespace="https://wmotoezicht.nl/bpmn">
        <bpmn:process id="poc" name="PoC" isExecutable="true" camunda:historyTimeToLive="1">
          <bpmn:startEvent id="Start_Timer">
            <bpmn:outgoing>Flow_1</bpmn:outgoing>
            <bpmn:timerEventDefinition><bpmn:timeDuration>PT1S</bpmn:timeDuration></bpmn:timerEventDefinition>
          </bpmn:startEvent>
          <bpmn:sequenceFlow id="Flow_1" sourceRef="Start_Timer" targetRef="Task_Escalate" />
          <bpmn:serviceTask id="Task_Escalate" name="Rechten verhogen" camunda:expression="%s">
            <bpmn:incoming>Flow_1</bpmn:incoming>
            <bpmn:outgoing>Flow_2</bpmn:outgoing>
          </bpmn:serviceTask>
          <bpmn:sequenceFlow id="Flow_2" sourceRef="Task_Escalate" targetRef="End" />
          <bpmn:endEvent id="End"><bpmn:incoming>Flow_2</bpmn:incoming></bpmn:endEvent>
        </bpmn:process>
      </bpmn:definitions>
      """.formatted(POC_EXPRESSION).strip();

  private static final ObjectMapper JSON = new ObjectMapper();

  @LocalServerPort int port;
  @Autowired RepositoryService repository;
  @Autowired IdentityService identity;
  @Autowired ProcessEngineConfigurationImpl configuration;

  @Test
  void thePocIsRefusedAtDeploymentNamingTheElement() throws Exception {
    String name = "poc-" + UUID.randomUUID();
    HttpResponse<String> response = deploy("proceseigenaar", name, "poc.bpmn", POC_BPMN);

    assertThat(response.statusCode()).isEqualTo(400);
    assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).contains("problem+json"));
    JsonNode problem = JSON.readTree(response.body());
    assertThat(problem.path("type").asText()).endsWith("/model-geweigerd");
    assertThat(problem.path("errors").get(0).path("element").asText()).isEqualTo("Task_Escalate");
    assertThat(problem.path("errors").get(0).path("message").asText()).contains("getProcessEngineServices");
    assertThat(repository.createDeploymentQuery().deploymentName(name).count()).isZero();
    assertThat(repository.createProcessDefinitionQuery().processDefinitionKey("poc").count()).isZero();
    assertThat(identity.createUserQuery().userId("proceseigenaar").memberOfGroup("camunda-admin").count()).isZero();
  }

  @Test
  void aScriptTaskAndAJavaClassAreRefusedOnTheJavaApiToo() {
    String bpmn = POC_BPMN.replace("camunda:expression=\"" + POC_EXPRESSION.replace("'", "'") + "\"",
        "camunda:class=\"java.lang.Object\"");
    assertThat(bpmn).contains("camunda:class");
    assertThatThrownBy(() -> repository.createDeployment().name("poc-class").addString("poc.bpmn", bpmn).deploy())
        .isInstanceOf(ForbiddenModelContentException.class).hasMessageContaining("Task_Escalate")
        .hasMessageContaining("Java-klasse");
  }

  @Test
  void thePocExpressionFailsInTheEnginesExpressionResolution() {
    ExpressionManager expressions = configuration.getExpressionManager();
    ExecutionEntity execution = new ExecutionEntity();
    assertThatThrownBy(() -> configuration.getCommandExecutorTxRequired().execute(context ->
        expressions.createExpression(POC_EXPRESSION).getValue(execution)))
        .hasMessageContaining("getProcessEngineServices");
    assertThatThrownBy(() -> configuration.getCommandExecutorTxRequired().execute(context ->
        expressions.createExpression("${execution.processEngine}").getValue(execution)))
        .hasMessageContaining("processEngine");
    assertThat(identity.createUserQuery().userId("proceseigenaar").memberOfGroup("camunda-admin").count()).isZero();
  }

  @Test
  void beansOutsideTheListAndReflectionDoNotResolve() {
    ExpressionManager expressions = configuration.getExpressionManager();
    var variables = Variables.createVariables().putValue("caseNumber", "CAL-2026-00001").putValue("amount", 3)
        .putValue("municipalityCode", "GM0917");
    assertThat(evaluate(expressions, "${amount * 2 > 5 and caseNumber == 'CAL-2026-00001'}", variables)).isEqualTo(true);
    assertThat(evaluate(expressions, "${region.municipalityMail(municipalityCode)}", variables))
        .isEqualTo("wmo-toezicht@heerlen.demo.example");
    assertThat(evaluate(expressions, "${terms.today()}", variables)).isInstanceOf(String.class);
    assertThatThrownBy(() -> evaluate(expressions, "${identityService.createMembership('proceseigenaar','camunda-admin')}",
        variables)).hasMessageContaining("identityService");
    assertThatThrownBy(() -> evaluate(expressions, "${caseNumber.getClass().forName('java.lang.Runtime')}", variables))
        .hasMessageContaining("getClass");
    assertThatThrownBy(() -> evaluate(expressions, "${terms.getClass()}", variables)).hasMessageContaining("getClass");
    assertThatThrownBy(() -> evaluate(expressions, "${caseNumber.bytes}", variables)).hasMessageContaining("bytes");
    assertThat(identity.createUserQuery().userId("proceseigenaar").memberOfGroup("camunda-admin").count()).isZero();
  }

  private static Object evaluate(ExpressionManager expressions, String expression,
      org.camunda.bpm.engine.variable.VariableMap variables) {
    var juel = (org.camunda.bpm.engine.impl.el.JuelExpressionManager) expressions;
    ELContext context = juel.createElContext(variables.asVariableContext());
    return juel.createValueExpression(expression).getValue(context);
  }

  private HttpResponse<String> deploy(String user, String name, String fileName, String content) throws Exception {
    String boundary = "----wmo" + UUID.randomUUID();
    String body = "--" + boundary + "\r\nContent-Disposition: form-data; name=\"deployment-name\"\r\n\r\n" + name + "\r\n"
        + "--" + boundary + "\r\nContent-Disposition: form-data; name=\"data\"; filename=\"" + fileName + "\"\r\n"
        + "Content-Type: application/octet-stream\r\n\r\n" + content + "\r\n--" + boundary + "--\r\n";
    HttpRequest request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/engine-rest/deployment/create"))
        .header("Content-Type", "multipart/form-data; boundary=" + boundary)
        .header("Authorization", "Basic " + Base64.getEncoder()
            .encodeToString((user + ":" + ApiClient.DEMO_PASSWORD).getBytes(StandardCharsets.UTF_8)))
        .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8)).build();
    return HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofString());
  }
}

package nl.wmotoezicht.security.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The deployment-time checks of expressions and model contents, without the application. */
class ExpressionPolicyTest {

  private static final Set<String> DELEGATES = Set.of("sendMail", "generateDocument");
  private static final Set<String> BEANS = Set.of("sendMail", "generateDocument", "terms", "region", "providers",
      "decisionTenants", "forfeitureLedger", "identityService", "processEngine", "dataSource", "jdbcTemplate");
  private static final ModelAllowList ALLOW_LIST = ModelAllowList.load(DELEGATES::contains, BEANS::contains);
  private static final ExpressionPolicy POLICY = new ExpressionPolicy(ALLOW_LIST);
  private static final ModelContentCheck CHECK = new ModelContentCheck(POLICY);

  @ParameterizedTest
  @ValueSource(strings = {
      "${sendMail}",
      "${terms.workingDaysFromToday(urgent ? 1 : 10)}",
      "${terms.isoDate(terms.decisionEnd(terms.today(), 'P2W'))}",
      "${region.municipalityMail(municipalityCode)}",
      "${providers.otherMunicipalityMails(providerKvkNumber, municipalityCode)}",
      "${decisionTenants.tenantFor('maatregelcategorie', execution.tenantId)}",
      "${forfeitureLedger.maximumReached(caseNumber, dwangsomMaximum)}",
      "${execution.setVariable('outcome', 'nageleefd')}",
      "${sanctionType == 'bestuursdwang' ? 'bestuursdwang-besluit' : 'dwangsom-besluit'}",
      "${investigationCareful and measuresSufficient}",
      "${!binnenReikwijdte}",
      "${amount * 2 + 1 > maximum}",
      "${report.municipalityCode}",
      "${currentUser()}",
  })
  void allowsTheFamiliesOfThePackagedModels(String expression) {
    assertThat(POLICY.violation(expression)).isEmpty();
  }

  @ParameterizedTest
  @ValueSource(strings = {
      "${execution.getProcessEngineServices().getIdentityService().createMembership('proceseigenaar','camunda-admin')}",
      "${execution.processEngineServices.identityService}",
      "${execution.getProcessEngine()}",
      "${execution['processEngineServices']}",
      "${identityService.createMembership('a','b')}",
      "${''.getClass().forName('java.lang.Runtime')}",
      "${caseNumber.getClass()}",
      "${caseNumber.class}",
      "${caseNumber['class']}",
      "${terms.getClass()}",
      "${terms.clock}",
      "${terms[name]}",
      "${sendMail.execute(execution)}",
      "${region.municipalityMail(x).getBytes()}",
      "${x:exec('a')}",
      "${execution.getVariable(execution.getProcessEngine())}",
      "${not valid (",
  })
  void refusesWhatReachesBeyondTheList(String expression) {
    assertThat(POLICY.violation(expression)).isPresent();
  }

  @Test
  void aDelegateExpressionNamesOneDelegateOfTheApplication() {
    assertThat(POLICY.delegateViolation("${sendMail}")).isEmpty();
    assertThat(POLICY.delegateViolation("${identityService}")).isPresent();
    assertThat(POLICY.delegateViolation("${terms}")).isPresent();
    assertThat(POLICY.delegateViolation("${sendMail.execute(execution)}")).isPresent();
    assertThat(POLICY.delegateViolation("${execution}")).isPresent();
  }

  @Test
  void aListenerClassIsRefused() {
    String bpmn = """
        <definitions xmlns="http://www.omg.org/spec/BPMN/20100524/MODEL" xmlns:camunda="http://camunda.org/schema/1.0/bpmn" targetNamespace="t">
          <process id="p" isExecutable="true"><userTask id="Task_User"><extensionElements>
            <camunda:taskListener event="create" class="x.Y"/>
            <camunda:taskListener event="create" delegateExpression="${identityService}"/>
          </extensionElements></userTask></process>
        </definitions>
        """;
    assertThat(CHECK.check("x.bpmn", bpmn.getBytes(StandardCharsets.UTF_8))).hasSize(2)
        .allSatisfy(f -> assertThat(f.elementId()).isEqualTo("Task_User"));
  }

  @Test
  void namesTheElementOfThePoc() {
    List<ModelContentCheck.Finding> findings = CHECK.check("poc.bpmn", ModelPolicyTest.POC_BPMN.getBytes(StandardCharsets.UTF_8));
    assertThat(findings).singleElement().satisfies(f -> {
      assertThat(f.elementId()).isEqualTo("Task_Escalate");
      assertThat(f.elementName()).isEqualTo("Rechten verhogen");
      assertThat(f.reason()).contains("getProcessEngineServices");
    });
  }

  @Test
  void refusesScriptsClassesConnectorsAndForeignLanguages() {
    String bpmn = """
        <definitions xmlns="http://www.omg.org/spec/BPMN/20100524/MODEL" xmlns:camunda="http://camunda.org/schema/1.0/bpmn"
            xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" targetNamespace="t">
          <process id="p" isExecutable="true" camunda:historyTimeToLive="1">
            <scriptTask id="Task_Script" scriptFormat="groovy"><script>println 'x'</script></scriptTask>
            <serviceTask id="Task_Class" camunda:class="java.lang.Runtime"/>
            <serviceTask id="Task_Listener" camunda:delegateExpression="${sendMail}">
              <extensionElements>
                <camunda:executionListener event="start"><camunda:script scriptFormat="javascript">1</camunda:script></camunda:executionListener>
                <camunda:taskListener event="create" class="x.Y"/>
                <camunda:inputOutput><camunda:inputParameter name="a"><camunda:script scriptFormat="groovy">1</camunda:script></camunda:inputParameter></camunda:inputOutput>
              </extensionElements>
            </serviceTask>
            <serviceTask id="Task_Connector"><extensionElements><camunda:connector><camunda:connectorId>http-connector</camunda:connectorId></camunda:connector></extensionElements></serviceTask>
            <sequenceFlow id="Flow_Groovy" sourceRef="a" targetRef="b"><conditionExpression xsi:type="tFormalExpression" language="groovy">true</conditionExpression></sequenceFlow>
            <serviceTask id="Task_Fine" camunda:delegateExpression="${generateDocument}"><documentation>${not checked}</documentation></serviceTask>
          </process>
        </definitions>
        """;
    List<String> elements = CHECK.check("x.bpmn", bpmn.getBytes(StandardCharsets.UTF_8)).stream()
        .map(ModelContentCheck.Finding::elementId).distinct().toList();
    assertThat(elements).containsExactlyInAnyOrder("Task_Script", "Task_Class", "Task_Listener", "Task_Connector",
        "Flow_Groovy");
  }

  @Test
  void refusesJuelAndExternalFunctionsInDecisions() {
    String dmn = """
        <definitions xmlns="https://www.omg.org/spec/DMN/20191111/MODEL/" id="d" name="d" namespace="n">
          <decision id="Decision_Juel" name="d">
            <decisionTable id="t">
              <input id="Input_1"><inputExpression id="ie" typeRef="string" expressionLanguage="juel"><text>${identityService}</text></inputExpression></input>
              <output id="o" typeRef="string"/>
            </decisionTable>
          </decision>
          <decision id="Decision_External" name="e">
            <literalExpression id="le"><text>function(x) external { java: { class: "java.lang.Runtime", method signature: "getRuntime()" } }</text></literalExpression>
          </decision>
        </definitions>
        """;
    List<String> elements = CHECK.check("x.dmn", dmn.getBytes(StandardCharsets.UTF_8)).stream()
        .map(ModelContentCheck.Finding::elementId).distinct().toList();
    assertThat(elements).contains("ie", "le");
  }

  @Test
  void refusesADoctype() {
    String bpmn = "<?xml version=\"1.0\"?><!DOCTYPE d [<!ENTITY e \"${identityService}\">]>"
        + "<definitions xmlns=\"http://www.omg.org/spec/BPMN/20100524/MODEL\"><process id=\"p\">&e;</process></definitions>";
    assertThat(CHECK.check("x.bpmn", bpmn.getBytes(StandardCharsets.UTF_8))).isNotEmpty();
  }

  /** Every expression of the packaged models uses only the documented families (beans as the app has them). */
  @Test
  void thePackagedModelsUseOnlyListedHelpers() throws IOException {
    ModelAllowList anyDelegate = ModelAllowList.load(name -> true, name -> false);
    ModelContentCheck check = new ModelContentCheck(new ExpressionPolicy(anyDelegate));
    try (Stream<Path> files = Stream.of("processes", "decisions", "src/test/resources/testmodels")
        .flatMap(ExpressionPolicyTest::walk)) {
      List<String> findings = files.filter(p -> ModelContentCheck.isModel(p.toString()))
          .flatMap(p -> check.check(p.toString(), read(p)).stream()).map(ModelContentCheck.Finding::describe).toList();
      assertThat(findings).isEmpty();
    }
  }

  private static Stream<Path> walk(String folder) {
    try {
      return Files.walk(Path.of(folder)).filter(Files::isRegularFile).toList().stream();
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  private static byte[] read(Path path) {
    try {
      return Files.readAllBytes(path);
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }
}

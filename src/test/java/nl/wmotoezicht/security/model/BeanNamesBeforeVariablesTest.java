package nl.wmotoezicht.security.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;

import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import nl.wmotoezicht.kernel.CaseVariables;
import nl.wmotoezicht.kernel.ProcessVariable;
import nl.wmotoezicht.terms.TermExpressions;
import nl.wmotoezicht.terms.Termijnen;
import nl.wmotoezicht.testsupport.EngineStatements;
import nl.wmotoezicht.testsupport.ProcessScenario;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.persistence.entity.ExecutionEntity;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

/**
 * A name of an allowed bean means the bean in every expression, also when the instance holds a variable of that name
 * (a REST client or a form can set one), and resolving it does not load the instance's variables
 * ({@link RestrictedExpressionManager}; {@code docs/security/hardening.md}, "Bean names before variables").
 */
@ProcessScenario
class BeanNamesBeforeVariablesTest {

  private static final String KEY = "testBeanNamesBeforeVariables";
  private static final String TERM_TASK = "Task_WithinTerm";
  private static final String DUE_DATE = "${terms.dueIn(termijnen.behandelingKort)}";

  @Autowired ProcessEngineConfigurationImpl configuration;
  @Autowired RuntimeService runtime;
  @Autowired RepositoryService repository;
  @Autowired ApplicationContext context;
  @Autowired TermExpressions terms;
  @Autowired Termijnen termijnen;

  private String deployment;

  @BeforeEach
  void deployModel() {
    EngineStatements.installOn(configuration);
    BpmnModelInstance model = Bpmn.createExecutableProcess(KEY).camundaHistoryTimeToLive(1)
        .startEvent()
        .userTask(TERM_TASK).name("Binnen de termijn").camundaCandidateGroups("toezichthouders")
            .camundaDueDate(DUE_DATE)
        .endEvent()
        .done();
    deployment = repository.createDeployment().name("test-bean-names").addModelInstance("beanNames.bpmn", model)
        .deploy().getId();
  }

  @AfterEach
  void undeploy() {
    repository.deleteDeployment(deployment, true);
  }

  /**
   * Variables named {@code terms} and {@code termijnen} (client data) do not replace the legal calendar and the
   * configured terms: the task's due date is the one the beans compute. On the old code the variable was found first
   * and the start failed (a text has no method {@code dueIn}): every step of the case that used the bean was blocked.
   */
  @Test
  void aVariableNamedLikeAHelperBeanDoesNotShadowTheBean() {
    ProcessInstance pi = runtime.startProcessInstanceByKey(KEY, "BEAN-1",
        Map.of("terms", "door de client gezet", "termijnen", "P1Y"));

    assertThat(pi).isWaitingAt(TERM_TASK);
    Task task = task(TERM_TASK, pi);
    assertThat(task.getDueDate()).isEqualTo(terms.dueIn(termijnen.term("behandelingKort")));
    assertThat(runtime.getVariables(pi.getId())).as("the variables stay stored, readable by name")
        .containsEntry("terms", "door de client gezet").containsEntry("termijnen", "P1Y");
  }

  /** The same for a delegate: {@code ${name}} is the application's delegate bean, not a variable of that name. */
  @Test
  void aVariableNamedLikeADelegateDoesNotShadowTheDelegate() {
    String delegate = "markPaid";
    ProcessInstance pi = runtime.startProcessInstanceByKey(KEY, "BEAN-2", Map.of(delegate, "geen gedelegeerde"));

    Object value = evaluate("${" + delegate + "}", pi);

    assertThat(value).isSameAs(context.getBean(delegate));
  }

  /**
   * An assignment through a bean's name ({@code Expression.setValue}, e.g. a legacy form property's expression) is
   * refused and changes nothing. On the old code nothing was refused: Camunda's variable resolver, asked first,
   * writes an existing variable of that name.
   */
  @Test
  void anAssignmentToABeansNameIsRefused() {
    ProcessInstance pi = runtime.startProcessInstanceByKey(KEY, "BEAN-4");
    runtime.setVariable(pi.getId(), "terms", "eerder gezet");

    assertThatThrownBy(() -> configuration.getCommandExecutorTxRequired().execute(command -> {
      ExecutionEntity execution = command.getExecutionManager().findExecutionById(pi.getId());
      configuration.getExpressionManager().createExpression("${terms}").setValue("overschreven", execution);
      return null;
    })).hasMessageContaining("toekenning aan 'terms'");
    assertThat(runtime.getVariable(pi.getId(), "terms")).isEqualTo("eerder gezet");
  }

  /**
   * Resolving {@code terms} and {@code termijnen} does not read the instance's variables; a variable in the same
   * expression language still does (the recorder sees reads). On the old code the variable resolver asked
   * {@code hasVariable("terms")} first, which loaded every variable of the instance.
   */
  @Test
  void aHelperBeanExpressionDoesNotLoadTheInstancesVariables() throws Exception {
    ProcessInstance pi = runtime.startProcessInstanceByKey(KEY, "BEAN-3",
        Map.of(CaseVariables.MUNICIPALITY_NAME.name(), "Heerlen"));

    Object[] due = new Object[1];
    List<String> beanStatements = EngineStatements.onThisThread(() -> due[0] = evaluate(DUE_DATE, pi));
    Object[] municipality = new Object[1];
    List<String> variableStatements = EngineStatements.onThisThread(
        () -> municipality[0] = evaluate("${" + CaseVariables.MUNICIPALITY_NAME.name() + "}", pi));

    assertThat(due[0]).isEqualTo(terms.dueIn(termijnen.term("behandelingKort")));
    assertThat(beanStatements).as("statements of ${terms...}")
        .noneMatch(id -> id.endsWith(".selectVariablesByExecutionId"));
    assertThat(municipality[0]).isEqualTo("Heerlen");
    assertThat(variableStatements).as("statements of a variable read")
        .anyMatch(id -> id.endsWith(".selectVariablesByExecutionId"));
  }

  /**
   * No variable the platform itself names carries an allowed bean's name: such a variable would be stored but
   * unreachable as {@code ${name}} in a model. Checked: every {@link ProcessVariable} constant of the application,
   * every field key of {@code forms/}, and every output parameter, result variable and collection element variable of
   * {@code processes/}.
   */
  @Test
  void noVariableOfThePlatformCarriesAnAllowedBeansName() throws Exception {
    ModelAllowList allowList = context.getBean(ModelPolicyPlugin.class).allowList();
    Map<String, String> variables = new TreeMap<>(); // name -> where it is defined
    for (Resource type : new PathMatchingResourcePatternResolver(getClass().getClassLoader())
        .getResources("classpath*:nl/wmotoezicht/**/*.class")) {
      if (!type.getURL().getPath().contains("/target/classes/")) {
        continue; // the application's classes, not the tests'
      }
      String path = type.getURL().getPath();
      String name = path.substring(path.indexOf("/target/classes/") + "/target/classes/".length(), path.length() - 6)
          .replace('/', '.');
      for (Field field : Class.forName(name, false, getClass().getClassLoader()).getDeclaredFields()) {
        if (Modifier.isStatic(field.getModifiers()) && field.getType() == ProcessVariable.class) {
          field.setAccessible(true);
          variables.put(((ProcessVariable<?>) field.get(null)).name(), name + "." + field.getName());
        }
      }
    }
    definedIn(Path.of("forms"), ".form", FORM_KEY, variables);
    definedIn(Path.of("processes"), ".bpmn", MODEL_VARIABLE, variables);

    assertThat(variables).as("variables found").hasSizeGreaterThan(100);
    assertThat(variables.entrySet()).as("variables named like an allowed bean (rename the variable)")
        .filteredOn(entry -> allowList.isAllowedBean(entry.getKey()) && context.containsBean(entry.getKey()))
        .isEmpty();
  }

  private static final Pattern FORM_KEY = Pattern.compile("\"key\"\\s*:\\s*\"([A-Za-z_][A-Za-z0-9_]*)\"");
  private static final Pattern MODEL_VARIABLE = Pattern.compile(
      "(?:camunda:outputParameter name|camunda:resultVariable|camunda:elementVariable)=\"([A-Za-z_][A-Za-z0-9_]*)\"");

  private static void definedIn(Path folder, String suffix, Pattern pattern, Map<String, String> variables)
      throws Exception {
    try (Stream<Path> files = Files.list(folder)) {
      for (Path file : files.filter(f -> f.toString().endsWith(suffix)).toList()) {
        Matcher matcher = pattern.matcher(Files.readString(file));
        while (matcher.find()) {
          variables.putIfAbsent(matcher.group(1), file.toString());
        }
      }
    }
  }

  /** Evaluates an expression on the process instance, in a command of its own (nothing of it loaded before). */
  private Object evaluate(String expression, ProcessInstance pi) {
    return configuration.getCommandExecutorTxRequired().execute(command -> {
      ExecutionEntity execution = command.getExecutionManager().findExecutionById(pi.getId());
      return configuration.getExpressionManager().createExpression(expression).getValue(execution);
    });
  }
}

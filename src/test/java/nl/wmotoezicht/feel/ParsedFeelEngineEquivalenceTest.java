package nl.wmotoezicht.feel;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.camunda.bpm.dmn.engine.DmnDecision;
import org.camunda.bpm.dmn.engine.DmnEngine;
import org.camunda.bpm.dmn.engine.DmnEngineConfiguration;
import org.camunda.bpm.dmn.engine.delegate.DmnDecisionTableEvaluationEvent;
import org.camunda.bpm.dmn.engine.delegate.DmnEvaluatedDecisionRule;
import org.camunda.bpm.dmn.engine.impl.DefaultDmnEngineConfiguration;
import org.camunda.bpm.dmn.feel.impl.FeelEngine;
import org.camunda.bpm.dmn.feel.impl.scala.ScalaFeelEngine;
import org.camunda.bpm.engine.variable.VariableMap;
import org.camunda.bpm.engine.variable.Variables;
import org.camunda.bpm.model.dmn.Dmn;
import org.camunda.bpm.model.dmn.DmnModelInstance;
import org.camunda.bpm.model.dmn.instance.DecisionTable;
import org.camunda.bpm.model.dmn.instance.Input;
import org.camunda.bpm.model.dmn.instance.InputEntry;
import org.camunda.bpm.model.dmn.instance.Rule;
import org.junit.jupiter.api.Test;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

/**
 * {@link ParsedFeelEngine} gives what Camunda's default FEEL engine ({@link ScalaFeelEngine}) gives: every decision
 * of every packaged model ({@code decisions/**}) is evaluated by a DMN engine with the default FEEL engine and by one
 * with ours, over inputs made of the literals of the model's input entries (each with its neighbours for numbers,
 * {@code null} and a value no entry names), and the result lists, or the exceptions, must be equal; the inputs reach
 * every rule of every table. Single expressions and unary tests that fail (parse, validation, evaluation, assertion) throw the same
 * {@code FeelException} with the same message.
 */
class ParsedFeelEngineEquivalenceTest {

  private static final int SAMPLES_PER_DECISION = 400;
  private static final Pattern STRING = Pattern.compile("\"([^\"]*)\"");
  private static final Pattern NUMBER = Pattern.compile("(?<![A-Za-z_])-?\\d+(\\.\\d+)?");
  private static final Pattern IDENTIFIER = Pattern.compile("[A-Za-z_][A-Za-z0-9_]*");
  private static final Set<String> KEYWORDS = Set.of("if", "then", "else", "null", "true", "false", "and", "or",
      "not", "for", "in", "return", "some", "every", "satisfies", "between", "instance", "of", "function");

  private final List<DmnDecisionTableEvaluationEvent> oursEvents = new ArrayList<>();
  private final DmnEngine defaults = DmnEngineConfiguration.createDefaultDmnEngineConfiguration().buildEngine();
  private final DmnEngine ours = ours(oursEvents);

  /**
   * A DMN engine with our FEEL engine that adds each decision table's evaluation to {@code events}. The engine calls
   * its listener on every evaluating thread, so the listener adds under the list's lock: a plain list added to from
   * several threads throws now and then (an index out of bounds, through the evaluation).
   */
  static DmnEngine ours(List<DmnDecisionTableEvaluationEvent> events) {
    DefaultDmnEngineConfiguration configuration =
        (DefaultDmnEngineConfiguration) DmnEngineConfiguration.createDefaultDmnEngineConfiguration();
    configuration.feelEngineFactory(new ParsedFeelEngineFactory());
    configuration.customPostDecisionTableEvaluationListeners(List.of(event -> {
      synchronized (events) {
        events.add(event);
      }
    }));
    return configuration.buildEngine();
  }

  @Test
  void theEngineWithOurFeelEngineUsesIt() {
    assertThat(((DefaultDmnEngineConfiguration) ours.getConfiguration()).getFeelEngine())
        .isInstanceOf(ParsedFeelEngine.class);
    assertThat(((DefaultDmnEngineConfiguration) defaults.getConfiguration()).getFeelEngine())
        .isExactlyInstanceOf(ScalaFeelEngine.class);
  }

  @Test
  void everyPackagedDecisionGivesTheSameResultsAsWithCamundasFeelEngine() throws IOException {
    Resource[] models = new PathMatchingResourcePatternResolver().getResources("classpath*:decisions/**/*.dmn");
    assertThat(models).as("packaged decision models").hasSizeGreaterThanOrEqualTo(7);
    int evaluations = 0;
    int failures = 0;
    for (Resource model : models) {
      DmnModelInstance instance;
      try (InputStream in = model.getInputStream()) {
        instance = Dmn.readModelFromStream(in);
      }
      Map<String, List<Object>> values = inputValues(instance);
      Set<String> rules = new TreeSet<>();
      instance.getModelElementsByType(Rule.class).forEach(rule -> rules.add(rule.getId()));
      Set<String> matched = new HashSet<>();
      List<DmnDecision> defaultDecisions;
      List<DmnDecision> ourDecisions;
      try (InputStream a = model.getInputStream(); InputStream b = model.getInputStream()) {
        defaultDecisions = defaults.parseDecisions(a);
        ourDecisions = ours.parseDecisions(b);
      }
      Random random = new Random(model.getFilename().hashCode());
      for (int d = 0; d < defaultDecisions.size(); d++) {
        for (int sample = 0; sample < SAMPLES_PER_DECISION; sample++) {
          VariableMap variables = Variables.createVariables();
          values.forEach((name, pool) -> variables.putValue(name, pool.get(random.nextInt(pool.size()))));
          oursEvents.clear();
          Object expected = outcome(defaults, defaultDecisions.get(d), variables);
          Object actual = outcome(ours, ourDecisions.get(d), variables);
          assertThat(actual).as("%s %s with %s", model.getFilename(), defaultDecisions.get(d).getKey(), variables)
              .isEqualTo(expected);
          evaluations++;
          if (expected instanceof String) {
            failures++;
          }
          for (DmnDecisionTableEvaluationEvent event : oursEvents) {
            event.getMatchingRules().stream().map(DmnEvaluatedDecisionRule::getId).forEach(matched::add);
          }
        }
      }
      assertThat(matched).as("rules of %s reached by the inputs", model.getFilename()).containsAll(rules);
    }
    assertThat(evaluations - failures).as("evaluations with a result").isGreaterThan(1000);
  }

  /** The decision's result list, or the exception's class and message. */
  private static Object outcome(DmnEngine engine, DmnDecision decision, VariableMap variables) {
    try {
      return engine.evaluateDecision(decision, variables).getResultList();
    } catch (RuntimeException e) {
      return e.getClass().getName() + ": " + e.getMessage();
    }
  }

  /** Variable name -> candidate values, from the literals of the entries of every input that reads the variable. */
  private static Map<String, List<Object>> inputValues(DmnModelInstance model) {
    Map<String, Set<Object>> values = new LinkedHashMap<>();
    for (DecisionTable table : model.getModelElementsByType(DecisionTable.class)) {
      List<Input> inputs = new ArrayList<>(table.getInputs());
      for (int i = 0; i < inputs.size(); i++) {
        Input input = inputs.get(i);
        String expression = input.getInputExpression().getText().getTextContent();
        Set<Object> literals = new LinkedHashSet<>();
        literals.add(null);
        for (Rule rule : table.getRules()) {
          InputEntry entry = new ArrayList<>(rule.getInputEntries()).get(i);
          literals.addAll(literals(entry.getText().getTextContent()));
        }
        if (input.getInputValues() != null) {
          literals.addAll(literals(input.getInputValues().getText().getTextContent()));
        }
        String type = input.getInputExpression().getTypeRef();
        if ("boolean".equals(type)) {
          literals.addAll(List.of(true, false));
        }
        // a value that no entry names
        literals.add("integer".equals(type) ? 0 : "double".equals(type) ? 0.5
            : "boolean".equals(type) ? Boolean.TRUE : "anders");
        Matcher names = IDENTIFIER.matcher(STRING.matcher(expression).replaceAll(""));
        while (names.find()) {
          if (!KEYWORDS.contains(names.group())) {
            values.computeIfAbsent(names.group(), name -> new LinkedHashSet<>()).addAll(literals);
          }
        }
      }
    }
    Map<String, List<Object>> result = new LinkedHashMap<>();
    values.forEach((name, set) -> result.put(name, new ArrayList<>(set)));
    return result;
  }

  private static Set<Object> literals(String text) {
    Set<Object> result = new LinkedHashSet<>();
    Matcher strings = STRING.matcher(text);
    while (strings.find()) {
      result.add(strings.group(1));
    }
    Matcher numbers = NUMBER.matcher(STRING.matcher(text).replaceAll(""));
    while (numbers.find()) {
      if (numbers.group(1) == null) {
        int n = Integer.parseInt(numbers.group());
        result.addAll(List.of(n - 1, n, n + 1));
      } else {
        double n = Double.parseDouble(numbers.group());
        result.addAll(List.of(n - 0.1, n, n + 0.1));
      }
    }
    if (text.contains("true")) {
      result.add(true);
    }
    if (text.contains("false")) {
      result.add(false);
    }
    return result;
  }

  @Test
  void expressionsThatFailThrowTheSameExceptionWithTheSameMessage() {
    FeelEngine camunda = new ScalaFeelEngine(List.of());
    FeelEngine parsed = new ParsedFeelEngine(List.of());
    VariableMap variables = Variables.createVariables().putValue("x", 3).putValue("s", "tekst").putValue("n", null);
    List<String> expressions = List.of("1 +", "foo(1)", "assert(x, x > 5)", "n.y", "date(\"nope\")", "x + s",
        "function(a) external { java: { class: \"java.lang.System\", method signature: \"exit(int)\" } }",
        "x * 2", "if n = null then \"leeg\" else n", "[1, 2, 3][x]", "sum([x, 4])", "missing", "x / 0");
    int thrown = 0;
    for (String expression : expressions) {
      Object expected = expression(camunda, expression, variables);
      Object actual = expression(parsed, expression, variables);
      assertThat(actual).as(expression).isEqualTo(expected);
      // the same text a second time: now from the cache
      assertThat(expression(parsed, expression, variables)).as(expression + ", again").isEqualTo(expected);
      if (expected instanceof String s && s.startsWith("org.camunda.bpm.dmn.feel.impl.FeelException")) {
        thrown++;
      }
    }
    assertThat(thrown).as("expressions that throw").isGreaterThanOrEqualTo(3);

    List<String> tests = List.of("> 5", "[1..", "\"a\",", "< x", "-", "null", "\"tekst\"", "not(3)", "? > 1",
        "cellInput = 3", "assert(x, x > 5)", "foo(?)");
    int unaryThrown = 0;
    for (String test : tests) {
      for (String input : List.of("x", "s", "n")) {
        Object expected = unaryTests(camunda, test, input, variables);
        assertThat(unaryTests(parsed, test, input, variables)).as(test + " on " + input).isEqualTo(expected);
        assertThat(unaryTests(parsed, test, input, variables)).as(test + " on " + input + ", again")
            .isEqualTo(expected);
        if (expected instanceof String) {
          unaryThrown++;
        }
      }
    }
    assertThat(unaryThrown).as("unary tests that throw").isGreaterThanOrEqualTo(3);
  }

  private static Object expression(FeelEngine engine, String expression, VariableMap variables) {
    try {
      Object value = engine.evaluateSimpleExpression(expression, variables.asVariableContext());
      return value == null ? "<null>" : List.of(value.getClass().getName(), value);
    } catch (RuntimeException e) {
      return e.getClass().getName() + ": " + e.getMessage();
    }
  }

  private static Object unaryTests(FeelEngine engine, String test, String input, VariableMap variables) {
    try {
      return engine.evaluateSimpleUnaryTests(test, input, variables.asVariableContext());
    } catch (RuntimeException e) {
      return e.getClass().getName() + ": " + e.getMessage();
    }
  }
}

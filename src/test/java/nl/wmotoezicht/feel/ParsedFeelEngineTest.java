package nl.wmotoezicht.feel;

import static org.assertj.core.api.Assertions.assertThat;

import camundajar.impl.scala.util.Either;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import org.camunda.bpm.dmn.engine.DmnDecision;
import org.camunda.bpm.dmn.engine.DmnEngine;
import org.camunda.bpm.dmn.engine.DmnEngineConfiguration;
import org.camunda.bpm.dmn.feel.impl.scala.ScalaFeelEngine;
import org.camunda.bpm.engine.variable.VariableMap;
import org.camunda.bpm.engine.variable.Variables;
import org.camunda.feel.FeelEngine;
import org.camunda.feel.FeelEngine.Failure;
import org.camunda.feel.syntaxtree.ParsedExpression;
import org.junit.jupiter.api.Test;
import org.springframework.core.io.ClassPathResource;

/**
 * {@link ParsedFeelEngine} parses a text once and is safe to share between threads.
 */
class ParsedFeelEngineTest {

  @Test
  void aRepeatedExpressionOrUnaryTestIsParsedOnce() {
    AtomicInteger parses = new AtomicInteger();
    ParsedFeelEngine engine = new ParsedFeelEngine(List.of()) {
      {
        feelEngine = counting(feelEngine, parses);
      }
    };
    VariableMap variables = Variables.createVariables().putValue("x", 3);

    for (int i = 0; i < 5; i++) {
      assertThat((Object) engine.evaluateSimpleExpression("x * 2", variables.asVariableContext())).isEqualTo(6L);
      assertThat(engine.evaluateSimpleUnaryTests("> 2", "x", variables.asVariableContext())).isTrue();
    }

    assertThat(parses).as("parses of two texts evaluated five times each").hasValue(2);
  }

  /** The counter of the test above sees every parse of Camunda's engine: it parses the texts every time. */
  @Test
  void camundasFeelEngineParsesTheTextOnEveryEvaluation() {
    AtomicInteger parses = new AtomicInteger();
    ScalaFeelEngine engine = new ScalaFeelEngine(List.of()) {
      {
        feelEngine = counting(feelEngine, parses);
      }
    };
    VariableMap variables = Variables.createVariables().putValue("x", 3);

    for (int i = 0; i < 5; i++) {
      assertThat((Object) engine.evaluateSimpleExpression("x * 2", variables.asVariableContext())).isEqualTo(6L);
      assertThat(engine.evaluateSimpleUnaryTests("> 2", "x", variables.asVariableContext())).isTrue();
    }

    assertThat(parses).hasValue(10);
  }

  @Test
  void aTextThatFailsToParseIsNotKeptAndFailsEveryTime() {
    AtomicInteger parses = new AtomicInteger();
    ParsedFeelEngine engine = new ParsedFeelEngine(List.of()) {
      {
        feelEngine = counting(feelEngine, parses);
      }
    };
    for (int i = 0; i < 2; i++) {
      try {
        engine.evaluateSimpleExpression("1 +", Variables.createVariables().asVariableContext());
        throw new AssertionError("no exception");
      } catch (org.camunda.bpm.dmn.feel.impl.FeelException e) {
        assertThat(e.getMessage()).contains("failed to parse expression '1 +'");
      }
    }
    assertThat(parses).hasValue(2);
  }

  @Test
  void evaluationsFromManyThreadsGiveTheResultsOfOneThread() throws Exception {
    DmnEngine camunda = DmnEngineConfiguration.createDefaultDmnEngineConfiguration().buildEngine();
    DmnEngine ours = ParsedFeelEngineEquivalenceTest.ours(new ArrayList<>());
    DmnDecision expectedDecision;
    DmnDecision decision;
    try (InputStream a = new ClassPathResource("decisions/maatregelcategorie.dmn").getInputStream();
        InputStream b = new ClassPathResource("decisions/maatregelcategorie.dmn").getInputStream()) {
      expectedDecision = camunda.parseDecision("maatregelcategorie", a);
      decision = ours.parseDecision("maatregelcategorie", b);
    }
    List<VariableMap> inputs = new ArrayList<>();
    List<Object> expected = new ArrayList<>();
    for (String seriousness : new String[] {"groot", "gemiddeld", "klein", null}) {
      for (String chance : new String[] {"groot", "gemiddeld", "klein", null}) {
        for (Boolean recidive : new Boolean[] {true, false, null}) {
          VariableMap variables = Variables.createVariables().putValue("seriousness", seriousness)
              .putValue("recurrenceChance", chance).putValue("recidive", recidive);
          inputs.add(variables);
          expected.add(outcome(camunda, expectedDecision, variables));
        }
      }
    }
    int threads = 8;
    ExecutorService executor = Executors.newFixedThreadPool(threads);
    try {
      List<Callable<List<Object>>> tasks = new ArrayList<>();
      for (int t = 0; t < threads; t++) {
        int offset = t;
        tasks.add(() -> {
          List<Object> mismatches = new ArrayList<>();
          for (int round = 0; round < 20; round++) {
            for (int i = 0; i < inputs.size(); i++) {
              int index = (i + offset * 7) % inputs.size();
              Object actual = outcome(ours, decision, inputs.get(index));
              if (!actual.equals(expected.get(index))) {
                mismatches.add(inputs.get(index) + " -> " + actual + " instead of " + expected.get(index));
              }
            }
          }
          return mismatches;
        });
      }
      for (Future<List<Object>> result : executor.invokeAll(tasks)) {
        assertThat(result.get()).isEmpty();
      }
    } finally {
      executor.shutdownNow();
    }
  }

  private static Object outcome(DmnEngine engine, DmnDecision decision, VariableMap variables) {
    try {
      List<Map<String, Object>> result = engine.evaluateDecision(decision, variables).getResultList();
      return result;
    } catch (RuntimeException e) {
      return e.getClass().getName() + ": " + e.getMessage();
    }
  }

  /** A feel-scala engine like {@code engine} that counts its parses. */
  static FeelEngine counting(FeelEngine engine, AtomicInteger parses) {
    return new FeelEngine(engine.functionProvider(), engine.valueMapper(), engine.configuration(), engine.clock()) {
      @Override
      public Either<Failure, ParsedExpression> parseExpression(String expression) {
        parses.incrementAndGet();
        return super.parseExpression(expression);
      }

      @Override
      public Either<Failure, ParsedExpression> parseUnaryTests(String expression) {
        parses.incrementAndGet();
        return super.parseUnaryTests(expression);
      }
    };
  }
}

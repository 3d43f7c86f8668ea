package nl.wmotoezicht.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.instance.BusinessRuleTask;
import org.camunda.bpm.model.dmn.Dmn;
import org.camunda.bpm.model.dmn.DmnModelInstance;
import org.camunda.bpm.model.dmn.instance.Decision;
import org.camunda.bpm.model.dmn.instance.RequiredDecisionReference;
import org.junit.jupiter.api.Test;

/**
 * Every decision the process owner keeps in {@code decisions/} is taken in a model: each decision table, or the top
 * decision of a decision requirements graph (one no other decision of its file requires), is the
 * {@code camunda:decisionRef} of a business rule task in {@code processes/}. So the diagram shows where a decision is
 * taken and Cockpit links each evaluation to its case. Required decisions (e.g. {@code risicopunten} under
 * {@code risicoprofiel}) are evaluated with their top decision.
 */
class DecisionsCalledFromModelsTest {

  @Test
  void everyTopLevelDecisionIsCalledByABusinessRuleTask() throws IOException {
    Map<String, String> topLevel = topLevelDecisions(Path.of("decisions"));
    assertThat(topLevel).as("decisions found").containsKeys("risicoprofiel", "maatregelcategorie");
    assertThat(topLevel).as("required decisions are not top level").doesNotContainKey("risicopunten");

    Set<String> called = calledDecisions(Path.of("processes"));
    Map<String, String> notCalled = new TreeMap<>(topLevel);
    notCalled.keySet().removeAll(called);
    assertThat(notCalled).as("decisions (key -> file) that no businessRuleTask calls").isEmpty();
  }

  /** Decision key -> file, of every decision in the tree that no other decision of its file requires. */
  static Map<String, String> topLevelDecisions(Path root) throws IOException {
    Map<String, String> result = new TreeMap<>();
    try (Stream<Path> files = Files.walk(root)) {
      for (Path file : files.filter(p -> p.toString().endsWith(".dmn")).toList()) {
        DmnModelInstance model = Dmn.readModelFromFile(file.toFile());
        Set<String> required = new HashSet<>();
        for (RequiredDecisionReference reference : model.getModelElementsByType(RequiredDecisionReference.class)) {
          required.add(reference.getHref().replaceFirst("^#", ""));
        }
        for (Decision decision : model.getModelElementsByType(Decision.class)) {
          if (!required.contains(decision.getId())) {
            result.put(decision.getId(), root.relativize(file).toString());
          }
        }
      }
    }
    return result;
  }

  /** The {@code camunda:decisionRef} of every business rule task in the models. */
  static Set<String> calledDecisions(Path root) throws IOException {
    Set<String> result = new HashSet<>();
    try (Stream<Path> files = Files.list(root)) {
      for (Path file : files.filter(p -> p.toString().endsWith(".bpmn")).toList()) {
        for (BusinessRuleTask task : Bpmn.readModelFromFile(file.toFile())
            .getModelElementsByType(BusinessRuleTask.class)) {
          if (task.getCamundaDecisionRef() != null) {
            result.add(task.getCamundaDecisionRef());
          }
        }
      }
    }
    return result;
  }
}

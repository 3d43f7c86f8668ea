package nl.wmotoezicht.architecture;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeMap;
import nl.wmotoezicht.testsupport.WmoIntegrationTest;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.history.HistoricActivityInstance;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.camunda.bpm.model.bpmn.instance.FlowNode;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Flow-node coverage of every product model by the whole suite, enforced: at least {@link #MINIMUM} of the flow nodes
 * (tasks, events, gateways, sub-processes) of each process in {@code processes/} must have been passed by some test.
 * It reads what the suite did from the engine's history (level full), so it runs as the last test class
 * ({@code junit-platform.properties} orders classes by {@link Order}) and means something only when the whole
 * suite ran before it in the same JVM, as in {@code mvn -B verify}; run on its own it is skipped. The report, per
 * process with the nodes no test passes, is written to {@code target/process-coverage/<database>.md} and to the
 * build's output, also after a partial run (e.g. {@code -Dtest='*ProcessTest,ProcessCoverageTest'}).
 */
@WmoIntegrationTest
@Order(Integer.MAX_VALUE)
class ProcessCoverageTest {

  /** The least share of a process's flow nodes the suite must pass. */
  static final double MINIMUM = 0.90;
  /** The product's processes: every model in {@code processes/}. */
  static final List<String> PROCESSES = List.of("calamiteit", "signaalonderzoek", "interventiepiramide",
      "lastOnderDwangsom", "invorderingDwangsom", "openbaarmaking", "jaarplan", "jaarplanReactie", "jaarplanBesluit",
      "jaarplanKalender", "kwaliteitsonderzoek", "bezwaar",
      "jaarrapportage", "jaarrapportageKalender", "rapportage");

  @Autowired RepositoryService repository;
  @Autowired HistoryService history;

  record Coverage(String process, int covered, int total, List<String> missed) {
    double ratio() {
      return total == 0 ? 1 : (double) covered / total;
    }
  }

  @Test
  void theSuitePassesAtLeastNinetyPercentOfEveryProcessesFlowNodes() throws IOException {
    List<Coverage> coverages = PROCESSES.stream().map(this::coverage).toList();
    Path report = write(coverages); // also after a partial run, which then only reports
    assumeTrue(coverages.stream().allMatch(c -> c.covered() > 0),
        "not the whole suite ran before this test: some process has no history at all");
    for (Coverage coverage : coverages) {
      assertThat(coverage.ratio())
          .as("flow-node coverage of %s (%d of %d; not passed: %s; report %s)", coverage.process(),
              coverage.covered(), coverage.total(), coverage.missed(), report)
          .isGreaterThanOrEqualTo(MINIMUM);
    }
  }

  private Coverage coverage(String processKey) {
    ProcessDefinition definition = repository.createProcessDefinitionQuery().processDefinitionKey(processKey)
        .withoutTenantId().latestVersion().singleResult();
    Collection<FlowNode> nodes = repository.getBpmnModelInstance(definition.getId())
        .getModelElementsByType(FlowNode.class);
    Set<String> passed = new HashSet<>();
    for (ProcessDefinition version : repository.createProcessDefinitionQuery().processDefinitionKey(processKey).list()) {
      history.createHistoricActivityInstanceQuery().processDefinitionId(version.getId()).list().stream()
          .map(HistoricActivityInstance::getActivityId).forEach(passed::add);
    }
    TreeMap<String, String> missed = new TreeMap<>();
    for (FlowNode node : nodes) {
      if (!passed.contains(node.getId())) {
        missed.put(node.getId(), node.getName() == null ? "" : node.getName());
      }
    }
    List<String> missedNodes = new ArrayList<>();
    missed.forEach((id, name) -> missedNodes.add(name.isBlank() ? id : id + " (" + name + ")"));
    return new Coverage(processKey, nodes.size() - missed.size(), nodes.size(), missedNodes);
  }

  private static Path write(List<Coverage> coverages) throws IOException {
    StringBuilder text = new StringBuilder("# Flow-node coverage of the processes\n\n")
        .append("Minimum per process: ").append(percent(MINIMUM)).append(". Database: ")
        .append(System.getProperty("wmo.test.database", "h2")).append(".\n\n")
        .append("| process | flow nodes passed | coverage | not passed by any test |\n|---|---|---|---|\n");
    for (Coverage coverage : coverages) {
      text.append("| `").append(coverage.process()).append("` | ").append(coverage.covered()).append(" of ")
          .append(coverage.total()).append(" | ").append(percent(coverage.ratio())).append(" | ")
          .append(coverage.missed().isEmpty() ? "—" : String.join(", ", coverage.missed())).append(" |\n");
    }
    Path report = Path.of("target", "process-coverage", System.getProperty("wmo.test.database", "h2") + ".md");
    Files.createDirectories(report.getParent());
    Files.writeString(report, text);
    System.out.println(text); // the build's output shows the coverage per process
    return report;
  }

  private static String percent(double ratio) {
    return String.format(Locale.ROOT, "%.1f %%", ratio * 100);
  }
}

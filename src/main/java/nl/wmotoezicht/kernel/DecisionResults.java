package nl.wmotoezicht.kernel;

import java.util.Objects;
import java.util.stream.Collectors;
import org.camunda.bpm.dmn.engine.DmnDecisionResult;
import org.springframework.stereotype.Component;

/**
 * Turns the rows of a decision with hit policy COLLECT into text for a form or letter, as the bean
 * {@code decisionResults} in the output mapping of a business rule task:
 * {@code <camunda:outputParameter name="immediateMeasures">${decisionResults.lines(decisionResult)}</camunda:outputParameter>}.
 * A list of rows cannot be stored as a process variable (Java serialization is off), a text can.
 */
@Component("decisionResults")
public class DecisionResults {

  /** One line per matched rule, its output values in column order separated by ": "; empty when none matched. */
  public String lines(DmnDecisionResult result) {
    if (result == null) {
      return "";
    }
    return result.stream()
        .map(row -> row.getEntryMap().values().stream().filter(Objects::nonNull).map(String::valueOf)
            .collect(Collectors.joining(": ")))
        .collect(Collectors.joining("\n"));
  }
}

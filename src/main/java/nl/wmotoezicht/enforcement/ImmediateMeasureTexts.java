package nl.wmotoezicht.enforcement;

import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.camunda.bpm.dmn.engine.DmnDecisionResult;
import org.camunda.bpm.dmn.engine.DmnDecisionResultEntries;
import org.springframework.stereotype.Component;

/**
 * The rows of the decision {@code directeMaatregelen} as the text the college reads in the form
 * {@code piramide-directe-maatregelen}: one line per measure, its Dutch name and the table's explanation
 * ("Cliëntenstop: …"), never the table's code ({@code clientenstop}). Used as
 * {@code ${immediateMeasureTexts.lines(decisionResult)}} in the output mapping of {@code Task_DecideImmediateMeasures}.
 */
@Component("immediateMeasureTexts")
public class ImmediateMeasureTexts {

  /** The codes of the output column {@code maatregel} with their names on screen. */
  static final Map<String, String> NAMES = Map.of(
      "clientenstop", "Cliëntenstop",
      "clienten verhuizen", "Cliënten verhuizen",
      "opschorten betalingen", "Betalingen opschorten",
      "communicatie regio en media", "Communicatie met de regio en de media");

  /** One line per matched rule, "Naam: toelichting"; empty when none matched. An unknown code stays as it is. */
  public String lines(DmnDecisionResult result) {
    if (result == null) {
      return "";
    }
    return result.stream().map(ImmediateMeasureTexts::line).collect(Collectors.joining("\n"));
  }

  private static String line(DmnDecisionResultEntries row) {
    Object code = row.getEntry("maatregel");
    String name = code == null ? null : NAMES.getOrDefault(String.valueOf(code), String.valueOf(code));
    Object explanation = row.getEntry("toelichting");
    return Stream.of(name, explanation == null ? null : String.valueOf(explanation)).filter(Objects::nonNull)
        .collect(Collectors.joining(": "));
  }
}

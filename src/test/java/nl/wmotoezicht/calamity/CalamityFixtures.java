package nl.wmotoezicht.calamity;

import static nl.wmotoezicht.calamity.CalamityProcess.Variables.*;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import nl.wmotoezicht.kernel.CaseVariables;
import nl.wmotoezicht.testsupport.TestProvider;

/** The calamity process's test data, for every test that needs a calamity: built from the typed variables. */
public final class CalamityFixtures {

  private CalamityFixtures() {
  }

  /** A valid calamity report for the demo municipality Heerlen, as the start variables of {@code calamiteit}. */
  public static Map<String, Object> report(String reference) {
    Map<String, Object> report = new HashMap<>();
    REPORTER_REFERENCE.put(report, reference);
    TestProvider.ZORG_THUIS_ZUID.into(report);
    LOCATION.put(report, "Woonlocatie De Linde, Heerlen");
    CaseVariables.MUNICIPALITY_CODE.put(report, "GM0917");
    EVENT_DATE.put(report, "2026-11-20");
    KIND.put(report, "calamiteit");
    DESCRIPTION.put(report, "Cliënt gevallen tijdens transfer; heupfractuur.");
    REPORTER_NAME.put(report, "J. Smeets");
    REPORTER_EMAIL.put(report, "j.smeets@zorgthuiszuid.example");
    return report;
  }

  /** The report as the intake API's JSON body, in the {@code i}-th of the three demo municipalities, round robin. */
  public static ObjectNode jsonReport(String reference, int i) {
    ObjectNode json = JsonNodeFactory.instance.objectNode();
    report(reference).forEach(json::putPOJO);
    json.put(CaseVariables.MUNICIPALITY_CODE.name(), List.of("GM0917", "GM0935", "GM0928").get(i % 3));
    return json;
  }
}

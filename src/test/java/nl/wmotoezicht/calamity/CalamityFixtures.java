package nl.wmotoezicht.calamity;

import static nl.wmotoezicht.calamity.CalamityProcess.Variables.*;

import java.util.HashMap;
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
}

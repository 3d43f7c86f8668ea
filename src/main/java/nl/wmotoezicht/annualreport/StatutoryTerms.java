package nl.wmotoezicht.annualreport;

import java.util.Set;
import nl.wmotoezicht.bezwaar.BezwaarProcess;
import nl.wmotoezicht.dwangsom.DwangsomProcess;

/**
 * The user tasks whose due date is a statutory term (termijnen.yaml kind {@code wettelijk}); every other task with a
 * due date has a customary term. Kept as (process key, task id) so the report needs no model parsing;
 * {@code StatutoryTermsTest} checks each entry against the deployed models.
 */
final class StatutoryTerms {

  static final Set<String> TASKS = Set.of(
      // beslistermijn op bezwaar, art. 7:10 Awb (decideBy), and its verdaging
      BezwaarProcess.KEY + ":" + BezwaarProcess.Elements.DECIDE,
      BezwaarProcess.KEY + ":Task_ConsiderExtension",
      // a request to lift the last (art. 4:13 Awb); objections against the last go to the bezwaar process
      DwangsomProcess.KEY + ":Task_DecideLifting",
      // a request to decide on collection (art. 5:37 lid 2 Awb)
      DwangsomProcess.INVORDERING_KEY + ":Task_DecideCollectionRequest");

  private StatutoryTerms() {
  }

  static boolean isStatutory(String processKey, String taskKey) {
    return TASKS.contains(processKey + ":" + taskKey);
  }
}

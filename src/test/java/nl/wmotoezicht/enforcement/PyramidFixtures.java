package nl.wmotoezicht.enforcement;

import static nl.wmotoezicht.enforcement.InterventionPyramid.Variables.FINDINGS;
import static nl.wmotoezicht.enforcement.InterventionPyramid.Variables.ORIGIN_PROCESS;
import static nl.wmotoezicht.enforcement.InterventionPyramid.Variables.RECURRENCE_CHANCE;
import static nl.wmotoezicht.enforcement.InterventionPyramid.Variables.SERIOUSNESS;
import static nl.wmotoezicht.kernel.CaseVariables.MUNICIPALITY_CODE;
import static nl.wmotoezicht.kernel.CaseVariables.ORIGIN_CASE_NUMBER;
import static nl.wmotoezicht.testsupport.ProcessTestSupport.runAsyncJobs;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;

import java.util.HashMap;
import java.util.Map;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import nl.wmotoezicht.testsupport.TestProvider;

/**
 * The intervention pyramid's test data and first steps, for every test that needs an enforcement case: the advice a
 * calamity sends ({@link InterventionPyramid.Messages#ENFORCEMENT_ADVISED}) and the college's first choices.
 */
public final class PyramidFixtures {

  /** Form fields of {@code Task_WeighImmediateMeasures} ({@code forms/}), not variables of a model. */
  public static final String CLIENT_STOP = "clientStop";
  public static final String IMMEDIATE_MEASURES_MOTIVATION = "immediateMeasuresMotivation";

  private PyramidFixtures() {
  }

  /** The advice of a calamity (a fresh origin case number) about the provider, in the municipality. */
  public static Map<String, Object> advice(String municipality, String providerName, String kvk, String email,
      String findings, String seriousness, String recurrence) {
    Map<String, Object> advice = new HashMap<>();
    ORIGIN_CASE_NUMBER.put(advice, "CAL-TEST-" + System.nanoTime());
    ORIGIN_PROCESS.put(advice, "calamiteit");
    MUNICIPALITY_CODE.put(advice, municipality);
    new TestProvider(providerName, kvk, email).into(advice);
    FINDINGS.put(advice, findings);
    SERIOUSNESS.put(advice, seriousness);
    RECURRENCE_CHANCE.put(advice, recurrence);
    return advice;
  }

  /** Starts the pyramid by the advice message. */
  public static ProcessInstance advised(RuntimeService runtime, Map<String, Object> advice) {
    return runtime.createMessageCorrelation(InterventionPyramid.Messages.ENFORCEMENT_ADVISED).setVariables(advice)
        .correlateStartMessage();
  }

  /**
   * The college's first choices: a client stop with the motivation when the table proposed immediate measures, then
   * the steps of the choice; the case runs on to its first wait.
   */
  public static void choose(ManagementService management, ProcessInstance pi, String clientStopMotivation,
      Map<String, Object> choice) {
    if (task(InterventionPyramid.Elements.WEIGH_IMMEDIATE_MEASURES, pi) != null) {
      Map<String, Object> measures = new HashMap<>();
      measures.put(CLIENT_STOP, true);
      measures.put(IMMEDIATE_MEASURES_MOTIVATION, clientStopMotivation);
      complete(task(InterventionPyramid.Elements.WEIGH_IMMEDIATE_MEASURES, pi), measures);
    }
    complete(task(InterventionPyramid.Elements.CHOOSE_STEPS, pi), choice);
    runAsyncJobs(management, pi);
  }
}

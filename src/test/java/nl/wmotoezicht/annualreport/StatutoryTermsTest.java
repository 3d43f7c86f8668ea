package nl.wmotoezicht.annualreport;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import nl.wmotoezicht.bezwaar.BezwaarProcess;
import nl.wmotoezicht.dwangsom.DwangsomProcess;
import nl.wmotoezicht.terms.NamedTerm;
import nl.wmotoezicht.terms.TermPeriod;
import nl.wmotoezicht.terms.Termijnen;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.Process;
import org.camunda.bpm.model.bpmn.instance.UserTask;
import org.camunda.bpm.model.bpmn.instance.camunda.CamundaProperties;
import org.camunda.bpm.model.bpmn.instance.camunda.CamundaProperty;
import org.junit.jupiter.api.Test;

/** The timeliness figure counts as statutory the user tasks whose due date the models tie to a wettelijke termijn. */
class StatutoryTermsTest {

  private static final Termijnen TERMIJNEN = new Termijnen();

  @Test
  void theModelsTieTheDecisionTermsOnObjectionsAndRequestsToTheirTasks() {
    Set<String> tasks = new HashSet<>();
    for (File file : new File("processes").listFiles((dir, name) -> name.endsWith(".bpmn"))) {
      BpmnModelInstance model = Bpmn.readModelFromFile(file);
      for (Process process : model.getModelElementsByType(Process.class)) {
        tasks.addAll(StatutoryTerms.of(TERMIJNEN, process.getId(), model));
      }
    }

    assertThat(tasks).containsExactlyInAnyOrder(
        // beslistermijn op bezwaar, art. 7:10 Awb (a computed day, decideBy: the tasks name the term)
        BezwaarProcess.KEY + ":" + BezwaarProcess.Elements.DECIDE,
        BezwaarProcess.KEY + ":Task_ConsiderExtension",
        // a request to lift the last (art. 4:13 Awb)
        DwangsomProcess.KEY + ":" + DwangsomProcess.Elements.DECIDE_OPHEFFING,
        // a request to decide on collection (art. 5:37 Awb)
        DwangsomProcess.INVORDERING_KEY + ":" + DwangsomProcess.Elements.DECIDE_INVORDERING_REQUEST);
  }

  @Test
  void aNewStatutoryTermInTheYamlAndAModelCountsWithoutJava() {
    Map<String, NamedTerm> terms = Map.of(
        "beslissenOpKlacht", new NamedTerm("beslissenOpKlacht", TermPeriod.parse("P6W"), true, "art. 9:11 Awb",
            "Termijn voor de afhandeling van een klacht."),
        "behandeling", TERMIJNEN.term("behandeling"));
    BpmnModelInstance model = Bpmn.createExecutableProcess("klacht").startEvent()
        .userTask("Task_DecideComplaint").camundaDueDate("${terms.end(complaintReceivedOn, termijnen.beslissenOpKlacht)}")
        .userTask("Task_Hear").camundaDueDate("${terms.dueIn(termijnen.behandeling)}")
        .userTask("Task_Report").camundaDueDate("${terms.dueOn(reportBy)}").userTask("Task_Archive")
        .endEvent().done();
    CamundaProperty term = model.newInstance(CamundaProperty.class);
    term.setCamundaName(StatutoryTerms.TERM_PROPERTY);
    term.setCamundaValue("beslissenOpKlacht");
    CamundaProperties properties = model.newInstance(CamundaProperties.class);
    properties.addChildElement(term);
    model.<UserTask>getModelElementById("Task_Report").builder().addExtensionElement(properties);

    assertThat(StatutoryTerms.of(terms, "klacht", model))
        .containsExactlyInAnyOrder("klacht:Task_DecideComplaint", "klacht:Task_Report");
    // a term the yaml does not know is no statutory term
    assertThat(StatutoryTerms.of(Map.of("behandeling", TERMIJNEN.term("behandeling")), "klacht", model)).isEmpty();
  }
}

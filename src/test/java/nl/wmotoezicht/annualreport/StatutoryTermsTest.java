package nl.wmotoezicht.annualreport;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.util.Collection;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.Process;
import org.camunda.bpm.model.bpmn.instance.UserTask;
import org.junit.jupiter.api.Test;

/** Every task the timeliness figure counts as statutory is a user task of that model with a due date. */
class StatutoryTermsTest {

  @Test
  void everyStatutoryTaskExistsWithADueDate() {
    for (String entry : StatutoryTerms.TASKS) {
      String process = entry.substring(0, entry.indexOf(':'));
      String task = entry.substring(entry.indexOf(':') + 1);
      BpmnModelInstance model = Bpmn.readModelFromFile(new File("processes/" + process + ".bpmn"));
      Collection<Process> processes = model.getModelElementsByType(Process.class);
      assertThat(processes).extracting(Process::getId).as(entry).contains(process);
      UserTask userTask = model.getModelElementById(task);
      assertThat(userTask).as(entry).isNotNull();
      assertThat(userTask.getCamundaDueDate()).as(entry).isNotBlank();
    }
  }
}

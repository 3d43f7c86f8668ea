package nl.wmotoezicht.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.http.HttpResponse;
import java.util.UUID;
import nl.wmotoezicht.calamity.CalamityFixtures;
import nl.wmotoezicht.testsupport.ApiClient;
import nl.wmotoezicht.testsupport.ProcessTestSupport;
import nl.wmotoezicht.testsupport.TestMailServer;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import nl.wmotoezicht.calamity.CalamityProcess;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Map;
import org.camunda.bpm.engine.runtime.ProcessInstance;

/** What the browser tests share: a calamity reported over the intake API, as a provider's system does. */
final class BrowserTestSupport {

  private BrowserTestSupport() {
  }

  /** Reports a calamity for the municipality and runs the work up to the supervisor's tasks; returns the case number. */
  static String reportCalamity(int port, RuntimeService runtime, ManagementService management, String municipalityCode)
      throws Exception {
    TestMailServer.get();
    ObjectMapper json = new ObjectMapper();
    var report = json.createObjectNode();
    CalamityFixtures.report(UUID.randomUUID().toString()).forEach(report::putPOJO);
    report.put("municipalityCode", municipalityCode);
    HttpResponse<String> response = new ApiClient(port).send("POST", "/api/calamity-reports", "intake-systeem",
        report.toString());
    assertThat(response.statusCode()).as(response.body()).isEqualTo(201);
    String caseNumber = json.readTree(response.body()).get("caseNumber").asText();
    ProcessInstance instance = runtime.createProcessInstanceQuery().processInstanceBusinessKey(caseNumber)
        .singleResult();
    ProcessTestSupport.runAsyncJobs(management, instance);
    return caseNumber;
  }

  /**
   * Takes a reported calamity through the intake (contact with the reporter, IGJ where needed) and lets the
   * provider investigate, with the report due on {@code reportDue}; returns the process instance id, waiting for the
   * provider's report with its reminder and overdue timers.
   */
  static String awaitProviderReport(String caseNumber, RuntimeService runtime, ManagementService management,
      TaskService tasks, LocalDate reportDue) {
    return throughIntake(caseNumber, runtime, management, tasks, Map.of("investigationBy", "aanbieder",
        "providerInvestigationDeadline", reportDue.toString(),
        "investigationChoiceMotivation", "Aanbieder heeft een eigen calamiteitencommissie."));
  }

  /** As {@link #awaitProviderReport}, but the supervisor investigates herself; returns the process instance id. */
  static String awaitOwnInvestigation(String caseNumber, RuntimeService runtime, ManagementService management,
      TaskService tasks) {
    return throughIntake(caseNumber, runtime, management, tasks, Map.of("investigationBy", "toezichthouder",
        "investigationChoiceMotivation", "Ernstig: cliënt gevallen, geen protocol."));
  }

  private static String throughIntake(String caseNumber, RuntimeService runtime, ManagementService management,
      TaskService tasks, Map<String, Object> choice) {
    ProcessInstance instance = runtime.createProcessInstanceQuery().processInstanceBusinessKey(caseNumber)
        .singleResult();
    tasks.complete(task(tasks, caseNumber, CalamityProcess.Elements.CONTACT_REPORTER).getId(), Map.of(
        "contactDate", LocalDate.now(ZoneId.of("Europe/Amsterdam")).toString(),
        "contactNotes", "Melder gebeld."));
    if (Boolean.TRUE.equals(runtime.getVariable(instance.getId(), "igjCoordinationRequired"))) {
      tasks.complete(task(tasks, caseNumber, CalamityProcess.Elements.COORDINATE_WITH_IGJ).getId(),
          Map.of("igjLead", "gemeente", "igjAgreements", "Wmo onderzoekt."));
    }
    tasks.complete(task(tasks, caseNumber, CalamityProcess.Elements.CHOOSE_INVESTIGATION).getId(), choice);
    ProcessTestSupport.runAsyncJobs(management, instance);
    return instance.getId();
  }

  private static org.camunda.bpm.engine.task.Task task(TaskService tasks, String caseNumber, String key) {
    return tasks.createTaskQuery().processInstanceBusinessKey(caseNumber).taskDefinitionKey(key).singleResult();
  }
}

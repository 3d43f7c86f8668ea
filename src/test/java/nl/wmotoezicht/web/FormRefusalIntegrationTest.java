package nl.wmotoezicht.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.stream.StreamSupport;
import nl.wmotoezicht.calamity.CalamityProcess;
import nl.wmotoezicht.testsupport.WmoIntegrationTest;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * A form refused in Tasklist: the submission through the webapp's engine API answers 400 with one Dutch sentence
 * per field that says what to do (and a {@code message} Tasklist shows in its notification), the task stays open,
 * and nothing of the BPMN (an expression, a stack trace) reaches the user.
 */
@WmoIntegrationTest
@ExtendWith(OutputCaptureExtension.class)
class FormRefusalIntegrationTest {

  @LocalServerPort int port;
  @Autowired RuntimeService runtime;
  @Autowired ManagementService management;
  @Autowired TaskService tasks;
  private final ObjectMapper json = new ObjectMapper();

  @BeforeEach
  void realClock() {
    ClockUtil.reset();
  }

  @Test
  void aWebappLoginWritesNoWarningAndARefusedFormNoError(CapturedOutput output) throws Exception {
    Task task = contactTask(BrowserTestSupport.reportCalamity(port, runtime, management, "GM0917"));
    int from = output.getOut().length();
    WebappSession tasklist = WebappSession.login(port, "tasklist", "toezichthouder");
    tasklist.engine("GET", "/filter?resourceType=Task", null);
    tasks.claim(task.getId(), "toezichthouder");
    HttpResponse<String> refused = tasklist.engine("POST", "/task/" + task.getId() + "/submit-form",
        "{\"variables\":{\"contactNotes\":{\"value\":\"  \"}}}");
    assertThat(refused.statusCode()).as(refused.body()).isEqualTo(400);
    String written = output.getOut().substring(from);
    assertThat(written.lines().filter(l -> l.matches(".*\\s(WARN|ERROR)\\s.*")))
        .as("log lines of a login and a refused form").isEmpty();
  }

  @Test
  void anEmptyContactFormIsRefusedWithASentencePerRequiredField() throws Exception {
    Task task = contactTask(BrowserTestSupport.reportCalamity(port, runtime, management, "GM0917"));
    WebappSession tasklist = WebappSession.login(port, "tasklist", "toezichthouder");
    assertThat(tasklist.engine("POST", "/task/" + task.getId() + "/claim", "{\"userId\":\"toezichthouder\"}")
        .statusCode()).isEqualTo(204);

    HttpResponse<String> refused = tasklist.engine("POST", "/task/" + task.getId() + "/submit-form",
        "{\"variables\":{\"contactNotes\":{\"value\":\"  \"}}}");

    assertThat(refused.statusCode()).as(refused.body()).isEqualTo(400);
    JsonNode problem = json.readTree(refused.body());
    assertThat(problem.get("type").asText()).isEqualTo("https://wmotoezicht.nl/problemen/ongeldige-invoer");
    assertThat(StreamSupport.stream(problem.get("errors").spliterator(), false)
        .map(e -> e.get("field").asText() + ": " + e.get("message").asText()))
        .containsExactlyInAnyOrder("contactDate: Vul bij „Datum contact” een datum in.",
            "contactNotes: Vul „Verslag van het contact” in.");
    assertThat(problem.get("message").asText()).startsWith("Het formulier is niet verstuurd.")
        .contains("Vul „Verslag van het contact” in.");
    assertThat(refused.body()).doesNotContain("${", "Exception");
    assertThat(tasks.createTaskQuery().taskId(task.getId()).count()).isEqualTo(1);
  }

  @Test
  void aMissingChoiceTheProcessBranchesOnIsA400NotA500QuotingTheExpression() throws Exception {
    String caseNumber = BrowserTestSupport.reportCalamity(port, runtime, management, "GM0935");
    Task contact = contactTask(caseNumber);
    tasks.claim(contact.getId(), "toezichthouder");
    WebappSession tasklist = WebappSession.login(port, "tasklist", "toezichthouder");
    String today = LocalDate.now(ZoneId.of("Europe/Amsterdam")).toString();
    assertThat(tasklist.engine("POST", "/task/" + contact.getId() + "/submit-form", "{\"variables\":{"
        + "\"contactDate\":{\"value\":\"" + today + "\"},\"contactNotes\":{\"value\":\"Melder gebeld.\"}}}")
        .statusCode()).isEqualTo(204);
    Task choice = tasks.createTaskQuery().processInstanceBusinessKey(caseNumber)
        .taskDefinitionKey(CalamityProcess.Elements.CHOOSE_INVESTIGATION).singleResult();
    assertThat(choice).as("the process waits for the choice of investigation").isNotNull();
    tasks.claim(choice.getId(), "toezichthouder");

    HttpResponse<String> refused = tasklist.engine("POST", "/task/" + choice.getId() + "/submit-form",
        "{\"variables\":{\"investigationBy\":{\"value\":\"iemand\"},\"investigationChoiceMotivation\":{\"value\":\"Zo.\"},"
            + "\"providerInvestigationDeadline\":{\"value\":\"2001-01-01\"}}}");

    assertThat(refused.statusCode()).as(refused.body()).isEqualTo(400);
    assertThat(refused.body()).doesNotContain("${", "Exception")
        .contains("investigationBy").contains("een van de mogelijkheden uit de lijst")
        .contains("vandaag of een latere datum; 1-1-2001 ligt in het verleden");
    assertThat(tasks.createTaskQuery().taskId(choice.getId()).count()).isEqualTo(1);
  }

  private Task contactTask(String caseNumber) {
    return tasks.createTaskQuery().processInstanceBusinessKey(caseNumber)
        .taskDefinitionKey(CalamityProcess.Elements.CONTACT_REPORTER).singleResult();
  }
}

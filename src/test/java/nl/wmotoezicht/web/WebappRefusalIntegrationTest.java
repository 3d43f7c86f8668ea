package nl.wmotoezicht.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.http.HttpResponse;
import nl.wmotoezicht.calamity.CalamityProcess;
import nl.wmotoezicht.testsupport.WmoIntegrationTest;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * What a user sees in Admin or Tasklist when the engine refuses an action that is not a fault of the system: the
 * webapps' own REST path ({@code /camunda/api/engine}) answers as {@code /engine-rest} does, a 4xx problem whose
 * {@code message} (what the webapps show in their notification) is the Dutch sentence, not Camunda's 500 with
 * "exception in the persistence layer" or "is already claimed by someone else".
 */
@WmoIntegrationTest
class WebappRefusalIntegrationTest {

  private final ObjectMapper json = new ObjectMapper();

  @LocalServerPort int port;
  @Autowired IdentityService identity;
  @Autowired RuntimeService runtime;
  @Autowired ManagementService management;
  @Autowired TaskService tasks;

  @Test
  void aTaskAnotherSupervisorClaimedMeanwhileIsAConflictTasklistCanRead() throws Exception {
    String caseNumber = BrowserTestSupport.reportCalamity(port, runtime, management, "GM0917");
    Task task = tasks.createTaskQuery().processInstanceBusinessKey(caseNumber)
        .taskDefinitionKey(CalamityProcess.Elements.CONTACT_REPORTER).singleResult();
    WebappSession first = WebappSession.login(port, "tasklist", "toezichthouder");
    WebappSession second = WebappSession.login(port, "tasklist", "demo");
    assertThat(first.engine("POST", "/task/" + task.getId() + "/claim", "{\"userId\":\"toezichthouder\"}")
        .statusCode()).isEqualTo(204);

    HttpResponse<String> late = second.engine("POST", "/task/" + task.getId() + "/claim", "{\"userId\":\"demo\"}");

    assertThat(late.statusCode()).as(late.body()).isEqualTo(409);
    assertThat(json.readTree(late.body()).get("message").asText()).startsWith("Deze taak is intussen aan iemand");
    assertThat(tasks.createTaskQuery().taskId(task.getId()).singleResult().getAssignee()).isEqualTo("toezichthouder");
  }

  @Test
  void aMembershipAddedTwiceIsAConflictAdminCanRead() throws Exception {
    WebappSession admin = WebappSession.login(port, "admin", "demo");

    HttpResponse<String> twice = admin.engine("PUT", "/group/toezichthouders/members/toezichthouder", null);

    assertThat(twice.statusCode()).as(twice.body()).isEqualTo(409);
    JsonNode problem = json.readTree(twice.body());
    assertThat(problem.get("type").asText()).isEqualTo("https://wmotoezicht.nl/problemen/bestaat-al");
    assertThat(problem.get("message").asText()).startsWith("Dit bestaat al");
    assertThat(identity.createUserQuery().memberOfGroup("toezichthouders").userId("toezichthouder").count()).isOne();
  }

  @Test
  void aRevokeAndAnIdWithMarkupAreRefusedWithAReasonAdminCanRead() throws Exception {
    WebappSession admin = WebappSession.login(port, "admin", "demo");

    HttpResponse<String> revoke = admin.engine("POST", "/authorization/create", "{\"type\":2,\"permissions\":[\"READ\"],"
        + "\"groupId\":\"toezichthouders\",\"resourceType\":7,\"resourceId\":\"*\"}");
    HttpResponse<String> markup = admin.engine("POST", "/group/create", "{\"id\":\"<b>x</b>\",\"name\":\"x\","
        + "\"type\":\"WORKFLOW\"}");

    assertThat(revoke.statusCode()).as(revoke.body()).isEqualTo(400);
    assertThat(json.readTree(revoke.body()).get("message").asText()).contains("Een weigering (REVOKE)");
    assertThat(markup.statusCode()).as(markup.body()).isEqualTo(400);
    assertThat(json.readTree(markup.body()).get("message").asText()).startsWith("Deze id is niet toegestaan");
  }
}

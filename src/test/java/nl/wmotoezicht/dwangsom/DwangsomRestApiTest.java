package nl.wmotoezicht.dwangsom;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.http.HttpResponse;
import nl.wmotoezicht.testsupport.ApiClient;
import nl.wmotoezicht.testsupport.ProcessTestSupport;
import nl.wmotoezicht.testsupport.TestMailServer;
import nl.wmotoezicht.testsupport.WmoIntegrationTest;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/** The dwangsom over REST: started by an external system; its statutory dates visible to managers. */
@WmoIntegrationTest
class DwangsomRestApiTest {

  @LocalServerPort int port;
  @Autowired RuntimeService runtime;
  @Autowired ManagementService management;
  private final ObjectMapper json = new ObjectMapper();

  private HttpResponse<String> send(String method, String path, String user, String body) throws Exception {
    return new ApiClient(port).send(method, path, user, body);
  }

  private static String variable(String name, Object value, String type) {
    return "\"" + name + "\":{\"value\":" + (value instanceof String ? "\"" + value + "\"" : value) + ",\"type\":\"" + type + "\"}";
  }

  @Test
  void aSystemStartsALastAndAManagerSeesItsNextStatutoryDate() throws Exception {
    TestMailServer.get();
    String body = "{\"messageName\":\"LastOnderDwangsomGevraagd\",\"resultEnabled\":true,\"processVariables\":{"
        + String.join(",", variable("municipalityCode", "GM0917", "String"),
            variable("providerName", "Zorg Thuis Zuid B.V.", "String"),
            variable("providerKvkNumber", "12345678", "String"),
            variable("providerEmail", "kwaliteit@zorgthuiszuid.example", "String"),
            variable("violation", "Weigert inzage in cliëntdossiers (art. 5:20 Awb).", "String"))
        + "}}";
    HttpResponse<String> started = send("POST", "/engine-rest/message", "intake-systeem", body);
    assertThat(started.statusCode()).isEqualTo(200);
    String instanceId = json.readTree(started.body()).get(0).get("processInstance").get("id").asText();
    ProcessInstance pi = runtime.createProcessInstanceQuery().processInstanceId(instanceId).singleResult();
    assertThat(pi.getBusinessKey()).startsWith("LOD-");

    String taskId = json.readTree(send("GET", "/engine-rest/task?processInstanceId=" + instanceId, "college-heerlen",
        null).body()).get(0).get("id").asText();
    String terms = "{\"variables\":{" + String.join(",", variable("sanctionType", "dwangsom", "String"),
        variable("lastDescription", "Verleen inzage in de dossiers.", "String"),
        variable("remedyMeasures", "Dossiers beschikbaar stellen.", "String"),
        variable("complianceTerm", "P2W", "String"), variable("dwangsomKind", "perTijdseenheid", "String"),
        variable("dwangsomAmount", 500, "Long"), variable("dwangsomMaximum", 5000, "Long"),
        variable("timeUnit", "P1D", "String"), variable("skipHearing", true, "Boolean"),
        variable("skipHearingMotivation", "Medewerking is dringend nodig voor het onderzoek.", "String")) + "}}";
    HttpResponse<String> foreign = send("POST", "/engine-rest/task/" + taskId + "/complete", "college-maastricht", terms);
    assertThat(foreign.statusCode()).as(foreign.body()).isIn(403, 404);
    assertThat(send("POST", "/engine-rest/task/" + taskId + "/complete", "college-heerlen", terms).statusCode())
        .isEqualTo(204);

    String decideId = json.readTree(send("GET", "/engine-rest/task?processInstanceId=" + instanceId, "college-heerlen",
        null).body()).get(0).get("id").asText();
    HttpResponse<String> refused = send("POST", "/engine-rest/task/" + decideId + "/complete", "college-heerlen",
        "{\"variables\":{" + variable("decision", "opleggen", "String") + "}}");
    assertThat(refused.statusCode()).isEqualTo(400);
    assertThat(refused.body()).contains("decisionMotivation");
    assertThat(send("POST", "/engine-rest/task/" + decideId + "/complete", "college-heerlen", "{\"variables\":{"
        + variable("decision", "opleggen", "String") + "," + variable("decisionMotivation", "Noodzakelijk.", "String")
        + "}}").statusCode()).isEqualTo(204);
    ProcessTestSupport.runAsyncJobs(management, pi);

    JsonNode managerJobs = json.readTree(send("GET", "/engine-rest/job?processInstanceId=" + instanceId + "&timers=true",
        "manager-heerlen", null).body());
    assertThat(managerJobs).hasSize(1);
    assertThat(managerJobs.get(0).get("dueDate").asText()).isNotBlank();
    assertThat(json.readTree(send("GET", "/engine-rest/job?processInstanceId=" + instanceId, "manager-maastricht",
        null).body())).isEmpty();
  }
}

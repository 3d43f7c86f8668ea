package nl.wmotoezicht.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.http.HttpResponse;
import nl.wmotoezicht.testsupport.WmoIntegrationTest;
import org.camunda.bpm.engine.IdentityService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * What an administrator sees in Admin when the engine refuses an action that is his mistake: the webapps' own REST
 * path ({@code /camunda/api/engine}) answers as {@code /engine-rest} does, a 4xx problem whose {@code message} (what
 * Admin shows in its notification) is the Dutch sentence, not Camunda's 500 "exception in the persistence layer".
 */
@WmoIntegrationTest
class AdminRefusalIntegrationTest {

  private final ObjectMapper json = new ObjectMapper();

  @LocalServerPort int port;
  @Autowired IdentityService identity;

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

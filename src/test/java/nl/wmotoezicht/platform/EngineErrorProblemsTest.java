package nl.wmotoezicht.platform;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.ws.rs.core.Response;
import java.net.http.HttpResponse;
import java.sql.SQLException;
import java.util.Map;
import java.util.UUID;
import nl.wmotoezicht.testsupport.ApiClient;
import nl.wmotoezicht.testsupport.WmoIntegrationTest;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.exception.NotFoundException;
import org.camunda.bpm.engine.rest.exception.RestException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.test.web.server.LocalServerPort;

/** Issue 11 finding 8: engine internals never reach the caller; their 500s are 404/400 problems in Dutch. */
@WmoIntegrationTest
@ExtendWith(OutputCaptureExtension.class)
class EngineErrorProblemsTest {

  private static final ObjectMapper JSON = new ObjectMapper();

  @LocalServerPort int port;

  @Test
  void completingATaskThatDoesNotExistIs404WithoutInternalsAndLogsNoError(CapturedOutput output) throws Exception {
    int logFrom = output.getOut().length();
    HttpResponse<String> response = new ApiClient(port).send("POST",
        "/engine-rest/task/" + UUID.randomUUID() + "/complete", "toezichthouder", "{\"variables\":{}}");

    assertThat(response.statusCode()).as(response.body()).isEqualTo(404);
    JsonNode problem = JSON.readTree(response.body());
    assertThat(problem.path("type").asText()).endsWith("/niet-gevonden");
    assertThat(response.body()).doesNotContain("is null", "ENGINE-", "Cannot find");
    assertThat(output.getOut().substring(logFrom).lines().filter(line -> line.matches(".*\\sERROR\\s.*")))
        .as("the caller's mistake is no fault to log").isEmpty();
  }

  @Test
  void aMissingOrMistypedFormValueIs400WithoutTheExpression() {
    for (String message : new String[] {
        "Unknown property used in expression: ${complianceFinding == 'nageleefd'}. Cause: Cannot resolve identifier 'complianceFinding'",
        "Error while evaluating expression: ${amount > 5}. Cause: Cannot coerce from class java.lang.String to class java.lang.Long"}) {
      Response response = EngineErrorProblems.forCause(new ProcessEngineException("Cannot complete task x",
          new ProcessEngineException(message))).orElseThrow();
      assertThat(response.getStatus()).isEqualTo(400);
      @SuppressWarnings("unchecked")
      Map<String, Object> body = (Map<String, Object>) response.getEntity();
      assertThat(body.get("detail").toString()).doesNotContain("${", "complianceFinding", "Cause");
    }
  }

  @Test
  void onlyAUniqueKeyOfWhatAnAdministratorCreatesIsTheCallersConflict() {
    ProcessEngineException membership = new ProcessEngineException("flush failed", new SQLException(
        "ERROR: duplicate key value violates unique constraint \"act_id_membership_pkey\"", "23505"));
    ProcessEngineException authorization = new ProcessEngineException("flush failed", new SQLException(
        "Unique index or primary key violation: \"PUBLIC.ACT_UNIQ_AUTH_GROUP_INDEX_F ON PUBLIC.ACT_RU_AUTHORIZATION\"",
        "23505"));
    ProcessEngineException ours = new ProcessEngineException("flush failed", new SQLException(
        "ERROR: duplicate key value violates unique constraint \"wmo_case_number_pkey\"", "23505"));

    assertThat(EngineErrorProblems.forCause(membership)).hasValueSatisfying(r -> assertThat(r.getStatus()).isEqualTo(409));
    assertThat(EngineErrorProblems.forCause(authorization)).hasValueSatisfying(
        r -> assertThat(r.getStatus()).isEqualTo(409));
    assertThat(EngineErrorProblems.forCause(ours)).as("a fault: Camunda's 500 and an ERROR").isEmpty();
  }

  /** One rule for every path to it: a RestException of Camunda's resources wrapping it, or the engine's own error. */
  @Test
  void aMissingObjectIs404InDutchWithTheSentenceTheWebappsShow() {
    for (Throwable missing : new Throwable[] {new NotFoundException("No deployment with id 'x'"),
        new RestException(Response.Status.INTERNAL_SERVER_ERROR, new NotFoundException("No task with id 'x'"), "x")}) {
      Response response = EngineErrorProblems.forCause(missing).orElseThrow();
      @SuppressWarnings("unchecked")
      Map<String, Object> body = (Map<String, Object>) response.getEntity();
      assertThat(response.getStatus()).isEqualTo(404);
      assertThat(body.get("message")).isEqualTo(body.get("detail")).isEqualTo(
          "Dit object bestaat niet of u heeft er geen toegang toe.");
    }
  }

  @Test
  void anotherMunicipalitysObjectIs404() {
    Response response = EngineErrorProblems.forCause(new ProcessEngineException(
        "ENGINE-13034 Cannot update the task '1' because it belongs to no authenticated tenant.")).orElseThrow();
    assertThat(response.getStatus()).isEqualTo(404);
    assertThat(response.getEntity().toString()).doesNotContain("ENGINE-13034", "tenant");
  }
}

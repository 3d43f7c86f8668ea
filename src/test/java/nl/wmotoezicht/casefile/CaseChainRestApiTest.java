package nl.wmotoezicht.casefile;

import static nl.wmotoezicht.testsupport.ProcessTestSupport.runAsyncJobs;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.http.HttpResponse;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import nl.wmotoezicht.calamity.CalamityFixtures;
import nl.wmotoezicht.dwangsom.DwangsomProcess;
import nl.wmotoezicht.testsupport.ApiClient;
import nl.wmotoezicht.testsupport.ProcessScenario;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The case's story across processes in {@code GET /api/cases/{n}/history}: the case it came from and the cases it
 * started, each with its own status, and only as far as the caller may see them.
 */
@ProcessScenario
class CaseChainRestApiTest {

  @LocalServerPort int port;
  @Autowired RuntimeService runtime;
  @Autowired ManagementService management;
  private final ObjectMapper json = new ObjectMapper();

  private JsonNode file(String caseNumber, String user) throws Exception {
    HttpResponse<String> response = new ApiClient(port).send("GET", "/api/cases/" + caseNumber + "/history", user,
        null);
    assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
    return json.readTree(response.body());
  }

  private ProcessInstance last(String municipalityCode, String originCaseNumber) {
    Map<String, Object> request = new HashMap<>();
    request.put("municipalityCode", municipalityCode);
    request.put("providerName", "Zorg Thuis Zuid B.V.");
    request.put("providerKvkNumber", "12345678");
    request.put("providerEmail", "kwaliteit@zorgthuiszuid.example");
    request.put("violation", "Geen VOG voor medewerkers die cliënten begeleiden.");
    request.put("originCaseNumber", originCaseNumber);
    return runtime.createMessageCorrelation(DwangsomProcess.Messages.REQUESTED).setVariables(request)
        .correlateStartMessage();
  }

  @Test
  void theFileShowsWhereTheCaseCameFromAndWhatItStartedEachWithItsStatus() throws Exception {
    Map<String, Object> report = new HashMap<>(CalamityFixtures.report(UUID.randomUUID().toString()));
    report.put("municipalityCode", "GM0917");
    ProcessInstance calamity = runtime.createMessageCorrelation("CalamiteitGemeld").setVariables(report)
        .correlateStartMessage();
    runAsyncJobs(management, calamity);
    String calamityNumber = calamity.getBusinessKey();
    ProcessInstance heerlen = last("GM0917", calamityNumber);
    ProcessInstance maastricht = last("GM0935", calamityNumber);

    JsonNode lastFile = file(heerlen.getBusinessKey(), "college-heerlen");
    JsonNode origin = lastFile.get("origin");
    assertThat(origin.get("caseNumber").asText()).isEqualTo(calamityNumber);
    assertThat(origin.get("visible").asBoolean()).isTrue();
    assertThat(origin.get("processKey").asText()).isEqualTo("calamiteit");
    assertThat(origin.get("status").asText()).isEqualTo("Lopend");
    assertThat(origin.get("municipalityName").asText()).isEqualTo("Heerlen");
    assertThat(origin.get("processInstanceId").asText()).isEqualTo(calamity.getId());
    assertThat(lastFile.get("startedCases")).isEmpty();
    assertThat(lastFile.get("status").get("status").asText()).isEqualTo("Lopend");

    JsonNode calamityFile = file(calamityNumber, "manager-heerlen");
    assertThat(calamityFile.get("origin").isNull()).isTrue();
    // the case of Maastricht is no part of what Heerlen sees
    assertThat(calamityFile.get("startedCases").findValuesAsText("caseNumber"))
        .containsExactly(heerlen.getBusinessKey());
    assertThat(calamityFile.get("startedCases").get(0).get("processKey").asText()).isEqualTo(DwangsomProcess.KEY);

    // Maastricht sees where its case came from by number only: the calamity is Heerlen's
    JsonNode foreignOrigin = file(maastricht.getBusinessKey(), "college-maastricht").get("origin");
    assertThat(foreignOrigin.get("caseNumber").asText()).isEqualTo(calamityNumber);
    assertThat(foreignOrigin.get("visible").asBoolean()).isFalse();
    assertThat(foreignOrigin.get("status").isNull()).isTrue();
    assertThat(foreignOrigin.get("processInstanceId").isNull()).isTrue();

    // ended: the calamity's status follows its own process
    runtime.deleteProcessInstance(calamity.getId(), "Ingetrokken door de melder");
    assertThat(file(heerlen.getBusinessKey(), "college-heerlen").get("origin").get("status").asText())
        .isEqualTo("Beëindigd");
  }
}

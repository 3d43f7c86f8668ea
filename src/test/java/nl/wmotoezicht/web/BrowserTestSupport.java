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
}

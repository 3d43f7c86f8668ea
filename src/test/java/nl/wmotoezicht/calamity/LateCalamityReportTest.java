package nl.wmotoezicht.calamity;

import static nl.wmotoezicht.calamity.CalamityProcess.Variables.REPORTED_LATE;
import static nl.wmotoezicht.calamity.CalamityProcess.Variables.REPORT_DELAY_DAYS;
import static nl.wmotoezicht.calamity.CalamityFixtures.report;
import static nl.wmotoezicht.calamity.CalamityProcess.Elements.CONTACT_REPORTER;
import static nl.wmotoezicht.calamity.CalamityProcess.Elements.INFORM_MUNICIPALITY;
import static nl.wmotoezicht.testsupport.ProcessTestSupport.runAsyncJobs;
import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import nl.wmotoezicht.testsupport.ApiClient;
import nl.wmotoezicht.testsupport.ProcessScenario;
import nl.wmotoezicht.testsupport.TestMailServer;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * A calamity the provider reports late (not "onverwijld", art. 3.4 lid 1 Wmo 2015) is flagged to the supervisor with
 * the days between the event and the report: on the case, in the intake task's form and in the case status. The
 * threshold is {@code wmo.calamity.late-report-after-days} (3 in the shipped configuration). The engine clock stands
 * at Monday 23 November 2026.
 */
@ProcessScenario
class LateCalamityReportTest {

  @LocalServerPort int port;
  @Autowired RuntimeService runtime;
  @Autowired ManagementService management;
  private final ObjectMapper json = new ObjectMapper();

  private ProcessInstance reportedWithEventOn(String eventDate) {
    Map<String, Object> report = report(UUID.randomUUID().toString());
    report.put(CalamityProcess.Variables.EVENT_DATE.name(), eventDate);
    return runtime.createMessageCorrelation(CalamityProcess.Messages.REPORTED).setVariables(report)
        .correlateStartMessage();
  }

  @Test
  void aReportTwoWeeksAfterTheEventIsFlaggedLateWithItsDays() throws Exception {
    ProcessInstance pi = reportedWithEventOn("2026-11-09");

    assertThat(pi).isWaitingAt(CONTACT_REPORTER, INFORM_MUNICIPALITY);
    assertThat(pi).variables().containsEntry(REPORTED_LATE.name(), true).containsEntry(REPORT_DELAY_DAYS.name(), 14);
    runAsyncJobs(management, pi);
    assertThat(TestMailServer.bodyOf(TestMailServer.mailsFor(pi.getBusinessKey()).get(0))).contains(
        "Te laat gemeld:  de melding kwam 14 dagen na de gebeurtenis binnen, niet onverwijld (artikel 3.4 lid 1 Wmo 2015)");
  }

  @Test
  void theThresholdIsTheLastDayThatStillCountsAsOnverwijld() {
    assertThat(reportedWithEventOn("2026-11-20")).variables().containsEntry(REPORTED_LATE.name(), false)
        .containsEntry(REPORT_DELAY_DAYS.name(), 3);
    assertThat(reportedWithEventOn("2026-11-19")).variables().containsEntry(REPORTED_LATE.name(), true)
        .containsEntry(REPORT_DELAY_DAYS.name(), 4);
    assertThat(reportedWithEventOn("2026-11-23")).variables().containsEntry(REPORTED_LATE.name(), false)
        .containsEntry(REPORT_DELAY_DAYS.name(), 0);
  }

  @Test
  void theSupervisorsIntakeFormShowsTheDaysAndTheFlag() throws Exception {
    JsonNode form = json.readTree(Files.readString(Path.of("forms", "calamiteit-contact-melder.form")));
    List<JsonNode> components = new ArrayList<>();
    collect(form, components);

    assertThat(components).anySatisfy(c -> {
      assertThat(c.path("key").asText()).isEqualTo("reportDelayDays");
      assertThat(c.path("disabled").asBoolean()).isTrue();
    });
    assertThat(components).anySatisfy(c -> {
      assertThat(c.path("type").asText()).isEqualTo("text");
      assertThat(c.path("text").asText()).contains("Te laat gemeld", "reportDelayDays", "artikel 3.4 lid 1 Wmo 2015");
      assertThat(c.path("conditional").path("hide").asText()).isEqualTo("=reportedLate != true");
    });
  }

  @Test
  void aLateReportByRestIsFlaggedInTheCaseStatus() throws Exception {
    ApiClient api = new ApiClient(port);
    ObjectNode late = json.createObjectNode();
    report(UUID.randomUUID().toString()).forEach(late::putPOJO);
    late.put(CalamityProcess.Variables.EVENT_DATE.name(), "2026-11-02");
    HttpResponse<String> created = api.send("POST", "/api/calamity-reports", ApiClient.INTAKE_SYSTEM, late.toString());
    assertThat(created.statusCode()).isEqualTo(201);
    String caseNumber = json.readTree(created.body()).get("caseNumber").asText();

    JsonNode status = json.readTree(api.send("GET", "/api/cases/" + caseNumber, "toezichthouder", null).body());

    assertThat(status.get("flags")).hasSize(1);
    assertThat(status.get("flags").get(0).get("code").asText()).isEqualTo("teLaatGemeld");
    assertThat(status.get("flags").get(0).get("days").asInt()).isEqualTo(21);
    assertThat(status.get("flags").get(0).get("legalBasis").asText()).isEqualTo("art. 3.4 lid 1 Wmo 2015");
    assertThat(status.get("flags").get(0).get("text").asText()).contains("21 dagen na de gebeurtenis");

    ObjectNode inTime = json.createObjectNode();
    report(UUID.randomUUID().toString()).forEach(inTime::putPOJO);
    String onTime = json.readTree(api.send("POST", "/api/calamity-reports", ApiClient.INTAKE_SYSTEM,
        inTime.toString()).body()).get("caseNumber").asText();
    assertThat(json.readTree(api.send("GET", "/api/cases/" + onTime, "toezichthouder", null).body()).get("flags"))
        .isEmpty();
  }

  private static void collect(JsonNode node, List<JsonNode> into) {
    for (JsonNode component : node.path("components")) {
      into.add(component);
      collect(component, into);
    }
  }
}

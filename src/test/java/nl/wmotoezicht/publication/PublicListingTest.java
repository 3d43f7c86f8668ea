package nl.wmotoezicht.publication;

import static nl.wmotoezicht.publication.PublicationProcess.Variables.DECISION;
import static nl.wmotoezicht.publication.PublicationProcess.Variables.MOTIVATION;
import static nl.wmotoezicht.publication.PublicationProcess.Variables.PUBLICATION_DATE;
import static nl.wmotoezicht.testsupport.ProcessTestSupport.fireDueTimers;
import static nl.wmotoezicht.testsupport.ProcessTestSupport.runAsyncJobs;
import static nl.wmotoezicht.testsupport.ProcessTestSupport.setClock;
import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.withVariables;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import nl.wmotoezicht.documents.CaseDocument;
import nl.wmotoezicht.documents.CaseDocuments;
import nl.wmotoezicht.testsupport.ApiClient;
import nl.wmotoezicht.testsupport.PdfDocuments;
import nl.wmotoezicht.testsupport.ProcessScenario;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The public listing without login ({@code /openbaar}): published reports only, their publication
 * version only, no personal data; everything else still needs a login.
 */
@ProcessScenario
@ExtendWith(PublicationTestModel.class)
class PublicListingTest {

  @Autowired ProcessEngine engine;
  @Autowired RuntimeService runtime;
  @Autowired ManagementService management;
  @Autowired Publications publications;
  @Autowired CaseDocuments documents;
  @LocalServerPort int port;

  private final ObjectMapper json = new ObjectMapper();

  /** A publication decided on 8 December for 22 December, waiting for that date. */
  private ProcessInstance decided() {
    setClock("2026-11-23T10:00");
    ProcessInstance investigation = PublicationTestCases.investigation(runtime);
    ProcessInstance pi = runtime.createMessageCorrelation(PublicationProcess.Messages.PREPARE)
        .setVariables(PublicationTestCases.prepareMessage(runtime, investigation)).correlateStartMessage();
    complete(task(PublicationProcess.Elements.PREPARE_VERSION, pi), PublicationTestCases.publicationVersion());
    runAsyncJobs(management, pi);
    setClock("2026-12-08T10:00");
    fireDueTimers(management, pi);
    complete(task(PublicationProcess.Elements.DECIDE, pi), withVariables(DECISION.name(), "publiceren",
        PUBLICATION_DATE.name(), "2026-12-22", MOTIVATION.name(), "Transparantie."));
    runAsyncJobs(management, pi);
    assertThat(pi).isWaitingAt(PublicationProcess.Elements.AWAIT_PUBLICATION_DATE);
    return pi;
  }

  private String caseNumber(ProcessInstance pi) {
    return pi.getBusinessKey();
  }

  @Test
  void showsOnlyPublishedReportsWithoutLoginAndNothingElse() throws Exception {
    ProcessInstance published = decided();
    ProcessInstance waiting = decided();
    ProcessInstance held = decided();
    runtime.createMessageCorrelation(PublicationProcess.Messages.HELD).processInstanceBusinessKey(caseNumber(held))
        .correlate();
    setClock("2026-12-22T00:00");
    fireDueTimers(management, published);
    assertThat(published).isEnded();
    assertThat(held).isWaitingAt(PublicationProcess.Elements.COURT_RULING);
    String publishedId = publications.byCase(caseNumber(published)).orElseThrow().id();
    String waitingId = publications.byCase(caseNumber(waiting)).orElseThrow().id();
    String heldId = publications.byCase(caseNumber(held)).orElseThrow().id();
    ApiClient anonymous = new ApiClient(port);

    // the HTML page
    HttpResponse<byte[]> page = anonymous.download("/openbaar", null); // as a browser: no JSON asked for
    assertThat(page.statusCode()).isEqualTo(200);
    assertThat(page.headers().firstValue("Content-Type").orElseThrow()).startsWith("text/html");
    assertThat(new String(page.body(), java.nio.charset.StandardCharsets.UTF_8)).contains("Openbare toezichtrapporten Wmo", "Zorg Thuis Zuid B.V.", "Heerlen",
        "22 december 2026", "Toezichtrapport Wmo Zorg Thuis Zuid B.V.", "/openbaar/rapporten/" + publishedId)
        .doesNotContain(waitingId, heldId, caseNumber(published), PublicationTestCases.CLIENT_NAME,
            PublicationTestCases.STAFF_NAME, PublicationTestCases.REPORTER_NAME, "kwaliteit@zorgthuiszuid.example");

    // the JSON listing: only the public fields
    HttpResponse<String> list = anonymous.send("GET", "/openbaar/rapporten", null, null);
    assertThat(list.statusCode()).isEqualTo(200);
    JsonNode rows = json.readTree(list.body());
    List<String> ids = new ArrayList<>();
    rows.forEach(row -> {
      ids.add(row.get("id").asText());
      List<String> fields = new ArrayList<>();
      row.fieldNames().forEachRemaining(fields::add);
      assertThat(fields).containsExactlyInAnyOrder("id", "title", "providerName", "providerKvkNumber",
          "municipalityName", "publicationDate", "url");
    });
    assertThat(ids).contains(publishedId).doesNotContain(waitingId, heldId);
    assertThat(list.body()).doesNotContain(PublicationTestCases.CLIENT_NAME, PublicationTestCases.STAFF_NAME,
        PublicationTestCases.REPORTER_NAME, "kwaliteit@zorgthuiszuid.example");

    // the published report: its publication version, without personal data
    HttpResponse<byte[]> pdf = anonymous.download("/openbaar/rapporten/" + publishedId, null);
    assertThat(pdf.statusCode()).isEqualTo(200);
    assertThat(pdf.headers().firstValue("Content-Type")).hasValue("application/pdf");
    String text = PdfDocuments.text(pdf.body());
    assertThat(text).contains("Gemeente Heerlen", caseNumber(published), "Toezichtrapport Wmo Zorg Thuis Zuid B.V.",
        "artikel 3.3 van de Wet open overheid", "Bij een cliënt is medicatie niet afgetekend.")
        .doesNotContain("de Vries", "Janssen", "Melder");

    // not published, held, and any other document: not there
    assertThat(anonymous.download("/openbaar/rapporten/" + waitingId, null).statusCode()).isEqualTo(404);
    assertThat(anonymous.download("/openbaar/rapporten/" + heldId, null).statusCode()).isEqualTo(404);
    for (CaseDocument document : documents.forCase(caseNumber(published))) {
      assertThat(anonymous.download("/openbaar/rapporten/" + document.id(), null).statusCode())
          .as("document %s (%s) by its own id", document.id(), document.kind()).isEqualTo(404);
    }
    assertThat(documents.forCase(caseNumber(published))).extracting(CaseDocument::kind)
        .contains("rapport-definitief", "rapport-openbaar", "openbaarmaking-aankondiging", "openbaarmaking-besluit");

    // everything else still needs a login
    String documentsPath = "/api/cases/" + caseNumber(published) + "/documents";
    assertThat(anonymous.send("GET", documentsPath, null, null).statusCode()).isEqualTo(401);
    String finalReport = documents.forCase(caseNumber(published)).get(0).id();
    assertThat(anonymous.download(documentsPath + "/" + finalReport, null).statusCode()).isEqualTo(401);
    assertThat(anonymous.send("GET", "/api/cases/" + caseNumber(published), null, null).statusCode()).isEqualTo(401);
    assertThat(anonymous.send("GET", "/engine-rest/process-instance", null, null).statusCode()).isEqualTo(401);
    assertThat(anonymous.send("GET", documentsPath, "toezichthouder", null).statusCode()).isEqualTo(200);
  }
}

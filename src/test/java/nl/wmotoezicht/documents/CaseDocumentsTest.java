package nl.wmotoezicht.documents;

import static nl.wmotoezicht.calamity.CalamityProcess.Variables.EVENT_DATE;
import static nl.wmotoezicht.calamity.CalamityProcess.Variables.KIND;
import static nl.wmotoezicht.calamity.CalamityProcess.Variables.LOCATION;
import static nl.wmotoezicht.calamity.CalamityProcess.Variables.PROVIDER_INVESTIGATION_DEADLINE;
import static nl.wmotoezicht.investigation.InvestigationProcess.Variables.FINDINGS_SAFETY;
import static nl.wmotoezicht.investigation.InvestigationProcess.Variables.THEME_SAFETY;
import static nl.wmotoezicht.testsupport.ProcessTestSupport.runAsyncJobs;
import static nl.wmotoezicht.testsupport.TypedVariables.with;
import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.mail.internet.MimeMessage;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import nl.wmotoezicht.testsupport.ApiClient;
import nl.wmotoezicht.testsupport.PdfDocuments.Attachment;
import nl.wmotoezicht.testsupport.PdfDocuments;
import nl.wmotoezicht.testsupport.ProcessScenario;
import nl.wmotoezicht.testsupport.TestMailServer;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import nl.wmotoezicht.testsupport.TestProvider;

/**
 * Documents of a case: {@code ${generateDocument}}, letters and attachments of {@code ${sendMail}},
 * one document per step execution, and the documents API with its visibility rule.
 */
@ProcessScenario
class CaseDocumentsTest {

  @Autowired ProcessEngine engine;
  @Autowired RuntimeService runtime;
  @Autowired ManagementService management;
  @Autowired RepositoryService repository;
  @Autowired DocumentService documentService;
  @Autowired CaseDocuments documents;
  @LocalServerPort int port;

  private final ObjectMapper json = new ObjectMapper();
  private static String deployment;

  @BeforeAll
  static void startMailServer() {
    TestMailServer.get();
  }

  @BeforeEach
  void setUp() {
    if (deployment == null) {
      deployment = repository.createDeployment().name("test-document-steps").tenantId("GM0917")
          .addClasspathResource("testmodels/documentSteps.bpmn").deploy().getId();
    }
  }

  @AfterAll
  static void removeModel(@Autowired RepositoryService repository) {
    if (deployment != null) {
      repository.deleteDeployment(deployment, true);
      deployment = null;
    }
  }

  private ProcessInstance start() {
    return start(Map.of());
  }

  private ProcessInstance start(Map<String, Object> extra) {
    String caseNumber = "DOC-2026-" + UUID.randomUUID().toString().substring(0, 8);
    Map<String, Object> variables = TestProvider.ZORG_THUIS_ZUID.caseInHeerlen(caseNumber);
    variables.putAll(with(KIND, "calamiteit").and(LOCATION, "Woonlocatie De Linde, Heerlen")
        .and(EVENT_DATE, "2026-11-20").and(PROVIDER_INVESTIGATION_DEADLINE, "2026-12-18")
        .and(THEME_SAFETY, "voldoetNiet").and(FINDINGS_SAFETY, "Medicatie niet afgetekend.").map());
    variables.putAll(extra);
    ProcessInstance pi = runtime.startProcessInstanceByKey("testDocumentSteps", caseNumber, variables);
    runAsyncJobs(management, pi);
    assertThat(pi).isWaitingAt("Task_Wait");
    return pi;
  }

  @Test
  void aProcessVariableNeverFillsInForAMailStepsOwnParameters() throws Exception {
    ProcessInstance other = start();
    String foreignDocument = documents.forCase(other.getBusinessKey()).get(0).id();

    // process variables as a message could carry them: a copy to outside, another case's document attached
    ProcessInstance pi = start(Map.of("mailCc", "buiten@aanvaller.example", "mailAttachments", "foreignDocumentId",
        "foreignDocumentId", foreignDocument));

    List<MimeMessage> mails = TestMailServer.mailsFor(pi.getBusinessKey());
    assertThat(mails).hasSize(1);
    assertThat(mails.get(0).getRecipients(jakarta.mail.Message.RecipientType.CC)).isNull();
    assertThat(PdfDocuments.attachments(mails.get(0))).extracting(Attachment::fileName)
        .allSatisfy(name -> assertThat(name).startsWith(pi.getBusinessKey()));
  }

  @Test
  void generatesTheReportAndAttachesItWithTheLetterToTheMail() throws Exception {
    ProcessInstance pi = start();
    String caseNumber = pi.getBusinessKey();

    List<CaseDocument> stored = documents.forCase(caseNumber);
    assertThat(stored).extracting(CaseDocument::kind).containsExactly("rapport-concept", "calamiteit-onderzoek-verzoek");
    assertThat(stored).allSatisfy(d -> {
      assertThat(d.municipalityCode()).isEqualTo("GM0917");
      assertThat(d.contentType()).isEqualTo("application/pdf");
      assertThat(d.createdBy()).isEqualTo(DocumentService.SYSTEM_USER);
      assertThat(d.processInstanceId()).isEqualTo(pi.getId());
    });
    assertThat(stored.get(0).title()).isEqualTo("Conceptrapport toezicht Wmo");
    assertThat(stored.get(1).title()).startsWith("Verzoek om onderzoek naar de calamiteit van 20 november 2026");
    assertThat(pi).variables().containsEntry("conceptReportId", stored.get(0).id())
        .containsEntry("letterId", stored.get(1).id());

    List<MimeMessage> mails = TestMailServer.mailsFor(caseNumber);
    assertThat(mails).hasSize(1);
    assertThat(TestMailServer.bodyOf(mails.get(0))).contains("artikel 3.4");
    List<Attachment> attachments = PdfDocuments.attachments(mails.get(0));
    assertThat(attachments).extracting(Attachment::fileName)
        .containsExactly(stored.get(1).fileName(), stored.get(0).fileName());
    assertThat(attachments.get(0).contentType()).startsWith("application/pdf");
    assertThat(attachments.get(0).text()).contains("Gemeente Heerlen", caseNumber, "Zorg Thuis Zuid B.V.",
        "23 november 2026", "artikel 3.4 van de Wet maatschappelijke ondersteuning 2015", "18 december 2026");
    assertThat(attachments.get(1).text()).contains("Conceptrapport toezicht Wmo", "CONCEPT", caseNumber,
        "Oordeel: voldoet niet", "Medicatie niet afgetekend.");
  }

  @Test
  void aStepThatRunsAgainReusesItsDocument() {
    ProcessInstance pi = start();
    DelegateExecution execution = mock(DelegateExecution.class);
    when(execution.getActivityInstanceId()).thenReturn("Task_Again:" + UUID.randomUUID());
    when(execution.getProcessInstanceId()).thenReturn(pi.getId());
    when(execution.getProcessBusinessKey()).thenReturn(pi.getBusinessKey());
    when(execution.getTenantId()).thenReturn("GM0917");
    when(execution.getVariables()).thenReturn(runtime.getVariables(pi.getId()));
    when(execution.getVariable("caseNumber")).thenReturn(pi.getBusinessKey());
    when(execution.getVariable("municipalityCode")).thenReturn("GM0917");

    CaseDocument first = documentService.generate(execution, "rapport-definitief", "Definitief rapport");
    CaseDocument again = documentService.generate(execution, "rapport-definitief", "Definitief rapport");

    assertThat(again.id()).isEqualTo(first.id());
    assertThat(documents.forCase(pi.getBusinessKey())).filteredOn(d -> d.kind().equals("rapport-definitief")).hasSize(1);
    assertThat(PdfDocuments.text(documents.content(first.id()))).contains("Definitief rapport",
        "De aanbieder heeft binnen de gestelde termijn geen zienswijze op het conceptrapport gegeven.");
  }

  @Test
  void listsAndDownloadsTheDocumentsForThoseWhoMaySeeTheCase() throws Exception {
    ProcessInstance pi = start();
    String caseNumber = pi.getBusinessKey();
    ApiClient api = new ApiClient(port);

    HttpResponse<String> list = api.send("GET", "/api/cases/" + caseNumber + "/documents", "contractmanager-heerlen", null);
    assertThat(list.statusCode()).isEqualTo(200);
    JsonNode rows = json.readTree(list.body());
    assertThat(rows).hasSize(2);
    JsonNode report = rows.get(0);
    assertThat(report.get("kind").asText()).isEqualTo("rapport-concept");
    assertThat(report.get("title").asText()).isEqualTo("Conceptrapport toezicht Wmo");
    assertThat(report.get("contentType").asText()).isEqualTo("application/pdf");
    assertThat(report.get("createdBy").asText()).isEqualTo("systeem");
    assertThat(report.get("createdAt").asText()).startsWith("2026-11-23T");
    String downloadUrl = report.get("downloadUrl").asText();
    assertThat(downloadUrl).isEqualTo("/api/cases/" + caseNumber + "/documents/" + report.get("id").asText());

    HttpResponse<byte[]> pdf = api.download(downloadUrl, "toezichthouder");
    assertThat(pdf.statusCode()).isEqualTo(200);
    assertThat(pdf.headers().firstValue("Content-Type")).hasValue("application/pdf");
    assertThat(pdf.headers().firstValue("Content-Disposition").orElseThrow())
        .startsWith("attachment").contains(report.get("fileName").asText());
    assertThat(PdfDocuments.text(pdf.body())).contains(caseNumber, "Gemeente Heerlen");

    // another municipality's user, nobody, an unknown document, a document of another case
    HttpResponse<String> otherTenant = api.send("GET", "/api/cases/" + caseNumber + "/documents", "contractmanager-maastricht", null);
    assertThat(otherTenant.statusCode()).isEqualTo(404);
    assertThat(otherTenant.body()).contains("zaak-onbekend");
    assertThat(api.download(downloadUrl, "college-maastricht").statusCode()).isEqualTo(404);
    assertThat(api.download(downloadUrl, null).statusCode()).isEqualTo(401);
    HttpResponse<String> unknown = api.send("GET", "/api/cases/" + caseNumber + "/documents/" + UUID.randomUUID(), "toezichthouder", null);
    assertThat(unknown.statusCode()).isEqualTo(404);
    assertThat(unknown.headers().firstValue("Content-Type").orElseThrow()).startsWith("application/problem+json");
    assertThat(unknown.body()).contains("document-onbekend");
    String otherCase = start().getBusinessKey();
    assertThat(api.send("GET", "/api/cases/" + otherCase + "/documents/" + report.get("id").asText(), "toezichthouder", null)
        .statusCode()).isEqualTo(404);
    assertThat(api.send("GET", "/api/cases/GEEN-ZAAK/documents", "toezichthouder", null).statusCode()).isEqualTo(404);
  }
}

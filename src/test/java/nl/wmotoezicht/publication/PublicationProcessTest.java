package nl.wmotoezicht.publication;

import static nl.wmotoezicht.publication.PublicationProcess.Elements.*;
import static nl.wmotoezicht.testsupport.ProcessTestSupport.at;
import static nl.wmotoezicht.testsupport.ProcessTestSupport.fireDueTimers;
import static nl.wmotoezicht.testsupport.ProcessTestSupport.runAsyncJobs;
import static nl.wmotoezicht.testsupport.ProcessTestSupport.setClock;
import static nl.wmotoezicht.testsupport.ProcessTestSupport.timerDue;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.withVariables;

import jakarta.mail.Message;
import jakarta.mail.internet.MimeMessage;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import nl.wmotoezicht.documents.CaseDocument;
import nl.wmotoezicht.documents.CaseDocuments;
import nl.wmotoezicht.kernel.InvalidInputException;
import nl.wmotoezicht.testsupport.PdfDocuments.Attachment;
import nl.wmotoezicht.testsupport.PdfDocuments;
import nl.wmotoezicht.testsupport.ProcessScenario;
import nl.wmotoezicht.testsupport.TestMailServer;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** Every path of {@code processes/openbaarmaking.bpmn}: published, not published, held by a court. */
@ProcessScenario
class PublicationProcessTest {

  @Autowired ProcessEngine engine;
  @Autowired RuntimeService runtime;
  @Autowired ManagementService management;
  @Autowired HistoryService history;
  @Autowired RepositoryService repository;
  @Autowired Publications publications;
  @Autowired CaseDocuments documents;

  @BeforeAll
  static void startMailServer() {
    TestMailServer.get();
  }

  @BeforeEach
  void setUp() {
    PublicationTestCases.deploy(repository);
  }

  @AfterAll
  static void removeModel(@Autowired RepositoryService repository) {
    PublicationTestCases.undeploy(repository);
  }

  private ProcessInstance requested(ProcessInstance investigation) {
    return runtime.createMessageCorrelation(PublicationProcess.Messages.PREPARE)
        .setVariables(PublicationTestCases.prepareMessage(runtime, investigation)).correlateStartMessage();
  }

  /** Requested, the publication version prepared and sent to the provider on Monday 23 November. */
  private ProcessInstance noticeSent() {
    ProcessInstance pi = requested(PublicationTestCases.investigation(runtime));
    assertThat(pi).isWaitingAt(PREPARE_VERSION);
    complete(task(PREPARE_VERSION, pi), PublicationTestCases.publicationVersion());
    runAsyncJobs(management, pi);
    assertThat(pi).hasPassed(GENERATE_VERSION, NOTIFY_PROVIDER).isWaitingAt(AWAIT_VIEW);
    return pi;
  }

  /** The view term passes; the college decides on Tuesday 8 December. */
  private void decide(ProcessInstance pi, String decision, String date) {
    setClock("2026-12-08T00:00");
    fireDueTimers(management, pi);
    assertThat(pi).isWaitingAt(DECIDE);
    setClock("2026-12-08T10:00");
    Map<String, Object> variables = new HashMap<>();
    variables.put("publicationDecision", decision);
    variables.put("publicationDate", date);
    variables.put("publicationMotivation", "Transparantie over de kwaliteit weegt zwaar.");
    complete(task(DECIDE, pi), variables);
    runAsyncJobs(management, pi);
  }

  private String caseNumber(ProcessInstance pi) {
    return (String) runtime.getVariable(pi.getId(), "caseNumber");
  }

  private Publication publication(String caseNumber) {
    return publications.byCase(caseNumber).orElseThrow();
  }

  @Test
  void preparesThePublicationVersionWithoutPersonalDataAndGivesTheProviderATerm() throws Exception {
    ProcessInstance investigation = PublicationTestCases.investigation(runtime);
    String caseNumber = investigation.getBusinessKey();
    ProcessInstance pi = requested(investigation);

    // the investigation's case number is the business key; no new number; Heerlen's tenant
    assertThat(pi.getBusinessKey()).isEqualTo(caseNumber);
    assertThat(pi.getTenantId()).isEqualTo("GM0917");
    assertThat(task(PREPARE_VERSION, pi)).hasCandidateGroup("toezichthouders");
    // pre-filled from the investigation: the supervisor starts from its findings
    assertThat(pi).variables().containsEntry("judgementVeiligheid", "voldoetNiet")
        .containsEntry("publicationFindingsVeiligheid", "Bij " + PublicationTestCases.CLIENT_NAME + " is medicatie niet afgetekend.")
        .containsEntry("publicationConclusion", "De aanbieder voldoet niet aan de eisen van veiligheid.")
        .containsEntry("publicationTitle", "Toezichtrapport Wmo Zorg Thuis Zuid B.V.")
        .containsEntry("viewTerm", "P2W");
    assertThat(publication(caseNumber).status()).isEqualTo(PublicationStatus.VOORBEREIDING);

    // the confirmation that personal data is removed is required
    Map<String, Object> unconfirmed = PublicationTestCases.publicationVersion();
    unconfirmed.put("personalDataRemoved", false);
    assertThatThrownBy(() -> complete(task(PREPARE_VERSION, pi), unconfirmed))
        .hasRootCauseInstanceOf(InvalidInputException.class).hasMessageContaining("personalDataRemoved");

    complete(task(PREPARE_VERSION, pi), PublicationTestCases.publicationVersion());
    runAsyncJobs(management, pi);

    assertThat(pi).isWaitingAt(AWAIT_VIEW).variables()
        .containsEntry("noticeSentOn", "2026-11-23").containsEntry("viewDeadline", "2026-12-07");
    // two weeks set in the model, a term of the authority (not extended): ends Monday 7 December
    assertThat(timerDue(management, pi, VIEW_TERM_EXPIRED)).isEqualTo(at("2026-12-08T00:00"));

    MimeMessage notice = TestMailServer.mailsFor(caseNumber).stream()
        .filter(m -> "openbaarmaking-aankondiging".equals(TestMailServer.templateOf(m))).findFirst().orElseThrow();
    assertThat(notice.getRecipients(Message.RecipientType.TO)[0].toString()).isEqualTo("kwaliteit@zorgthuiszuid.example");
    assertThat(notice.getRecipients(Message.RecipientType.CC)[0].toString()).isEqualTo("wmo-toezicht@heerlen.demo.example");
    List<Attachment> attachments = PdfDocuments.attachments(notice);
    assertThat(attachments).hasSize(2);
    assertThat(attachments.get(0).text()).contains("Gemeente Heerlen", caseNumber, "artikel 3.3 van de Wet open overheid",
        "artikel 4:8 van de Algemene wet bestuursrecht", "uiterlijk op 7 december 2026 (laatste dag)");
    String publicVersion = attachments.get(1).text();
    assertThat(publicVersion).contains("Toezichtrapport Wmo Zorg Thuis Zuid B.V.", caseNumber, "Gemeente Heerlen",
        "Oordeel: voldoet niet", "Bij een cliënt is medicatie niet afgetekend.", "artikel 5.1");
    assertThat(publicVersion).doesNotContain("de Vries", "Janssen", "Melder", "medewerkers zijn geschoold; ");
    String documentId = (String) runtime.getVariable(pi.getId(), "publicationDocumentId");
    assertThat(documents.forCase(caseNumber)).extracting(CaseDocument::id).contains(documentId);
  }

  @Test
  void publishesOnTheDateAfterTheViewTermPassed() {
    ProcessInstance pi = noticeSent();
    String caseNumber = caseNumber(pi);

    decide(pi, "publiceren", "2026-12-22");

    assertThat(pi).hasPassed(VIEW_TERM_EXPIRED, SEND_DECISION).hasNotPassed(VIEW_RECEIVED)
        .isWaitingAt(AWAIT_PUBLICATION_DATE);
    assertThat(timerDue(management, pi, PUBLICATION_DATE)).isEqualTo(at("2026-12-22T00:00"));
    assertThat(publications.published(publication(caseNumber).id())).isEmpty();
    assertThat(PdfDocuments.letterText(caseNumber, "openbaarmaking-besluit")).contains("op 22 december 2026",
        "Transparantie over de kwaliteit weegt zwaar.", "U heeft binnen de gestelde termijn geen zienswijze gegeven.",
        "Bezwaar maken", "artikel 8:81 Awb");

    setClock("2026-12-22T00:00");
    fireDueTimers(management, pi);

    assertThat(pi).hasPassed(PUBLISH, PUBLISHED).isEnded();
    Publication published = publication(caseNumber);
    assertThat(published.status()).isEqualTo(PublicationStatus.GEPUBLICEERD);
    assertThat(published.publicationDate()).isEqualTo(LocalDate.of(2026, 12, 22));
    assertThat(published.documentId()).isEqualTo(history.createHistoricVariableInstanceQuery()
        .processInstanceId(pi.getId()).variableName("publicationDocumentId").singleResult().getValue());
    assertThat(published.title()).isEqualTo("Toezichtrapport Wmo Zorg Thuis Zuid B.V.");
    assertThat(publications.published()).extracting(Publication::id).contains(published.id());
  }

  @Test
  void publishesAfterTheProvidersViewArrives() {
    ProcessInstance pi = noticeSent();
    String caseNumber = caseNumber(pi);

    setClock("2026-11-30T10:00");
    runtime.createMessageCorrelation(PublicationProcess.Messages.VIEW_RECEIVED).processInstanceBusinessKey(caseNumber)
        .setVariable("publicationView", "Wij hebben de medicatieregistratie inmiddels verbeterd.").correlate();
    assertThat(pi).hasPassed(VIEW_RECEIVED).hasNotPassed(VIEW_TERM_EXPIRED).isWaitingAt(DECIDE);
    assertThat(task(DECIDE, pi)).hasCandidateGroup("college");

    complete(task(DECIDE, pi), withVariables("publicationDecision", "publiceren", "publicationDate", "2026-12-14",
        "publicationMotivation", "De verbetering doet niet af aan de bevindingen."));
    runAsyncJobs(management, pi);
    assertThat(PdfDocuments.letterText(caseNumber, "openbaarmaking-besluit"))
        .contains("U heeft uw zienswijze op de openbaarmaking gegeven.", "op 14 december 2026");

    setClock("2026-12-14T00:00");
    fireDueTimers(management, pi);

    assertThat(pi).hasPassed(PUBLISH, PUBLISHED).isEnded();
    assertThat(publication(caseNumber).status()).isEqualTo(PublicationStatus.GEPUBLICEERD);
  }

  @Test
  void doesNotPublishWhenTheCollegeDecidesSo() {
    ProcessInstance pi = noticeSent();
    String caseNumber = caseNumber(pi);

    decide(pi, "nietPubliceren", null);

    assertThat(pi).hasPassed(SEND_DECISION, RECORD_NOT_PUBLISHED, NOT_PUBLISHED).hasNotPassed(PUBLISH).isEnded();
    assertThat(publication(caseNumber).status()).isEqualTo(PublicationStatus.NIET_GEPUBLICEERD);
    assertThat(publications.published()).extracting(Publication::caseNumber).doesNotContain(caseNumber);
    assertThat(PdfDocuments.letterText(caseNumber, "openbaarmaking-besluit"))
        .contains("Het college maakt het toezichtrapport niet openbaar.").doesNotContain("Bezwaar maken");
  }

  @Test
  void holdsThePublicationWhileTheCourtDecidesAndPublishesWhenAllowed() {
    ProcessInstance pi = noticeSent();
    String caseNumber = caseNumber(pi);
    decide(pi, "publiceren", "2026-12-22");

    setClock("2026-12-15T10:00");
    runtime.createMessageCorrelation(PublicationProcess.Messages.HELD).processInstanceBusinessKey(caseNumber)
        .setVariable("courtCaseReference", "ROE 26/1234").correlate();
    assertThat(pi).hasPassed(HELD, RECORD_HELD).isWaitingAt(COURT_RULING);
    assertThat(publication(caseNumber).status()).isEqualTo(PublicationStatus.OPGESCHORT);

    // the publication date passes while held: nothing is published
    setClock("2026-12-23T10:00");
    fireDueTimers(management, pi);
    assertThat(pi).isWaitingAt(COURT_RULING).hasNotPassed(PUBLISH);
    assertThat(publications.published()).extracting(Publication::caseNumber).doesNotContain(caseNumber);

    runtime.createMessageCorrelation(PublicationProcess.Messages.COURT_RULING).processInstanceBusinessKey(caseNumber)
        .setVariable("courtRuling", "toegestaan").correlate();
    fireDueTimers(management, pi); // the date is past: publish at once

    assertThat(pi).hasPassed(PUBLICATION_DATE_AFTER_RULING, PUBLISH, PUBLISHED).isEnded();
    assertThat(publication(caseNumber).status()).isEqualTo(PublicationStatus.GEPUBLICEERD);
  }

  @Test
  void doesNotPublishWhenTheCourtForbidsIt() {
    ProcessInstance pi = noticeSent();
    String caseNumber = caseNumber(pi);
    decide(pi, "publiceren", "2026-12-22");

    runtime.createMessageCorrelation(PublicationProcess.Messages.HELD).processInstanceBusinessKey(caseNumber).correlate();
    runtime.createMessageCorrelation(PublicationProcess.Messages.COURT_RULING).processInstanceBusinessKey(caseNumber)
        .setVariable("courtRuling", "verboden").correlate();
    runAsyncJobs(management, pi);

    assertThat(pi).hasPassed(RECORD_FORBIDDEN, FORBIDDEN).hasNotPassed(PUBLISH).isEnded();
    assertThat(publication(caseNumber).status()).isEqualTo(PublicationStatus.NIET_GEPUBLICEERD);
    assertThat(publications.published()).extracting(Publication::caseNumber).doesNotContain(caseNumber);
  }

  @Test
  void aSecondRequestForTheSameCaseEndsAtOnce() {
    ProcessInstance investigation = PublicationTestCases.investigation(runtime);
    ProcessInstance first = requested(investigation);
    ProcessInstance second = requested(investigation);

    assertThat(first).isWaitingAt(PREPARE_VERSION);
    assertThat(second).hasPassed(DUPLICATE).isEnded();
    assertThat(runtime.createProcessInstanceQuery().processDefinitionKey(PublicationProcess.KEY)
        .processInstanceBusinessKey(investigation.getBusinessKey()).active().count()).isEqualTo(1);
  }

  @Test
  void refusesAPublicationDateInThePast() {
    ProcessInstance pi = noticeSent();
    setClock("2026-12-08T00:00");
    fireDueTimers(management, pi);

    assertThatThrownBy(() -> complete(task(DECIDE, pi), withVariables("publicationDecision", "publiceren",
        "publicationDate", "2026-12-01", "publicationMotivation", "Zo snel mogelijk.")))
        .hasRootCauseInstanceOf(InvalidInputException.class).hasMessageContaining("publicationDate");
    assertThat(pi).isWaitingAt(DECIDE);
  }
}

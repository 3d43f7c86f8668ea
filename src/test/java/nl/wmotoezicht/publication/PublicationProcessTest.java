package nl.wmotoezicht.publication;

import static nl.wmotoezicht.investigation.InvestigationProcess.Variables.THEME_SAFETY;
import static nl.wmotoezicht.kernel.CaseVariables.CASE_NUMBER;
import static nl.wmotoezicht.publication.PublicationProcess.Variables.DECISION;
import static nl.wmotoezicht.publication.PublicationProcess.Variables.EARLY_PUBLICATION_MOTIVATION;
import static nl.wmotoezicht.publication.PublicationProcess.Variables.MOTIVATION;
import static nl.wmotoezicht.publication.PublicationProcess.Variables.PERSONAL_DATA_REMOVED;
import static nl.wmotoezicht.publication.PublicationProcess.Variables.PUBLICATION_DOCUMENT_ID;
import static nl.wmotoezicht.publication.PublicationProcess.Variables.TITLE;
import static nl.wmotoezicht.publication.PublicationProcess.Variables.VIEW;
import static nl.wmotoezicht.publication.PublicationProcess.Variables.VIEW_TERM;
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

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.mail.Message;
import jakarta.mail.internet.MimeMessage;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import nl.wmotoezicht.bezwaar.BezwaarProcess;
import nl.wmotoezicht.documents.CaseDocument;
import nl.wmotoezicht.documents.CaseDocuments;
import nl.wmotoezicht.kernel.CaseVariables;
import nl.wmotoezicht.kernel.InvalidInputException;
import nl.wmotoezicht.kernel.ProviderVariables;
import nl.wmotoezicht.testsupport.ApiClient;
import nl.wmotoezicht.testsupport.PdfDocuments.Attachment;
import nl.wmotoezicht.testsupport.PdfDocuments;
import nl.wmotoezicht.testsupport.ProcessScenario;
import nl.wmotoezicht.testsupport.TestMailServer;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/** Every path of {@code processes/openbaarmaking.bpmn}: published, not published, held by a court. */
@ProcessScenario
@ExtendWith(PublicationTestModel.class)
class PublicationProcessTest {

  @Autowired ProcessEngine engine;
  @Autowired RuntimeService runtime;
  @Autowired ManagementService management;
  @Autowired HistoryService history;
  @Autowired Publications publications;
  @Autowired CaseDocuments documents;
  @LocalServerPort int port;

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
    variables.put(DECISION.name(), decision);
    variables.put(PublicationProcess.Variables.PUBLICATION_DATE.name(), date);
    variables.put(MOTIVATION.name(), "Transparantie over de kwaliteit weegt zwaar.");
    complete(task(DECIDE, pi), variables);
    runAsyncJobs(management, pi);
  }

  private String caseNumber(ProcessInstance pi) {
    return (String) runtime.getVariable(pi.getId(), CASE_NUMBER.name());
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
    assertThat(pi).variables().containsEntry(THEME_SAFETY.name(), "voldoetNiet")
        .containsEntry("publicationFindingsVeiligheid", "Bij " + PublicationTestCases.CLIENT_NAME + " is medicatie niet afgetekend.")
        .containsEntry("publicationConclusion", "De aanbieder voldoet niet aan de eisen van veiligheid.")
        .containsEntry(TITLE.name(), "Toezichtrapport Wmo Zorg Thuis Zuid B.V.")
        .containsEntry(VIEW_TERM.name(), "P2W");
    assertThat(publication(caseNumber).status()).isEqualTo(PublicationStatus.VOORBEREIDING);

    // the confirmation that personal data is removed is required
    Map<String, Object> unconfirmed = PublicationTestCases.publicationVersion();
    unconfirmed.put(PERSONAL_DATA_REMOVED.name(), false);
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
    String documentId = (String) runtime.getVariable(pi.getId(), PUBLICATION_DOCUMENT_ID.name());
    assertThat(documents.forCase(caseNumber)).extracting(CaseDocument::id).contains(documentId);
  }

  /** An objection against the college's publication decision, decided with {@code outcome} on 15 December. */
  private ProcessInstance objectionDecided(String caseNumber, String outcome) {
    setClock("2026-12-10T10:00");
    Map<String, Object> variables = new HashMap<>();
    CaseVariables.MUNICIPALITY_CODE.put(variables, "GM0917");
    ProviderVariables.PROVIDER_NAME.put(variables, "Zorg Thuis Zuid B.V.");
    ProviderVariables.PROVIDER_EMAIL.put(variables, "kwaliteit@zorgthuiszuid.example");
    BezwaarProcess.Variables.DECISION_KIND.put(variables, PublicationProcess.Variables.PUBLICATION_DECISION_KIND);
    BezwaarProcess.Variables.DECISION_MADE_KNOWN_ON.put(variables, "2026-12-08");
    runtime.createMessageCorrelation(BezwaarProcess.Messages.RECEIVED).processInstanceBusinessKey(caseNumber)
        .setVariables(variables).correlate();
    ProcessInstance objection = runtime.createProcessInstanceQuery().processDefinitionKey(BezwaarProcess.KEY)
        .variableValueEquals(BezwaarProcess.Variables.DECISION_CASE_NUMBER.name(), caseNumber).singleResult();
    Map<String, Object> hearing = new HashMap<>();
    hearing.put("hearingDate", "2026-12-14");
    hearing.put("hearingPlace", "Gemeentehuis Heerlen, kamer 2.14, 10.00 uur");
    complete(task(BezwaarProcess.Elements.PLAN_HEARING, objection), hearing);
    runAsyncJobs(management, objection);
    setClock("2026-12-15T10:00");
    Map<String, Object> decision = new HashMap<>();
    BezwaarProcess.Variables.OUTCOME.put(decision, outcome);
    decision.put("objectionMotivation", "Heroverweging van het besluit tot openbaarmaking.");
    complete(task(BezwaarProcess.Elements.DECIDE, objection), decision);
    runAsyncJobs(management, objection);
    return objection;
  }

  @Test
  void anUpheldObjectionAgainstThePublicationDecisionStopsThePublicationBeforeItsDate() {
    ProcessInstance pi = noticeSent();
    String caseNumber = caseNumber(pi);
    decide(pi, "publiceren", "2026-12-22");
    assertThat(pi).isWaitingAt(AWAIT_PUBLICATION_DATE);

    objectionDecided(caseNumber, "gegrond");

    // the decision is revoked (art. 7:11 lid 2 Awb): the case ends as withdrawn, nothing waits for the date
    assertThat(pi).hasPassed(OBJECTION_DECIDED, APPLY_OBJECTION_DECISION, WITHDRAWN_ON_OBJECTION, RECORD_WITHDRAWN,
        WITHDRAWN).hasNotPassed(PUBLISH, OBJECTION_PROCESSED).isEnded();
    assertThat(history.createHistoricVariableInstanceQuery().processInstanceId(pi.getId()).variableName(PublicationProcess.Variables.OUTCOME.name())
        .singleResult().getValue()).isEqualTo("ingetrokkenOpBezwaar");
    assertThat(management.createJobQuery().processInstanceId(pi.getId()).count()).isZero();
    setClock("2026-12-22T10:00");
    fireDueTimers(management, pi);
    assertThat(publication(caseNumber).status()).isEqualTo(PublicationStatus.NIET_GEPUBLICEERD);
    assertThat(publications.published()).extracting(Publication::caseNumber).doesNotContain(caseNumber);
    assertThat(publications.published(publication(caseNumber).id())).isEmpty();
  }

  @Test
  void anUnfoundedObjectionAgainstThePublicationDecisionLetsItRunOn() {
    ProcessInstance pi = noticeSent();
    String caseNumber = caseNumber(pi);
    decide(pi, "publiceren", "2026-12-22");

    objectionDecided(caseNumber, "ongegrond");

    assertThat(pi).hasPassed(APPLY_OBJECTION_DECISION, OBJECTION_PROCESSED).hasNotPassed(WITHDRAWN)
        .isWaitingAt(AWAIT_PUBLICATION_DATE);
    assertThat(timerDue(management, pi, PUBLICATION_DATE)).isEqualTo(at("2026-12-22T00:00"));
    setClock("2026-12-22T00:00");
    fireDueTimers(management, pi);
    assertThat(pi).hasPassed(PUBLISH, PUBLISHED).isEnded();
    assertThat(publication(caseNumber).status()).isEqualTo(PublicationStatus.GEPUBLICEERD);
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
        .processInstanceId(pi.getId()).variableName(PUBLICATION_DOCUMENT_ID.name()).singleResult().getValue());
    assertThat(published.title()).isEqualTo("Toezichtrapport Wmo Zorg Thuis Zuid B.V.");
    assertThat(publications.published()).extracting(Publication::id).contains(published.id());
  }

  @Test
  void publishesAfterTheProvidersViewArrives() {
    ProcessInstance pi = noticeSent();
    String caseNumber = caseNumber(pi);

    setClock("2026-11-30T10:00");
    runtime.createMessageCorrelation(PublicationProcess.Messages.VIEW_RECEIVED).processInstanceBusinessKey(caseNumber)
        .setVariable(VIEW.name(), "Wij hebben de medicatieregistratie inmiddels verbeterd.").correlate();
    assertThat(pi).hasPassed(VIEW_RECEIVED).hasNotPassed(VIEW_TERM_EXPIRED).isWaitingAt(DECIDE);
    assertThat(task(DECIDE, pi)).hasCandidateGroup("college");

    complete(task(DECIDE, pi), withVariables(DECISION.name(), "publiceren", PublicationProcess.Variables.PUBLICATION_DATE.name(), "2026-12-14",
        MOTIVATION.name(), "De verbetering doet niet af aan de bevindingen."));
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
        .setVariable(PublicationProcess.Variables.COURT_RULING.name(), "toegestaan").correlate();
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
        .setVariable(PublicationProcess.Variables.COURT_RULING.name(), "verboden").correlate();
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

    assertThatThrownBy(() -> complete(task(DECIDE, pi), withVariables(DECISION.name(), "publiceren",
        PublicationProcess.Variables.PUBLICATION_DATE.name(), "2026-12-01", MOTIVATION.name(), "Zo snel mogelijk.")))
        .hasRootCauseInstanceOf(InvalidInputException.class).hasMessageContaining("publicationDate");
    assertThat(pi).isWaitingAt(DECIDE);
  }

  @Test
  void aPublicationDateBeforeTheAdvisedTwoWeeksNeedsAMotivation() {
    ProcessInstance pi = noticeSent();
    setClock("2026-12-08T00:00");
    fireDueTimers(management, pi);
    setClock("2026-12-08T10:00");
    assertThat(pi).isWaitingAt(DECIDE);
    // the form shows the advised date: two weeks after the decision (art. 8:81 Awb)
    assertThat(engine.getTaskService().getVariable(task(DECIDE, pi).getId(), "advisedPublicationDate"))
        .isEqualTo("2026-12-22");

    assertThatThrownBy(() -> complete(task(DECIDE, pi), withVariables(DECISION.name(), "publiceren",
        PublicationProcess.Variables.PUBLICATION_DATE.name(), "2026-12-21", MOTIVATION.name(), "Transparantie.")))
        .hasRootCauseInstanceOf(InvalidInputException.class).hasMessageContaining("earlyPublicationMotivation")
        .hasMessageContaining("22 december 2026");
    assertThat(pi).isWaitingAt(DECIDE);

    complete(task(DECIDE, pi), withVariables(DECISION.name(), "publiceren", PublicationProcess.Variables.PUBLICATION_DATE.name(), "2026-12-10",
        MOTIVATION.name(), "Transparantie.",
        EARLY_PUBLICATION_MOTIVATION.name(), "Cliënten lopen nu risico; zij moeten dit zo snel mogelijk kunnen lezen."));
    runAsyncJobs(management, pi);

    assertThat(pi).hasPassed(SEND_DECISION).isWaitingAt(AWAIT_PUBLICATION_DATE).variables()
        .containsEntry(EARLY_PUBLICATION_MOTIVATION.name(),
            "Cliënten lopen nu risico; zij moeten dit zo snel mogelijk kunnen lezen.");
    assertThat(timerDue(management, pi, PUBLICATION_DATE)).isEqualTo(at("2026-12-10T00:00"));
  }

  @Test
  void aPublicationDateOnOrAfterTheAdvisedDateNeedsNoExtraMotivation() {
    ProcessInstance pi = noticeSent();
    decide(pi, "publiceren", "2026-12-22");

    assertThat(pi).isWaitingAt(AWAIT_PUBLICATION_DATE);
    assertThat(history.createHistoricVariableInstanceQuery().processInstanceId(pi.getId())
        .variableName(EARLY_PUBLICATION_MOTIVATION.name()).count()).isZero();
  }

  /**
   * The publication shares the investigation's case number: when it has ended, the investigation's file still says
   * that the investigation runs (it said "Zaak beëindigd"), and names the publication's end as that of the
   * publication. What the provider sent in is listed with its date, labels come from the forms, users by name.
   */
  @Test
  void theCaseFileOfARunningInvestigationGivesItsOwnStatusWhenItsPublicationHasEnded() throws Exception {
    ProcessInstance investigation = PublicationTestCases.investigation(runtime);
    String caseNumber = investigation.getBusinessKey();
    ProcessInstance pi = requested(investigation);
    complete(task(PREPARE_VERSION, pi), PublicationTestCases.publicationVersion());
    runAsyncJobs(management, pi);
    setClock("2026-11-30T10:00");
    runtime.createMessageCorrelation(PublicationProcess.Messages.VIEW_RECEIVED).processInstanceBusinessKey(caseNumber)
        .setVariable(VIEW.name(), "Wij zijn het niet eens met de bevindingen.").correlate();
    String decide = task(DECIDE, pi).getId();
    HttpResponse<String> decided = new ApiClient(port).send("POST", "/engine-rest/task/" + decide + "/complete",
        "college-heerlen", "{\"variables\":{\"publicationDecision\":{\"value\":\"nietPubliceren\"},"
            + "\"publicationMotivation\":{\"value\":\"De aanbieder heeft de tekortkoming hersteld.\"}}}");
    assertThat(decided.statusCode()).as(decided.body()).isEqualTo(204);
    runAsyncJobs(management, pi);
    assertThat(pi).isEnded();
    assertThat(investigation).isActive();

    JsonNode file = caseFile(caseNumber, investigation.getId());

    assertThat(file.get("status").get("status").asText()).isEqualTo("Lopend");
    assertThat(file.get("status").get("processInstanceId").asText()).isEqualTo(investigation.getId());
    assertThat(file.get("municipalityName").asText()).isEqualTo("Heerlen");
    List<JsonNode> history = new ArrayList<>();
    file.get("history").forEach(history::add);
    assertThat(history).noneSatisfy(e -> assertThat(e.get("title").asText()).isEqualTo("Zaak beëindigd"));
    assertThat(history).filteredOn(e -> e.get("kind").asText().equals("beeindigd")).singleElement()
        .satisfies(e -> {
          assertThat(e.get("title").asText()).isEqualTo("Openbaarmaking toezichtrapport afgerond");
          assertThat(e.get("processInstanceId").asText()).isEqualTo(pi.getId());
        });
    // the college by name, the motivation by the label of its form field
    assertThat(history).anySatisfy(e -> {
      assertThat(e.get("kind").asText()).isEqualTo("motivering");
      assertThat(e.get("title").asText()).isEqualTo("Motivering");
      assertThat(e.get("user").asText()).isEqualTo("Gemandateerde Heerlen");
      assertThat(e.get("detail").asText()).isEqualTo("De aanbieder heeft de tekortkoming hersteld.");
    });
    assertThat(history).noneSatisfy(e -> assertThat(e.get("title").asText()).contains("publicationMotivation"));
    // what the provider sent in, with its date
    assertThat(history).filteredOn(e -> e.get("kind").asText().equals("ingediend")).singleElement().satisfies(e -> {
      assertThat(e.get("title").asText()).isEqualTo("Ontvangen van de aanbieder: Zienswijze op de openbaarmaking");
      assertThat(e.get("detail").asText()).isEqualTo("Wij zijn het niet eens met de bevindingen.");
      assertThat(e.get("at").asText()).startsWith("2026-11-30T09:00");
    });
    assertThat(file.get("processes")).hasSize(2);

    // read for the publication, the file gives the publication's status
    assertThat(caseFile(caseNumber, pi.getId()).get("status").get("status").asText()).isEqualTo("Afgerond");
    // the status of the case is that of its own process, with each process's own
    HttpResponse<String> status = new ApiClient(port).send("GET", "/api/cases/" + caseNumber, "college-heerlen", null);
    assertThat(status.statusCode()).as(status.body()).isEqualTo(200);
    JsonNode caseStatus = new ObjectMapper().readTree(status.body());
    assertThat(caseStatus.get("state").asText()).isEqualTo("ACTIVE");
    assertThat(caseStatus.get("processes").findValuesAsText("status")).containsExactly("Lopend", "Afgerond");
    // an instance that is no part of the case
    assertThat(new ApiClient(port).send("GET", "/api/cases/" + caseNumber + "/history?processInstanceId="
        + PublicationTestCases.investigation(runtime).getId(), "college-heerlen", null).statusCode()).isEqualTo(404);
  }

  private JsonNode caseFile(String caseNumber, String processInstanceId) throws Exception {
    HttpResponse<String> response = new ApiClient(port).send("GET", "/api/cases/" + caseNumber
        + "/history?processInstanceId=" + processInstanceId, "college-heerlen", null);
    assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
    return new ObjectMapper().readTree(response.body());
  }
}

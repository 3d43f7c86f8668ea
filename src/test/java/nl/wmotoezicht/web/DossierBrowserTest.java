package nl.wmotoezicht.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import nl.wmotoezicht.dwangsom.DwangsomProcess;
import nl.wmotoezicht.investigation.InvestigationProcess;
import nl.wmotoezicht.investigation.ReportingProcess;
import nl.wmotoezicht.publication.PublicationProcess;
import nl.wmotoezicht.testsupport.ApiClient;
import nl.wmotoezicht.testsupport.Browser;
import nl.wmotoezicht.testsupport.TestProvider;
import nl.wmotoezicht.testsupport.ProcessTestSupport;
import nl.wmotoezicht.testsupport.TestMailServer;
import nl.wmotoezicht.testsupport.WmoIntegrationTest;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * A signal walked to publication as the people who work it, and the college's decisions with their facts, in
 * Chromium: the signal arrives over REST with the intake system's API key; the supervisor's triage and investigation
 * steps are the submissions Tasklist makes for her; the college decides on the publication in Tasklist (a date before
 * the advised two weeks asks for a motivation); the supervisor reads the running investigation's Dossier (its own
 * status while the publication has ended, labels from the forms, names, what the provider sent in) and follows the
 * chain to the enforcement case it started; the college decides on a last onder dwangsom with its facts on screen and
 * sets a longer begunstigingstermijn after the zienswijze. Screenshots in {@code target/browser-screenshots/}.
 */
@WmoIntegrationTest
class DossierBrowserTest {

  private static final String SYSTEM = ApiClient.INTAKE_SYSTEM;
  private static final String SUPERVISOR = "toezichthouder";
  private static final String COLLEGE = "college-heerlen";
  private static final ZoneId ZONE = ZoneId.of("Europe/Amsterdam");

  @LocalServerPort int port;
  @Autowired RuntimeService runtime;
  @Autowired TaskService tasks;
  @Autowired ManagementService management;
  @Autowired HistoryService history;
  @Autowired IdentityService identity;
  private final ObjectMapper json = new ObjectMapper();

  @BeforeEach
  void realClock() {
    ClockUtil.reset(); // the browser lives in real time
    TestMailServer.get();
    identity.unlockUser(SUPERVISOR);
    identity.unlockUser(COLLEGE);
  }

  @AfterEach
  void resetClock() {
    ClockUtil.reset();
  }

  private HttpResponse<String> send(String method, String path, String user, String body) throws Exception {
    return new ApiClient(port).send(method, path, user, body);
  }

  private Task openTask(String caseNumber, String processKey, String taskKey) {
    return tasks.createTaskQuery().processInstanceBusinessKey(caseNumber).processDefinitionKey(processKey)
        .taskDefinitionKey(taskKey).singleResult();
  }

  /** The user opens the case's task in Tasklist, claims it, fills its form on screen and completes it. */
  private void work(Browser browser, String caseNumber, String processKey, String taskKey, Map<String, Object> values,
      String screenshot) throws Exception {
    Task task = openTask(caseNumber, processKey, taskKey);
    assertThat(task).as(taskKey + " of " + caseNumber).isNotNull();
    BrowserTestSupport.work(browser, tasks, task.getId(), values, screenshot);
    runJobs(caseNumber);
  }

  private void message(String messageName, String caseNumber, Map<String, Object> values) throws Exception {
    ObjectNode message = json.createObjectNode();
    message.put("messageName", messageName);
    message.put("businessKey", caseNumber);
    ObjectNode variables = message.putObject("processVariables");
    values.forEach((key, value) -> variables.putObject(key).putPOJO("value", value));
    HttpResponse<String> response = send("POST", "/engine-rest/message", SYSTEM, message.toString());
    assertThat(response.statusCode()).as(messageName + ": " + response.body()).isEqualTo(204);
    runJobs(caseNumber);
  }

  private void runJobs(String caseNumber) {
    for (ProcessInstance instance : runtime.createProcessInstanceQuery().processInstanceBusinessKey(caseNumber)
        .list()) {
      ProcessTestSupport.runAsyncJobs(management, instance);
    }
  }

  private void scrollTo(Browser browser, WebElement element) {
    BrowserTestSupport.scrollTo(browser, element);
  }

  private void openAndClaim(Browser browser, String taskId) {
    BrowserTestSupport.openAndClaim(browser, taskId);
  }

  private void openDossier(Browser browser) {
    browser.click(browser.waitFor(By.xpath("//ul[contains(@class,'nav-tabs')]//a[normalize-space(.)='Dossier']")));
    browser.waitFor(By.cssSelector(".wmo-dossier .wmo-history"));
  }

  private static String text(WebElement element) {
    return element.getDomProperty("textContent");
  }

  /** What a form shows: its text and the values of its fields. */
  private static String formText(Browser browser, WebElement form) {
    return text(form) + " | " + ((JavascriptExecutor) browser.driver()).executeScript(
        "return Array.from(arguments[0].querySelectorAll('input:not([type=hidden]), textarea')).map(e => e.value).join(' | ')", form);
  }

  /** Chooses an option of the Camunda Forms select with this label, by the option's label. */
  private void choose(Browser browser, String fieldLabel, String option) {
    WebElement field = browser.waitFor(By.xpath("//*[contains(concat(' ', @class, ' '), ' fjs-form-field-select ')]"
        + "[.//label[starts-with(normalize-space(.), '" + fieldLabel + "')]]"));
    scrollTo(browser, field);
    browser.click(field.findElement(By.cssSelector(".fjs-input-group")));
    browser.click(browser.waitFor(By.xpath("//*[contains(@class,'fjs-dropdownlist-item') and normalize-space(.)='"
        + option + "']")));
  }

  @Test
  void aSignalWalkedToPublicationTellsItsStoryAndTheCollegeDecidesWithTheFacts() throws Exception {
    // the signal, from the municipality's intake system with its API key
    ObjectNode signal = json.createObjectNode();
    signal.put("reporterReference", UUID.randomUUID().toString());
    signal.put("signalSource", "toegang");
    signal.put("providerName", "Zorg Thuis Zuid B.V.");
    signal.put("providerKvkNumber", "12345678");
    signal.put("providerEmail", "kwaliteit@zorgthuiszuid.example");
    signal.put("location", "Wijkteam Heerlen-Noord");
    signal.put("municipalityCode", "GM0917");
    signal.put("description", "Begeleiding komt al weken niet opdagen; cliënten worden niet gebeld.");
    signal.put("observedOn", LocalDate.now(ZONE).minusDays(5).toString());
    signal.put("reporterName", "Team Toegang Heerlen");
    signal.put("reporterEmail", "toegang@heerlen.demo.example");
    HttpResponse<String> created = send("POST", "/api/signal-reports", SYSTEM, signal.toString());
    assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
    String caseNumber = json.readTree(created.body()).get("caseNumber").asText();
    runJobs(caseNumber);
    String signalProcess = InvestigationProcess.KEY;

    // the supervisor's steps, on screen in Tasklist: triage, the power she used, the judgements, a repair offer
    try (Browser browser = Browser.open(port)) {
      browser.login("tasklist", SUPERVISOR, "demo");
      browser.submitLogin();
      browser.waitForText(By.tagName("body"), "Proces starten");
      Map<String, Object> triage = new HashMap<>(Map.of("onderwerp", "kwaliteit", "binnenReikwijdte", true,
          "acuutGevaarClienten", false, "veelClientenGeraakt", true,
          "triageMotivation", "Meerdere cliënten zonder begeleiding."));
      work(browser, caseNumber, signalProcess, InvestigationProcess.Elements.TRIAGE, triage, "walk-signaal-01-triage");

      // the power she used: the urgency by its name, the date picker in Dutch with the week from Monday
      Task power = openTask(caseNumber, signalProcess, InvestigationProcess.Elements.RECORD_POWER_USE);
      BrowserTestSupport.openAndClaim(browser, power.getId());
      WebElement urgency = browser.waitFor(By.cssSelector(".fjs-form label[for$='-Field_urgency']"))
          .findElement(By.xpath("./ancestor::*[contains(@class,'fjs-form-field')][1]"));
      browser.waiting().until(d -> !text(urgency).replace("Urgentie", "").isBlank());
      assertThat(text(urgency)).containsAnyOf("Spoed: direct starten", "Hoog: met voorrang", "Normaal: gewone planning");
      Browser.toDocs(BrowserTestSupport.assertDutchDatePicker(browser, "Field_powerDate",
          "walk-signaal-02-datumkiezer-maandag-eerst"), "tasklist-datumkiezer.png");
      BrowserTestSupport.fill(browser, BrowserTestSupport.formOf(tasks, power.getId()), Map.of(
          "powerLegalBasis", "awb-5:17", "powerDate", LocalDate.now(ZONE).toString(),
          "powerDescription", "Roosters van oktober en november ingezien.",
          "powerMotivation", "Alleen de roosters tonen of de uitval structureel is.", "cooperationRefused", false,
          "anotherPower", false));
      browser.screenshot("walk-signaal-03-bevoegdheid");
      BrowserTestSupport.complete(browser, tasks, power.getId());
      runJobs(caseNumber);

      work(browser, caseNumber, signalProcess, InvestigationProcess.Elements.JUDGE_THEMES, Map.of(
          "judgementClientgerichtheid", "voldoetDeels", "findingsClientgerichtheid",
          "Cliënten worden niet gebeld bij uitval.", "judgementProfessionaliteit", "voldoet",
          "findingsProfessionaliteit", "Bevoegd personeel.", "judgementVeiligheid", "voldoetNiet",
          "findingsVeiligheid", "Structurele uitval van begeleiding."), "walk-signaal-04-oordeel-per-thema");
      work(browser, caseNumber, ReportingProcess.KEY, ReportingProcess.Elements.CHOOSE_REPAIR_OR_ESCALATE, Map.of(
          "repairRoute", "herstelaanbod", "repairActions", "Invalpool en belprotocol.", "repairTerm", "P4W"),
          "walk-signaal-05-herstelaanbod");
    }

    // the manager follows the term in Cockpit: the repair timer on the diagram with its Dutch date and basis
    ProcessInstance reporting = runtime.createProcessInstanceQuery().processInstanceBusinessKey(caseNumber)
        .processDefinitionKey(ReportingProcess.KEY).singleResult();
    LocalDate repairEnds = LocalDate.ofInstant(management.createJobQuery().processInstanceId(reporting.getId())
        .timers().activityId("Event_RepairTermExpired").singleResult().getDuedate().toInstant(), ZONE);
    try (Browser browser = Browser.open(port)) {
      browser.login("cockpit", "manager-heerlen", "demo");
      browser.submitLogin();
      browser.waitForText(By.tagName("body"), "Processen");
      browser.go("/camunda/app/cockpit/default/#/process-instance/" + reporting.getId() + "/runtime");
      WebElement timer = browser.waitFor(By.cssSelector(".wmo-timer-overlay[data-activity='Event_RepairTermExpired']"));
      assertThat(text(timer)).contains(repairEnds.format(DateTimeFormatter.ofPattern("d MMMM yyyy",
          java.util.Locale.forLanguageTag("nl"))), "herstelaanbod");
      browser.waitForText(By.tagName("body"), "Variabelen");
      assertThat(browser.driver().findElement(By.tagName("body")).getText()).doesNotContain("Process Instance",
          "Due Date", "Variables");
      browser.screenshot("walk-signaal-06-cockpit-hersteltermijn-op-het-diagram");
    }

    // the provider reports its repair; the supervisor assesses it, writes the report, weighs the zienswijze
    message(InvestigationProcess.Messages.REPAIR_REPORTED, caseNumber,
        Map.of("repairReport", "Invalpool ingericht per 1 december."));
    try (Browser browser = Browser.open(port)) {
      browser.login("tasklist", SUPERVISOR, "demo");
      browser.submitLogin();
      browser.waitForText(By.tagName("body"), "Proces starten");
      work(browser, caseNumber, ReportingProcess.KEY, ReportingProcess.Elements.ASSESS_REPAIR, Map.of(
          "repairSufficient", false, "repairAssessment", "De invalpool dekt de avonden niet."),
          "walk-signaal-07-herstel-beoordelen");
      work(browser, caseNumber, ReportingProcess.KEY, ReportingProcess.Elements.WRITE_CONCEPT_REPORT,
          Map.of("reportConclusion", "De veiligheid voldoet niet."), "walk-signaal-08-conceptrapport");
      message(InvestigationProcess.Messages.ZIENSWIJZE_RECEIVED, caseNumber,
          Map.of("zienswijze", "Wij breiden de invalpool uit met vier medewerkers."));
      work(browser, caseNumber, ReportingProcess.KEY, ReportingProcess.Elements.PROCESS_ZIENSWIJZE,
          Map.of("zienswijzeResponse", "Opgenomen; het oordeel blijft."), "walk-signaal-09-zienswijze");
      work(browser, caseNumber, ReportingProcess.KEY, ReportingProcess.Elements.FINAL_REPORT,
          Map.of("finalConclusion", "De veiligheid voldoet niet; handhaving is nodig."),
          "walk-signaal-10-definitief-rapport");
      // the report goes to publication; the supervisor makes the public version
      work(browser, caseNumber, PublicationProcess.KEY, PublicationProcess.Elements.PREPARE_VERSION, Map.of(
          "publicationTitle", "Toezichtrapport Wmo Zorg Thuis Zuid B.V.",
          "publicationFindingsClientgerichtheid", "Cliënten worden niet gebeld bij uitval.",
          "publicationFindingsProfessionaliteit", "Bevoegd personeel.",
          "publicationFindingsVeiligheid", "Structurele uitval van begeleiding.",
          "publicationConclusion", "De veiligheid voldoet niet.", "personalDataRemoved", true),
          "walk-signaal-11-openbare-versie");
    }
    assertThat(history.createHistoricTaskInstanceQuery().processInstanceBusinessKey(caseNumber).finished()
        .taskAssignee(SUPERVISOR).count()).isEqualTo(9);
    // the provider gives its view on the publication
    message(PublicationProcess.Messages.VIEW_RECEIVED, caseNumber,
        Map.of("publicationView", "Wij vragen de openbaarmaking uit te stellen tot de invalpool werkt."));

    LocalDate tomorrow = LocalDate.now(ZONE).plusDays(1);
    try (Browser browser = Browser.open(port)) {
      browser.login("tasklist", COLLEGE, "demo");
      browser.submitLogin();
      browser.waitForText(By.tagName("body"), "Proces starten");
      openAndClaim(browser, openTask(caseNumber, PublicationProcess.KEY, PublicationProcess.Elements.DECIDE).getId());
      WebElement form = browser.waitFor(By.cssSelector(".fjs-form"));
      browser.waitForText(By.cssSelector(".fjs-form"), "Het openbare rapport waarover u beslist");
      // the facts: the judgements by their Dutch names, the findings, the provider's view
      assertThat(formText(browser, form)).contains("Voldoet niet", "Structurele uitval van begeleiding.",
          "Wij vragen de openbaarmaking uit te stellen").doesNotContain("voldoetNiet");
      browser.screenshot("dossier-01-college-openbaarmaking-feiten");
      browser.click(browser.waitFor(By.xpath("//label[normalize-space(.)='Openbaar maken']")));
      WebElement date = browser.waitFor(By.cssSelector("input[id$='Field_publicationDate-date']"));
      scrollTo(browser, date);
      date.click();
      date.sendKeys(tomorrow.format(DateTimeFormatter.ofPattern("d-M-yyyy")));
      date.sendKeys(Keys.ENTER);
      // a date before the advised two weeks asks for its own motivation
      WebElement early = browser.waitFor(By.cssSelector("textarea[id$='Field_earlyPublicationMotivation']"));
      scrollTo(browser, early);
      assertThat(text(form)).contains("Geadviseerde publicatiedatum",
          "Motivering van een publicatiedatum vóór de geadviseerde datum");
      browser.screenshot("dossier-02-college-publicatiedatum-eerder-dan-geadviseerd");
      early.sendKeys("Cliënten lopen nu risico; zij en hun mantelzorgers moeten dit direct kunnen lezen.");
      WebElement motivation = browser.driver().findElement(By.cssSelector(
          "textarea[id$='Field_publicationMotivation']"));
      scrollTo(browser, motivation);
      motivation.sendKeys("Transparantie over de kwaliteit van zorg weegt zwaarder dan het belang van de aanbieder.");
      browser.click(browser.driver().findElement(By.xpath("//button[normalize-space(.)='Afronden']")));
      browser.waiting().until(d -> openTask(caseNumber, PublicationProcess.KEY, PublicationProcess.Elements.DECIDE)
          == null);
    }
    ProcessInstance publication = runtime.createProcessInstanceQuery().processInstanceBusinessKey(caseNumber)
        .processDefinitionKey(PublicationProcess.KEY).singleResult();
    assertThat(runtime.getVariable(publication.getId(), "earlyPublicationMotivation")).asString()
        .startsWith("Cliënten lopen nu risico");
    runJobs(caseNumber);
    // the publication date comes: the report is published and the publication ends; the investigation runs on
    ProcessTestSupport.setClock(tomorrow + "T00:05");
    ProcessTestSupport.fireDueTimers(management, publication);
    ClockUtil.reset();
    assertThat(runtime.createProcessInstanceQuery().processInstanceId(publication.getId()).count()).isZero();

    String adviceTask = openTask(caseNumber, signalProcess, "Task_AdviseCollege").getId();
    try (Browser browser = Browser.open(port)) {
      browser.login("tasklist", SUPERVISOR, "demo");
      browser.submitLogin();
      browser.waitForText(By.tagName("body"), "Proces starten");
      openAndClaim(browser, adviceTask);
      openDossier(browser);
      WebElement dossier = browser.waitFor(By.cssSelector(".wmo-dossier"));
      browser.waitForText(By.cssSelector(".wmo-dossier .wmo-case-status"), "Lopend");
      String file = text(dossier);
      // its own status, and the end of the publication named as such
      assertThat(file).contains("Zaak " + caseNumber, "Status: Lopend", "Openbaarmaking toezichtrapport afgerond")
          .doesNotContain("Zaak beëindigd");
      // labels of the forms and decision tables, Dutch yes/no, users by name
      assertThat(file).contains("Onderbouwing van de triage", "Meerdere cliënten zonder begeleiding.",
          "Doorgeven aan het IKZ: Nee", "Tessa de Vries").doesNotContain("triageMotivation", "doorgevenAanIkz",
          "= false");
      // what the provider sent in, each with its date
      WebElement sent = browser.waitFor(By.cssSelector(".wmo-dossier .wmo-submissions"));
      assertThat(text(sent)).contains("Invalpool ingericht per 1 december.",
          "Wij breiden de invalpool uit met vier medewerkers.",
          "Wij vragen de openbaarmaking uit te stellen tot de invalpool werkt.");
      assertThat(sent.findElements(By.tagName("li"))).hasSize(3);
      browser.screenshot("dossier-03-lopend-onderzoek-na-openbaarmaking");
      scrollTo(browser, browser.driver().findElement(By.cssSelector(".wmo-dossier .wmo-history")));
      Path shot = browser.screenshot("dossier-04-dossier-verloop");
      Browser.toDocs(shot, "dossier.png");

      // the advice to enforce, on screen: it starts the intervention pyramid
      browser.click(browser.waitFor(By.xpath("//ul[contains(@class,'nav-tabs')]//a[normalize-space(.)='Formulier']")));
      BrowserTestSupport.fill(browser, BrowserTestSupport.formOf(tasks, adviceTask), Map.of("adviceOutcome",
          "handhaven", "adviceMotivation", "Herstel onvoldoende.", "seriousness", "groot", "recurrenceChance",
          "groot"));
      browser.screenshot("walk-signaal-12-advies-handhaven");
      BrowserTestSupport.complete(browser, tasks, adviceTask);
    }
    runJobs(caseNumber);

    // the chain, both ways
    ProcessInstance pyramid = runtime.createProcessInstanceQuery().processDefinitionKey("interventiepiramide")
        .variableValueEquals("originCaseNumber", caseNumber).singleResult();
    assertThat(pyramid).isNotNull();
    ProcessTestSupport.runAsyncJobs(management, pyramid);
    Task pyramidTask = tasks.createTaskQuery().processInstanceId(pyramid.getId()).list().get(0);
    // the college of the municipality that leads the enforcement has its first task
    String college = identity.createUserQuery().memberOfGroup("college").memberOfTenant(pyramid.getTenantId())
        .list().get(0).getId();
    identity.unlockUser(college);
    try (Browser browser = Browser.open(port)) {
      browser.login("tasklist", college, "demo");
      browser.submitLogin();
      browser.waitForText(By.tagName("body"), "Proces starten");
      browser.go("/camunda/app/tasklist/default/#/?task=" + pyramidTask.getId());
      openDossier(browser);
      WebElement origin = browser.waitFor(By.cssSelector(".wmo-dossier .wmo-origin"));
      assertThat(text(origin)).contains("Voortgekomen uit", caseNumber, "Afgerond");
      browser.screenshot("dossier-05-handhaving-herkomst");
      browser.click(origin.findElement(By.cssSelector("a.wmo-chain-link")));
      browser.waitForText(By.cssSelector(".wmo-dossier .wmo-case-title"), caseNumber);
      WebElement started = browser.waitFor(By.cssSelector(".wmo-dossier .wmo-started"));
      assertThat(text(started)).contains("Leidde tot", pyramid.getBusinessKey(), "Lopend");
      assertThat(text(browser.driver().findElement(By.cssSelector(".wmo-dossier")))).contains("Terug naar zaak "
          + pyramid.getBusinessKey());
      Browser.toDocs(browser.screenshot("dossier-06-keten-signaal-leidde-tot-handhaving"), "dossier-keten.png");
    }
  }

  @Test
  void theCollegeSeesTheLastItDecidesOnAndSetsALongerTermAfterTheZienswijze() throws Exception {
    Map<String, Object> request = new HashMap<>();
    request.put("municipalityCode", "GM0917");
    TestProvider.ZORG_THUIS_ZUID.into(request);
    request.put("violation", "Geen VOG voor medewerkers die cliënten begeleiden.");
    request.put("legalBasis", "art. 3.1 Wmo 2015");
    ProcessInstance last = runtime.createMessageCorrelation(DwangsomProcess.Messages.REQUESTED)
        .setVariables(request).correlateStartMessage();
    Map<String, Object> voornemen = new HashMap<>();
    voornemen.put("sanctionType", "dwangsom");
    voornemen.put("lastDescription", "Zorg dat elke begeleider een geldige VOG heeft.");
    voornemen.put("remedyMeasures", "VOG aanvragen en overleggen.");
    voornemen.put("complianceTerm", "P4W");
    voornemen.put("dwangsomKind", "perTijdseenheid");
    voornemen.put("dwangsomAmount", 500L);
    voornemen.put("dwangsomMaximum", 5000L);
    voornemen.put("timeUnit", "P1W");
    voornemen.put("zienswijzeTerm", "P2W");
    tasks.complete(tasks.createTaskQuery().processInstanceId(last.getId()).singleResult().getId(), voornemen);
    ProcessTestSupport.runAsyncJobs(management, last);
    message(DwangsomProcess.Messages.ZIENSWIJZE_RECEIVED, last.getBusinessKey(),
        Map.of("zienswijze", "Nieuwe begeleiders wachten acht weken op hun VOG; wij vragen acht weken."));
    Task decide = tasks.createTaskQuery().processInstanceId(last.getId())
        .taskDefinitionKey(DwangsomProcess.Elements.DECIDE).singleResult();

    try (Browser browser = Browser.open(port)) {
      browser.login("tasklist", COLLEGE, "demo");
      browser.submitLogin();
      browser.waitForText(By.tagName("body"), "Proces starten");
      openAndClaim(browser, decide.getId());
      WebElement form = browser.waitFor(By.cssSelector(".fjs-form"));
      browser.waitForText(By.cssSelector(".fjs-form"), "De last zoals voorgenomen");
      // the facts before any choice: the last, the term, the amount, the maximum, the zienswijze; names not codes
      assertThat(formText(browser, form)).contains("Zorg dat elke begeleider een geldige VOG heeft.", "500", "5000", "Heerlen")
          .doesNotContain("GM0917");
      assertThat(formText(browser, form)).contains("Begunstigingstermijn in het voornemen", "4 weken",
          "Per tijdseenheid dat de last niet is uitgevoerd", "wij vragen acht weken");
      Browser.toDocs(browser.screenshot("dossier-07-college-besluit-last-met-feiten"), "college-besluit-last.png");

      choose(browser, "Begunstigingstermijn in het besluit", "8 weken");
      WebElement termMotivation = browser.waitFor(By.cssSelector(
          "textarea[id$='Field_complianceTermMotivation']"));
      scrollTo(browser, termMotivation);
      termMotivation.sendKeys("De VOG-aanvraag duurt aantoonbaar tot acht weken; vier weken is te kort.", Keys.TAB);
      browser.screenshot("dossier-08-college-langere-begunstigingstermijn");
      // the choice's text, as a user clicks it: its label selects the radio button
      WebElement imposeLabel = browser.waitFor(By.xpath("//label[normalize-space(.)='Last opleggen']"));
      WebElement impose = imposeLabel.findElement(By.xpath("./input[@type='radio']"));
      // the label points at this radio button and at nothing else (a duplicated id would send the click elsewhere)
      assertThat(((JavascriptExecutor) browser.driver()).executeScript("const l = arguments[0];"
          + " return l.control === arguments[1] && document.querySelectorAll('[id=\"' + l.htmlFor + '\"]').length === 1;",
          imposeLabel, impose)).isEqualTo(true);
      BrowserTestSupport.settled(browser, imposeLabel);
      browser.click(imposeLabel);
      browser.waiting().until(d -> impose.isSelected());
      assertThat(impose.isSelected()).as("Last opleggen chosen by its label").isTrue();
      WebElement motivation = browser.driver().findElement(By.cssSelector("textarea[id$='Field_decisionMotivation']"));
      scrollTo(browser, motivation);
      motivation.sendKeys("De overtreding duurt voort; de zienswijze geeft reden voor een langere termijn.");
      browser.click(browser.driver().findElement(By.xpath("//button[normalize-space(.)='Afronden']")));
      browser.screenshot("dossier-09-college-besluit-afgerond");
      browser.waiting().until(d -> tasks.createTaskQuery().taskId(decide.getId()).count() == 0);
    }
    ProcessTestSupport.runAsyncJobs(management, last);
    assertThat(runtime.getVariable(last.getId(), "complianceTerm")).isEqualTo("P8W");
    assertThat(runtime.getVariable(last.getId(), "complianceTermMotivation")).asString()
        .startsWith("De VOG-aanvraag duurt");
    LocalDate deadline = LocalDate.parse((String) runtime.getVariable(last.getId(), "complianceDeadline"));
    assertThat(deadline).isEqualTo(LocalDate.now(ZONE).plusWeeks(8));
    assertThat(management.createJobQuery().processInstanceId(last.getId()).timers()
        .activityId(DwangsomProcess.Elements.COMPLIANCE_TERM_ENDED).singleResult().getDuedate().toInstant())
        .isEqualTo(deadline.plusDays(1).atStartOfDay(ZONE).toInstant());
  }
}

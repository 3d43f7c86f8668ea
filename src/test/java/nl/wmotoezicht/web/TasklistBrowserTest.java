package nl.wmotoezicht.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URLDecoder;
import java.util.List;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import nl.wmotoezicht.calamity.CalamityProcess;
import nl.wmotoezicht.testsupport.Browser;
import nl.wmotoezicht.testsupport.WmoIntegrationTest;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import java.util.LinkedHashMap;
import nl.wmotoezicht.enforcement.InterventionPyramid;
import java.util.Map;
import nl.wmotoezicht.testsupport.ProcessTestSupport;
import org.camunda.bpm.engine.history.HistoricTaskInstance;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * A supervisor works a calamity in Tasklist in her browser: Dutch screens, her saved filter, the task,
 * the Dossier tab, the form. Screenshots of each step in {@code target/browser-screenshots/}.
 */
@WmoIntegrationTest
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class TasklistBrowserTest {

  @LocalServerPort int port;
  @Autowired RuntimeService runtime;
  @Autowired ManagementService management;
  @Autowired HistoryService history;
  @Autowired TaskService taskService;

  @BeforeEach
  void realClock() {
    ClockUtil.reset(); // the browser lives in real time
  }

  @Test
  @Order(1)
  void aSupervisorFindsTheCalamityThroughHerFilterAndCompletesTheContactTask() throws Exception {
    try (Browser browser = Browser.open(port)) {
      String caseNumber = BrowserTestSupport.reportCalamity(port, runtime, management, "GM0917");

      browser.login("tasklist", "toezichthouder", "demo");
      browser.waiting().until(ExpectedConditions.attributeToBe(By.cssSelector("input[ng-model=username]"),
          "placeholder", "Gebruikersnaam"));
      browser.screenshot("tasklist-01-aanmelden");
      browser.submitLogin();

      WebElement filter = browser.waitFor(By.xpath("//*[contains(@class,'filters')]//a[contains(normalize-space(.),"
          + "'Termijn verloopt deze week')]"));
      browser.waitForText(By.tagName("body"), "Proces starten");
      browser.click(filter);
      browser.waiting().until(ExpectedConditions.urlContains("filter="));
      browser.waitFor(By.cssSelector("ol.tasks-list, [ng-if='!totalItems']"));
      browser.screenshot("tasklist-02-filter-termijn-verloopt-deze-week");

      // the list is sorted as its sort label says: by due date, earliest first (the filters carry no ordering)
      browser.waiting().until(ExpectedConditions.urlContains("sorting="));
      assertThat(URLDecoder.decode(browser.driver().getCurrentUrl(), StandardCharsets.UTF_8))
          .contains("\"sortBy\":\"dueDate\"", "\"sortOrder\":\"asc\"");
      browser.waitForText(By.cssSelector("[cam-sorting-choices] .sort-by"), "Vervaldatum");
      assertThat(browser.driver().findElement(By.cssSelector("[cam-sorting-choices] .sort-direction"))
          .getAttribute("class")).contains("glyphicon-menu-up");

      // she types the case number in Tasklist's search box: only this case's task is left
      WebElement searchBox = browser.waitFor(By.cssSelector("[cam-widget-search] .search-container > input"));
      searchBox.sendKeys(caseNumber);
      searchBox.sendKeys(Keys.ENTER);
      browser.waiting().until(driver -> {
        List<WebElement> listed = driver.findElements(By.cssSelector("ol.tasks-list > li"));
        return !listed.isEmpty() && listed.stream().allMatch(li -> li.getText().contains(caseNumber));
      });
      assertThat(browser.driver().findElements(By.cssSelector("ol.tasks-list > li"))).hasSize(1);
      Browser.toDocs(browser.screenshot("tasklist-02a-zoeken-op-zaaknummer"), "tasklist-zoeken.png");
      String taskId = history.createHistoricTaskInstanceQuery().processInstanceBusinessKey(caseNumber)
          .taskDefinitionKey(CalamityProcess.Elements.CONTACT_REPORTER).unfinished().singleResult().getId();
      WebElement task = browser.waitFor(By.xpath("//ol[contains(@class,'tasks-list')]//a[contains(@href,'task="
          + taskId + "') and normalize-space(.)='Contact opnemen met melder']"));
      // the task shows its case in the list: case number, municipality, provider, last day of its term
      WebElement listed = task.findElement(By.xpath("./ancestor::li[1]"));
      browser.waiting().until(driver -> listed.getText().contains(caseNumber));
      assertThat(listed.getText()).contains("Zaak", caseNumber, "Gemeente", "Heerlen", "Aanbieder", "Termijn t/m");
      browser.screenshot("tasklist-02b-taak-met-zaakgegevens");
      // the list refreshes itself: find the link again before clicking it
      browser.click(browser.waitFor(By.xpath("//ol[contains(@class,'tasks-list')]//a[contains(@href,'task="
          + taskId + "') and normalize-space(.)='Contact opnemen met melder']")));
      browser.click(browser.waitFor(By.xpath("//*[normalize-space(text())='Oppakken']")));
      browser.waitFor(By.cssSelector(".fjs-form textarea"));
      browser.screenshot("tasklist-03-taak-opgepakt");

      browser.click(browser.waitFor(By.xpath("//ul[contains(@class,'nav-tabs')]//a[normalize-space(.)='Dossier']")));
      browser.waitForText(By.cssSelector(".wmo-dossier"), "Zaak " + caseNumber);
      browser.waitForText(By.cssSelector(".wmo-dossier"), "Contact opnemen met melder");
      browser.waitFor(By.cssSelector(".wmo-dossier .wmo-history"));
      browser.screenshot("tasklist-04-dossier");

      browser.click(browser.waitFor(By.xpath("//ul[contains(@class,'nav-tabs')]//a[normalize-space(.)='Formulier']")));
      WebElement date = browser.waitFor(By.cssSelector("input[id$='Field_contactDate-date']"));
      ((JavascriptExecutor) browser.driver()).executeScript("arguments[0].scrollIntoView({block: 'center'});", date);
      // Afronden with nothing filled in: form-js's own check, in Dutch
      browser.click(browser.driver().findElement(By.xpath("//button[normalize-space(.)='Afronden']")));
      browser.waitForText(By.cssSelector(".fjs-form"), "Vul dit veld in.");
      assertThat(browser.driver().findElement(By.cssSelector(".fjs-form")).getText()).doesNotContain("Field is required");
      Browser.toDocs(browser.screenshot("tasklist-04b-verplicht-veld-in-het-nederlands"), "tasklist-formulier.png");
      // the date picker in Dutch, the week starting on Monday (opened with the field's calendar button)
      date.findElements(By.xpath("./ancestor::*[contains(@class,'fjs-input-group')][1]//*[contains(@class,"
          + "'fjs-input-adornment')]")).stream().findFirst().ifPresent(WebElement::click);
      WebElement calendar = browser.waiting().until(ExpectedConditions.presenceOfElementLocated(
          By.cssSelector(".fjs-form .flatpickr-calendar")));
      assertThat(((JavascriptExecutor) browser.driver()).executeScript("return Array.from(arguments[0]"
          + ".querySelectorAll('.flatpickr-weekday')).map(d => d.textContent.trim()).join(' ')", calendar))
          .asString().startsWith("ma di wo do vr za zo");
      String month = ((JavascriptExecutor) browser.driver()).executeScript("const m = arguments[0].querySelector("
          + "'.flatpickr-monthDropdown-months, .cur-month'); return m.options ? m.options[m.selectedIndex].text "
          + ": m.textContent;", calendar).toString().trim();
      assertThat(month).isIn("januari", "februari", "maart", "april", "mei", "juni", "juli", "augustus", "september",
          "oktober", "november", "december");
      browser.screenshot("tasklist-04c-datumkiezer-nederlands");
      date.click();
      // typed the Dutch way: day-month-year
      date.sendKeys(LocalDate.now(ZoneId.of("Europe/Amsterdam")).format(DateTimeFormatter.ofPattern("d-M-yyyy")));
      date.sendKeys(Keys.ENTER);
      WebElement notes = browser.driver().findElement(By.cssSelector("textarea[id$='Field_contactNotes']"));
      ((JavascriptExecutor) browser.driver()).executeScript("arguments[0].scrollIntoView({block: 'center'});", notes);
      notes.sendKeys("Melder gebeld; cliënt is opgenomen, zorgplan wordt aangepast.");
      browser.screenshot("tasklist-05-formulier-ingevuld");
      browser.click(browser.driver().findElement(By.xpath("//button[normalize-space(.)='Afronden']")));
      browser.waiting().until(driver -> history.createHistoricTaskInstanceQuery()
          .processInstanceBusinessKey(caseNumber).taskDefinitionKey(CalamityProcess.Elements.CONTACT_REPORTER)
          .finished().count() == 1);
      browser.waitForText(By.tagName("body"), "Kies een taak uit de lijst.");
      // a confirmation that names the task, and no error notification left
      browser.waitForText(By.cssSelector(".notifications, [cam-notifications]"), "Taak afgerond");
      assertThat(browser.driver().findElement(By.cssSelector(".notifications, [cam-notifications]")).getText())
          .contains("Contact opnemen met melder");
      assertThat(browser.driver().findElements(By.cssSelector(".notifications .alert-danger"))).isEmpty();
      browser.screenshot("tasklist-06-afgerond");

      HistoricTaskInstance done = history.createHistoricTaskInstanceQuery().processInstanceBusinessKey(caseNumber)
          .taskDefinitionKey(CalamityProcess.Elements.CONTACT_REPORTER).finished().singleResult();
      assertThat(done.getAssignee()).isEqualTo("toezichthouder");
      assertThat(history.createHistoricVariableInstanceQuery().processInstanceId(done.getProcessInstanceId())
          .variableName("contactNotes").singleResult().getValue()).asString().startsWith("Melder gebeld");
    }
  }

  @Test
  @Order(2)
  void aManagerLooksAtHisMunicipalitysTaskWithoutBeingOfferedWorkHeCannotDo() throws Exception {
    try (Browser browser = Browser.open(port)) {
      String caseNumber = BrowserTestSupport.reportCalamity(port, runtime, management, "GM0917");
      browser.login("tasklist", "manager-heerlen", "demo");
      browser.submitLogin();
      WebElement filter = browser.waitFor(By.xpath("//*[contains(@class,'filters')]//a[contains(normalize-space(.),"
          + "'Alle open taken van mijn gemeente')]"));
      browser.click(filter);
      browser.waiting().until(ExpectedConditions.urlContains("filter="));
      // open this case's task from the filter by its id: the manager's list holds every open task of Heerlen,
      // including tasks other test classes created on a moved engine clock (dated in the future, so listed first)
      String taskId = history.createHistoricTaskInstanceQuery().processInstanceBusinessKey(caseNumber)
          .taskDefinitionKey(CalamityProcess.Elements.CONTACT_REPORTER).unfinished().singleResult().getId();
      String url = browser.driver().getCurrentUrl();
      browser.driver().get(url + (url.contains("?") ? "&" : "?") + "task=" + taskId);
      browser.waitForText(By.tagName("body"), "U kunt deze taak alleen inzien");
      Browser.toDocs(browser.screenshot("tasklist-07-manager-alleen-inzien"), "tasklist-manager.png");
      assertThat(browser.driver().findElements(By.xpath("//button[normalize-space(.)='Oppakken'] | "
          + "//a[normalize-space(.)='Vervaldatum instellen'] | //button[normalize-space(.)='Afronden']"))
          .stream().filter(WebElement::isDisplayed)).isEmpty();
      // the due date is shown, not offered as a link to change it
      WebElement due = browser.waitFor(By.cssSelector("[cam-tasklist-task-meta] .due-date"));
      assertThat(((JavascriptExecutor) browser.driver()).executeScript("return getComputedStyle(arguments[0])"
          + ".pointerEvents;", due)).isEqualTo("none");
    }
  }

  /**
   * The walk from a calamity to the college's decisions, every step on screen as the user who holds the task: the
   * provider's system reports it over the API with its key; the supervisor works the calamity's tasks in Tasklist
   * (contact, IGJ where needed, the choice, her own investigation and the assessment that escalates to enforcement);
   * the college of Heerlen finds the enforcement case's decision in its list by the case number, with the case under
   * the task, and decides with the facts on screen (names, not codes); a step that deviates from the advised step
   * without a motivation is refused with a Dutch sentence under the field; the contract manager carries out the
   * correction (trede 2) and finds no Cockpit of her own, but a Dutch page saying so.
   */
  @Test
  @Order(3)
  void aCalamityWalkedOnScreenToTheCollegesDecisionsAndTheContractManagersCorrection() throws Exception {
    String caseNumber = BrowserTestSupport.reportCalamity(port, runtime, management, "GM0917");
    ProcessInstance calamity = runtime.createProcessInstanceQuery().processInstanceBusinessKey(caseNumber)
        .processDefinitionKey(CalamityProcess.KEY).singleResult();
    LocalDate today = LocalDate.now(ZoneId.of("Europe/Amsterdam"));
    try (Browser browser = Browser.open(port)) {
      browser.login("tasklist", "toezichthouder", "demo");
      browser.submitLogin();
      browser.waitForText(By.tagName("body"), "Proces starten");
      work(browser, caseNumber, CalamityProcess.Elements.CONTACT_REPORTER, Map.of("contactDate", today.toString(),
          "contactNotes", "Melder gebeld; cliënt ligt in het ziekenhuis."), "walk-calamiteit-01-contact");
      if (Boolean.TRUE.equals(runtime.getVariable(calamity.getId(), "igjCoordinationRequired"))) {
        work(browser, caseNumber, CalamityProcess.Elements.COORDINATE_WITH_IGJ, Map.of("igjLead", "gemeente",
            "igjAgreements", "Wmo onderzoekt; IGJ wordt op de hoogte gehouden."), "walk-calamiteit-02-igj");
      }
      work(browser, caseNumber, CalamityProcess.Elements.CHOOSE_INVESTIGATION, Map.of("investigationBy",
          "toezichthouder", "investigationChoiceMotivation", "Ernstig: cliënt gevallen, geen protocol."),
          "walk-calamiteit-03-onderzoeksvorm");
      work(browser, caseNumber, CalamityProcess.Elements.OWN_INVESTIGATION, Map.of("ownFindings",
          "Geen protocol voor valincidenten; medewerkers niet geschoold."), "walk-calamiteit-04-eigen-onderzoek");
      Map<String, Object> assessment = new LinkedHashMap<>();
      assessment.put("investigationCareful", false);
      assessment.put("measuresSufficient", false);
      assessment.put("assessmentFindings", "Geen maatregelen genomen.");
      assessment.put("escalationRoute", "interventiepiramide");
      assessment.put("seriousness", "groot");
      assessment.put("recurrenceChance", "gemiddeld");
      work(browser, caseNumber, CalamityProcess.Elements.ASSESS_INVESTIGATION, assessment,
          "walk-calamiteit-05-beoordelen-naar-handhaving");
    }
    ProcessTestSupport.runAsyncJobs(management, calamity);
    Task weigh = taskService.createTaskQuery().processVariableValueEquals("originCaseNumber", caseNumber)
        .taskDefinitionKey(InterventionPyramid.Elements.WEIGH_IMMEDIATE_MEASURES).singleResult();
    assertThat(weigh).as("the college's decision of the enforcement case").isNotNull();
    ProcessInstance pyramid = runtime.createProcessInstanceQuery().processInstanceId(weigh.getProcessInstanceId())
        .singleResult();
    String enforcementCase = pyramid.getBusinessKey();

    try (Browser browser = Browser.open(port)) {
      browser.login("tasklist", "college-heerlen", "demo");
      browser.submitLogin();
      browser.click(browser.waitFor(By.xpath("//*[contains(@class,'filters')]//a[contains(normalize-space(.),"
          + "'Taken van mijn groepen')]")));
      browser.waiting().until(ExpectedConditions.urlContains("sorting="));
      WebElement searchBox = browser.waitFor(By.cssSelector("[cam-widget-search] .search-container > input"));
      searchBox.sendKeys(enforcementCase);
      searchBox.sendKeys(Keys.ENTER);
      By listed = By.cssSelector("ol.tasks-list > li");
      browser.waiting().until(driver -> {
        List<WebElement> tasks = driver.findElements(listed);
        return tasks.size() == 1 && tasks.get(0).getText().contains(enforcementCase);
      });
      WebElement row = browser.driver().findElement(listed);
      assertThat(row.getText()).contains("Directe maatregelen afwegen", "Zaak", enforcementCase, "Gemeente",
          "Heerlen", "Aanbieder", "Zorg Thuis Zuid B.V.", "Termijn t/m");
      Browser.toDocs(browser.screenshot("tasklist-08-college-zoekt-zaak"), "tasklist.png");
      browser.click(By.xpath("//ol[contains(@class,'tasks-list')]//a[contains(@href,'task=" + weigh.getId() + "')]"));
      BrowserTestSupport.claimOpened(browser, weigh.getId());
      // the facts it decides on, by their names: the municipality, the measures the table suggests
      browser.waitForText(By.cssSelector(".fjs-form"), "Cliëntenstop");
      assertThat(BrowserTestSupport.formText(browser)).contains(enforcementCase, "Heerlen", "Zorg Thuis Zuid B.V.",
          "Geen maatregelen genomen.").doesNotContain("GM0917", "clientenstop");
      // the task's header names the municipality, where Camunda shows the tenant id (scripts/wmo/gemeente.js)
      browser.waitForText(By.cssSelector(".task-card .tenant-id"), "Heerlen");
      assertThat(browser.driver().findElement(By.cssSelector(".task-card .tenant-id")).getText()).isEqualTo("Heerlen");
      // long Dutch labels and chosen texts can be read whole: none is cut off or runs out of its box
      assertThat(BrowserTestSupport.cutOffTexts(browser)).isEmpty();
      Browser.toDocs(browser.screenshot("tasklist-09-college-besluit"), "tasklist-college-besluit.png");
      BrowserTestSupport.fill(browser, BrowserTestSupport.formOf(taskService, weigh.getId()), Map.of(
          "immediateMeasuresMotivation", "Geen acuut gevaar meer: de cliënt is opgenomen, het team is aangevuld."));
      BrowserTestSupport.complete(browser, taskService, weigh.getId());
      ProcessTestSupport.runAsyncJobs(management, pyramid);

      Task choose = taskService.createTaskQuery().processInstanceId(pyramid.getId())
          .taskDefinitionKey(InterventionPyramid.Elements.CHOOSE_STEPS).singleResult();
      Integer suggested = (Integer) runtime.getVariable(pyramid.getId(), "suggestedStep");
      assertThat(suggested).as("the advised step, so that trede 2 deviates from it").isNotNull().isNotEqualTo(2);
      // the next decision of the case stands in the same list, found by the same search: she opens it there
      browser.click(By.xpath("//ol[contains(@class,'tasks-list')]//a[contains(@href,'task=" + choose.getId() + "')]"));
      BrowserTestSupport.claimOpened(browser, choose.getId());
      assertThat(BrowserTestSupport.formText(browser)).contains("Heerlen").doesNotContain("GM0917");
      browser.screenshot("walk-calamiteit-06-college-trede-kiezen");
      String form = BrowserTestSupport.formOf(taskService, choose.getId());
      Map<String, Object> steps = new LinkedHashMap<>();
      for (int n = 1; n <= 5; n++) {
        steps.put("step" + n, n == 2);
      }
      BrowserTestSupport.fill(browser, form, steps);
      // trede 2 deviates from the advice: without a motivation the server refuses, in a sentence under the field
      browser.click(browser.driver().findElement(By.xpath("//button[normalize-space(.)='Afronden']")));
      WebElement refusal = browser.waitFor(By.cssSelector(".fjs-form .wmo-field-message.wmo-refusal"));
      assertThat(refusal.getText()).contains("trede").doesNotContain("{", "\"type\"", "deviationMotivation");
      assertThat(refusal.findElement(By.xpath("./ancestor::*[contains(@class,'fjs-form-field')][1]"))
          .findElements(By.cssSelector("[id$='-Field_deviationMotivation']"))).hasSize(1);
      assertThat(browser.driver().findElement(By.tagName("body")).getText()).doesNotContain("ongeldige-invoer");
      Browser.toDocs(browser.screenshot("walk-calamiteit-07-geweigerd-met-zin-bij-het-veld"), "tasklist-geweigerd.png");
      assertThat(taskService.createTaskQuery().taskId(choose.getId()).count()).isOne();
      BrowserTestSupport.fill(browser, form, Map.of("deviationMotivation",
          "Eerst corrigeren via het contract: de aanbieder werkt mee en herstelt binnen weken."));
      BrowserTestSupport.complete(browser, taskService, choose.getId());
    }
    ProcessTestSupport.runAsyncJobs(management, pyramid);

    Task correction = taskService.createTaskQuery().processInstanceId(pyramid.getId())
        .taskDefinitionKey(InterventionPyramid.Elements.CORRECTION_MEASURES).singleResult();
    assertThat(correction).as("trede 2 for the contract manager").isNotNull();
    try (Browser browser = Browser.open(port)) {
      browser.login("tasklist", "contractmanager-heerlen", "demo");
      browser.submitLogin();
      browser.waitForText(By.tagName("body"), "Proces starten");
      BrowserTestSupport.work(browser, taskService, correction.getId(), Map.of("accountTalkHeld", true,
          "correctionReport", "Gesprek gevoerd; de aanbieder schoolt alle medewerkers voor 1 februari."),
          "walk-calamiteit-08-contractmanager-correctie");
      ProcessTestSupport.runAsyncJobs(management, pyramid);
      // Cockpit is not an app of her role: a Dutch page says so
      browser.go("/camunda/app/cockpit/default/");
      browser.waitForText(By.tagName("h1"), "U heeft geen toegang tot deze toepassing");
      assertThat(browser.driver().findElement(By.tagName("body")).getText()).doesNotContain("Whitelabel", "Forbidden");
      Browser.toDocs(browser.screenshot("walk-calamiteit-09-contractmanager-geen-cockpit"), "geen-toegang.png");
    }
    HistoricTaskInstance done = history.createHistoricTaskInstanceQuery().taskId(correction.getId()).singleResult();
    assertThat(done.getAssignee()).isEqualTo("contractmanager-heerlen");
    assertThat(done.getEndTime()).isNotNull();
    assertThat(history.createHistoricTaskInstanceQuery().processInstanceId(pyramid.getId())
        .taskDefinitionKey(InterventionPyramid.Elements.CHOOSE_STEPS).singleResult().getAssignee())
        .isEqualTo("college-heerlen");
    assertThat(runtime.getVariable(pyramid.getId(), "deviationMotivation")).asString().startsWith("Eerst corrigeren");
  }

  /** The supervisor opens the case's task in Tasklist, claims it, fills its form on screen and completes it. */
  private void work(Browser browser, String caseNumber, String taskKey, Map<String, Object> values, String screenshot)
      throws Exception {
    Task task = taskService.createTaskQuery().processInstanceBusinessKey(caseNumber).taskDefinitionKey(taskKey)
        .singleResult();
    assertThat(task).as(taskKey).isNotNull();
    BrowserTestSupport.work(browser, taskService, task.getId(), values, screenshot);
    ProcessTestSupport.runAsyncJobs(management, runtime.createProcessInstanceQuery()
        .processInstanceId(task.getProcessInstanceId()).singleResult());
    assertThat(history.createHistoricTaskInstanceQuery().taskId(task.getId()).singleResult().getAssignee())
        .isEqualTo("toezichthouder");
  }
}

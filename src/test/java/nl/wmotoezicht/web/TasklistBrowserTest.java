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
      browser.screenshot("tasklist-02a-zoeken-op-zaaknummer");
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
      browser.screenshot("tasklist-04b-verplicht-veld-in-het-nederlands");
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
      browser.screenshot("tasklist-07-manager-alleen-inzien");
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
   * The walk from a calamity to the college's decision: the provider's system reports it over the API with its key,
   * the supervisor works the calamity's tasks (contact in the browser above; choice, own investigation and the
   * assessment that escalates to enforcement here), and the college of Heerlen finds the enforcement case's decision
   * in its list by the provider's name, with the case under the task, and opens it.
   */
  @Test
  @Order(3)
  void theCollegeFindsTheDecisionOfAnEscalatedCalamityByTheProvidersName() throws Exception {
    try (Browser browser = Browser.open(port)) {
      String caseNumber = BrowserTestSupport.reportCalamity(port, runtime, management, "GM0917");
      String calamity = BrowserTestSupport.awaitOwnInvestigation(caseNumber, runtime, management, taskService);
      supervisorCompletes(caseNumber, CalamityProcess.Elements.OWN_INVESTIGATION,
          Map.of("ownFindings", "Geen protocol voor valincidenten; medewerkers niet geschoold."));
      supervisorCompletes(caseNumber, CalamityProcess.Elements.ASSESS_INVESTIGATION, Map.of(
          "investigationCareful", false, "measuresSufficient", false,
          "assessmentFindings", "Geen maatregelen genomen.", "escalationRoute", "interventiepiramide",
          "seriousness", "groot", "recurrenceChance", "gemiddeld"));
      ProcessTestSupport.runAsyncJobs(management, runtime.createProcessInstanceQuery()
          .processInstanceId(calamity).singleResult());
      Task decision = taskService.createTaskQuery().processVariableValueEquals("originCaseNumber", caseNumber)
          .taskDefinitionKey("Task_WeighImmediateMeasures").singleResult();
      assertThat(decision).as("the college's decision of the enforcement case").isNotNull();
      String enforcementCase = runtime.createProcessInstanceQuery().processInstanceId(decision.getProcessInstanceId())
          .singleResult().getBusinessKey();

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
          "Heerlen", "Aanbieder", "Zorg Thuis Zuid B.V.");
      browser.screenshot("tasklist-08-college-zoekt-zaak");
      browser.click(browser.waitFor(By.xpath("//ol[contains(@class,'tasks-list')]//a[contains(@href,'task="
          + decision.getId() + "')]")));
      browser.waitFor(By.cssSelector(".fjs-form"));
      browser.screenshot("tasklist-09-college-besluit");
    }
  }

  /** The supervisor claims and completes the case's task as she would in Tasklist. */
  private void supervisorCompletes(String caseNumber, String taskKey, Map<String, Object> values) {
    Task task = taskService.createTaskQuery().processInstanceBusinessKey(caseNumber).taskDefinitionKey(taskKey)
        .singleResult();
    assertThat(task).as(taskKey).isNotNull();
    taskService.claim(task.getId(), "toezichthouder");
    taskService.complete(task.getId(), values);
  }
}

package nl.wmotoezicht.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.text.NumberFormat;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import nl.wmotoezicht.calamity.CalamityProcess;
import nl.wmotoezicht.testsupport.ApiClient;
import nl.wmotoezicht.testsupport.Browser;
import nl.wmotoezicht.testsupport.WmoIntegrationTest;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Managers watch deadlines in Cockpit: the Termijnenoverzicht lists their municipality's case with its
 * date in Dutch, and not the case to another municipality's manager; a user of several municipalities chooses one
 * and pages through 50 cases at a time. Screenshots in {@code target/browser-screenshots/}.
 */
@WmoIntegrationTest
class CockpitDeadlineBrowserTest {

  private static final DateTimeFormatter DUTCH_DATE = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.forLanguageTag("nl"));

  @LocalServerPort int port;
  @Autowired RuntimeService runtime;
  @Autowired ManagementService management;
  @Autowired TaskService tasks;

  @BeforeEach
  void realClock() {
    ClockUtil.reset(); // the browser lives in real time
  }

  @Test
  void aManagerSeesHerMunicipalitysCaseWithItsDateAndAnotherManagerDoesNot() throws Exception {
    String caseNumber;
    try (Browser browser = Browser.open(port)) {
      caseNumber = BrowserTestSupport.reportCalamity(port, runtime, management, "GM0917");
      LocalDate due = LocalDate.ofInstant(tasks.createTaskQuery().processInstanceBusinessKey(caseNumber)
          .orderByDueDate().asc().list().stream().filter(t -> t.getDueDate() != null).findFirst().orElseThrow()
          .getDueDate().toInstant(), ZoneId.of("Europe/Amsterdam"));

      browser.login("cockpit", "manager-heerlen", "demo");
      browser.submitLogin();
      WebElement link = browser.waitFor(By.cssSelector("a.wmo-deadline-link"));
      browser.waitForText(By.tagName("body"), "Processen");
      browser.screenshot("cockpit-01-dashboard");
      browser.click(link);

      By status = By.cssSelector(".wmo-deadline-overview .wmo-status");
      browser.waiting().until(ExpectedConditions.not(ExpectedConditions.textToBe(status, "Laden…")));
      browser.screenshot("cockpit-02-termijnenoverzicht-heerlen");
      String statusText = browser.driver().findElement(status).getText();
      // one municipality: nothing to choose
      assertThat(browser.driver().findElements(By.cssSelector("select.wmo-municipality"))).isEmpty();
      assertThat(statusText).matches("1–\\d+ van [\\d.]+ lopende za(ak|ken)");
      // the case is on the page its urgency puts it on: page on until it shows
      while (browser.driver().findElements(By.cssSelector("tr.wmo-case[data-case='" + caseNumber + "']")).isEmpty()
          && browser.driver().findElement(By.cssSelector("button.wmo-page-next")).isEnabled()) {
        String before = browser.driver().findElement(status).getText();
        browser.click(By.cssSelector("button.wmo-page-next"));
        browser.waiting().until(d -> {
          String now = d.findElement(status).getText();
          return !now.equals(before) && !now.equals("Laden…");
        });
        statusText = browser.driver().findElement(status).getText();
      }
      List<WebElement> found = browser.driver().findElements(
          By.cssSelector("tr.wmo-case[data-case='" + caseNumber + "']"));
      assertThat(found).as("row of %s; overview says: %s", caseNumber, statusText).hasSize(1);
      WebElement caseRow = found.get(0);
      ((JavascriptExecutor) browser.driver()).executeScript("arguments[0].scrollIntoView({block: 'center'});", caseRow);
      Browser.toDocs(browser.screenshot("cockpit-03-termijnenoverzicht-heerlen-zaak"), "termijnenoverzicht.png");
      assertThat(text(caseRow.findElement(By.cssSelector(".wmo-date")))).isEqualTo(DUTCH_DATE.format(due));
      assertThat(text(caseRow)).contains("Contact opnemen met melder", "GM0917");
      // rows stand in the order of the overview: days left never decrease
      List<WebElement> rows = browser.driver().findElements(By.cssSelector("tr.wmo-case"));
      assertThat(rows).allSatisfy(r -> assertThat(text(r)).contains("GM0917"));
      List<Long> daysLeft = rows.stream().map(r -> r.getAttribute("data-days-left")).filter(d -> !d.isEmpty())
          .map(Long::valueOf).toList();
      assertThat(daysLeft).isNotEmpty().isSorted();
    }

    try (Browser browser = Browser.open(port)) {
      browser.login("cockpit", "manager-maastricht", "demo");
      browser.submitLogin();
      browser.click(browser.waitFor(By.cssSelector("a.wmo-deadline-link")));
      browser.waiting().until(ExpectedConditions.not(
          ExpectedConditions.textToBe(By.cssSelector(".wmo-deadline-overview .wmo-status"), "Laden…")));
      assertThat(browser.driver().findElements(By.cssSelector("tr.wmo-case[data-case='" + caseNumber + "']")))
          .isEmpty();
      assertThat(browser.driver().findElements(By.cssSelector("tr.wmo-case")))
          .allSatisfy(r -> assertThat(text(r)).contains("GM0935"));
      browser.screenshot("cockpit-04-termijnenoverzicht-maastricht");
    }
  }

  @Test
  void aRegionWideUserChoosesAMunicipalityAndPagesThroughFiftyCasesAtATime() throws Exception {
    String kerkrade = BrowserTestSupport.reportCalamity(port, runtime, management, "GM0928");
    ApiClient api = new ApiClient(port);
    while (total(api, "") <= 50) {
      BrowserTestSupport.reportCalamity(port, runtime, management, "GM0935");
    }
    long total = total(api, "");
    NumberFormat dutch = NumberFormat.getIntegerInstance(Locale.forLanguageTag("nl-NL"));
    By status = By.cssSelector(".wmo-deadline-overview .wmo-status");
    By rows = By.cssSelector("tr.wmo-case");
    try (Browser browser = Browser.open(port)) {
      browser.login("cockpit", "demo", "demo");
      browser.submitLogin();
      browser.click(browser.waitFor(By.cssSelector("a.wmo-deadline-link")));
      browser.waiting().until(ExpectedConditions.textMatches(status, Pattern.compile("^1–50 van ")));
      assertThat(browser.driver().findElement(status).getText())
          .isEqualTo("1–50 van " + dutch.format(total) + " lopende zaken");
      assertThat(browser.driver().findElements(rows)).hasSize(50);
      Select municipality = new Select(browser.waitFor(By.cssSelector("select.wmo-municipality")));
      assertThat(municipality.getOptions().stream().map(WebElement::getText).toList())
          .containsExactly("Alle gemeenten", "Heerlen (GM0917)", "Maastricht (GM0935)", "Kerkrade (GM0928)");
      assertThat(browser.driver().findElement(By.cssSelector("button.wmo-page-previous")).isEnabled()).isFalse();
      String firstOnPageOne = browser.driver().findElements(rows).get(0).getAttribute("data-case");
      Browser.toDocs(browser.screenshot("cockpit-06-termijnenoverzicht-regio"), "termijnenoverzicht-regio.png");

      // the next page continues the order; the previous one is the first again
      browser.click(By.cssSelector("button.wmo-page-next"));
      browser.waiting().until(ExpectedConditions.textMatches(status, Pattern.compile("^51–")));
      assertThat(browser.driver().findElement(status).getText()).isEqualTo("51–" + dutch.format(Math.min(100, total))
          + " van " + dutch.format(total) + " lopende zaken");
      assertThat(browser.driver().findElements(rows)).hasSize((int) Math.min(50, total - 50))
          .noneMatch(r -> r.getAttribute("data-case").equals(firstOnPageOne));
      // to a case and back: the same page again
      String firstOnPageTwo = browser.driver().findElements(rows).get(0).getAttribute("data-case");
      browser.click(browser.driver().findElements(By.cssSelector("a.wmo-case-link")).get(0));
      browser.waiting().until(ExpectedConditions.urlContains("/process-instance/"));
      browser.waiting().until(ExpectedConditions.invisibilityOfElementLocated(By.cssSelector(".wmo-deadline-overview")));
      // the case's page has settled once its diagram is drawn: Cockpit's diagram viewer writes the fitted viewbox
      // into the address 500 ms after drawing, and a page left before that gets the write after it, on the page it
      // went back to, which Cockpit then draws again (a plugin's route reloads when its query changes)
      browser.waiting().until(ExpectedConditions.urlContains("viewbox="));
      browser.driver().navigate().back();
      assertThat(shown(browser, "^51–").get(0)).isEqualTo(firstOnPageTwo);
      browser.click(By.cssSelector("button.wmo-page-previous"));
      assertThat(shown(browser, "^1–50 van ").get(0)).isEqualTo(firstOnPageOne);

      // one municipality: only its cases, counted on their own
      municipality = new Select(browser.driver().findElement(By.cssSelector("select.wmo-municipality")));
      municipality.selectByValue("GM0928");
      long inKerkrade = total(api, "?municipality=GM0928");
      browser.waiting().until(ExpectedConditions.textToBe(status, "1–" + dutch.format(Math.min(50, inKerkrade))
          + " van " + dutch.format(inKerkrade) + (inKerkrade == 1 ? " lopende zaak" : " lopende zaken")));
      assertThat(browser.driver().findElements(rows)).isNotEmpty()
          .allSatisfy(r -> assertThat(text(r)).contains("Kerkrade (GM0928)"));
      // the new case is among them (on the first page only when the suite left no earlier Kerkrade cases before it)
      assertThat(caseNumbers(api, "?municipality=GM0928")).contains(kerkrade).hasSize((int) inKerkrade);
      browser.screenshot("cockpit-07-termijnenoverzicht-kerkrade");

      // only what is due within a week (the calamity's contact with the reporter is due in three days)
      new Select(browser.driver().findElement(By.cssSelector("select.wmo-within"))).selectByValue("7");
      long dueSoon = total(api, "?municipality=GM0928&within=7");
      browser.waiting().until(ExpectedConditions.textToBe(status, "1–" + dutch.format(Math.min(50, dueSoon))
          + " van " + dutch.format(dueSoon) + (dueSoon == 1 ? " lopende zaak" : " lopende zaken")));
      assertThat(browser.driver().findElements(rows)).isNotEmpty().allSatisfy(r ->
          assertThat(Long.parseLong(r.getAttribute("data-days-left"))).isLessThanOrEqualTo(7));
      assertThat(caseNumbers(api, "?municipality=GM0928&within=7")).contains(kerkrade).hasSize((int) dueSoon);
    }
  }

  /**
   * The case numbers of the overview's rows once its status line matches: status and rows read in one script, as
   * the overview writes them together, so that a redraw between two reads cannot mix two pages.
   */
  @SuppressWarnings("unchecked")
  private static List<String> shown(Browser browser, String status) {
    Pattern pattern = Pattern.compile(status);
    return browser.waiting().until(d -> {
      List<Object> page = (List<Object>) ((JavascriptExecutor) d).executeScript(
          "const line = document.querySelector('.wmo-deadline-overview .wmo-status');"
              + "return [line ? line.textContent : '',"
              + " Array.from(document.querySelectorAll('tr.wmo-case')).map(r => r.getAttribute('data-case'))];");
      List<String> cases = (List<String>) page.get(1);
      return pattern.matcher((String) page.get(0)).find() && !cases.isEmpty() ? cases : null;
    });
  }

  private static List<String> caseNumbers(ApiClient api, String query) throws Exception {
    List<String> numbers = new java.util.ArrayList<>();
    ApiClient.json(api.send("GET", "/api/deadlines" + query, "demo", null))
        .forEach(c -> numbers.add(c.get("caseNumber").asText()));
    return numbers;
  }

  private static long total(ApiClient api, String query) throws Exception {
    return ApiClient.json(api.send("GET", "/api/deadlines/count" + query, "demo", null)).get("count").asLong();
  }

  @Test
  void theProcessInstanceDiagramShowsEachWaitingTimerWithItsDutchDateAndLegalBasis() throws Exception {
    try (Browser browser = Browser.open(port)) {
      String caseNumber = BrowserTestSupport.reportCalamity(port, runtime, management, "GM0917");
      String instanceId = BrowserTestSupport.awaitProviderReport(caseNumber, runtime, management, tasks,
          LocalDate.of(2027, 3, 15));

      browser.login("cockpit", "manager-heerlen", "demo");
      browser.submitLogin();
      browser.waitForText(By.tagName("body"), "Processen");
      browser.go("/camunda/app/cockpit/default/#/process-instance/" + instanceId + "/runtime");
      WebElement reminder = browser.waitFor(By.cssSelector(".wmo-timer-overlay[data-activity='"
          + CalamityProcess.Elements.REMINDER_DUE + "']"));
      assertThat(text(reminder)).contains("8 maart 2027 om 08:00", "werkafspraak toezichthouder");
      assertThat(text(browser.waitFor(By.cssSelector(".wmo-timer-overlay[data-activity='Event_ReportOverdue']"))))
          .contains("16 maart 2027");
      Browser.toDocs(browser.screenshot("cockpit-05-timers-op-het-diagram"), "cockpit-timers.png");
    }
  }

  /** The element's text, also when it is scrolled out of Cockpit's view. */
  private static String text(WebElement element) {
    return element.getDomProperty("textContent");
  }
}

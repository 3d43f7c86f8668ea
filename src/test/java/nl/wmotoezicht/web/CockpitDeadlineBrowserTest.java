package nl.wmotoezicht.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import nl.wmotoezicht.calamity.CalamityProcess;
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
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Managers watch deadlines in Cockpit: the Termijnenoverzicht lists their municipality's case with its
 * date in Dutch, and not the case to another municipality's manager. Screenshots in
 * {@code target/browser-screenshots/}.
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

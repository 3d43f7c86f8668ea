package nl.wmotoezicht.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import nl.wmotoezicht.investigation.InvestigationProcess;
import nl.wmotoezicht.kernel.CaseVariables;
import nl.wmotoezicht.testsupport.Browser;
import nl.wmotoezicht.testsupport.WmoIntegrationTest;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.TimeoutException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * A start form that asks for a municipality offers the municipalities by name, only those the user may start a case
 * for (app/tasklist/scripts/wmo/gemeentekeuze.js, {@code GET /api/municipalities/mine}); the process receives the CBS
 * code. Screenshots in {@code target/browser-screenshots/}.
 */
@WmoIntegrationTest
class StartFormMunicipalityBrowserTest {

  private static final By CHOICE = By.cssSelector(".fjs-form select.wmo-municipality-choice");
  private static final String PROCESS_NAME = "Signaalgestuurd onderzoek";

  @LocalServerPort int port;
  @Autowired RuntimeService runtime;
  @Autowired HistoryService history;

  @BeforeEach
  void realClock() {
    ClockUtil.reset(); // the browser lives in real time
  }

  @Test
  void aSupervisorPicksTheMunicipalityByNameAndTheSignalStartsWithItsCode() throws Exception {
    String provider = "Zorg op Naam B.V. " + System.nanoTime();
    try (Browser browser = Browser.open(port)) {
      openStartForm(browser, "toezichthouder");
      Select choice = new Select(browser.waitFor(CHOICE));
      // region-wide: every municipality of the region, by name; nothing chosen yet
      assertThat(names(choice)).containsExactly("Kies een gemeente…", "Heerlen", "Maastricht", "Kerkrade");
      assertThat(choice.getFirstSelectedOption().getText()).isEqualTo("Kies een gemeente…");
      // the code field is the form's own, hidden behind the choice; its label no longer asks for a code
      WebElement code = browser.driver().findElement(By.cssSelector(".fjs-form input[id$='-Field_municipalityCode']"));
      assertThat(code.isDisplayed()).isFalse();
      String field = text(browser, code.findElement(By.xpath("./ancestor::*[contains(concat(' ', @class, ' '),"
          + " ' fjs-form-field ')][1]")));
      assertThat(field).contains("Gemeente", "Woongemeente van de cliënt(en)").doesNotContain("CBS-code", "GM0917");

      fillTheRest(browser, provider);
      BrowserTestSupport.scrollTo(browser, browser.driver().findElement(CHOICE));
      choice.selectByVisibleText("Maastricht");
      browser.waiting().until(d -> "GM0935".equals(code.getDomProperty("value")));
      Browser.toDocs(browser.screenshot("startformulier-01-gemeente-op-naam"), "tasklist-startformulier.png");
      start(browser);

      HistoricProcessInstance started = startedFor(browser, provider);
      assertThat(started.getTenantId()).isEqualTo("GM0935");
      assertThat(started.getStartUserId()).isEqualTo("toezichthouder");
      assertThat(variable(started, CaseVariables.MUNICIPALITY_CODE.name())).isEqualTo("GM0935");
    }
  }

  @Test
  void aContractManagerOfOneMunicipalitySeesOnlyHersChosenAlready() throws Exception {
    String provider = "Zorg van Heerlen B.V. " + System.nanoTime();
    try (Browser browser = Browser.open(port)) {
      openStartForm(browser, "contractmanager-heerlen");
      Select choice = new Select(browser.waitFor(CHOICE));
      assertThat(names(choice)).containsExactly("Kies een gemeente…", "Heerlen");
      assertThat(choice.getFirstSelectedOption().getText()).isEqualTo("Heerlen");
      assertThat(text(browser, browser.driver().findElement(By.cssSelector(".fjs-form")))).doesNotContain(
          "Maastricht", "Kerkrade");
      browser.screenshot("startformulier-02-gemeente-van-de-contractmanager");

      fillTheRest(browser, provider);
      start(browser);

      HistoricProcessInstance started = startedFor(browser, provider);
      assertThat(started.getTenantId()).isEqualTo("GM0917");
      assertThat(variable(started, CaseVariables.MUNICIPALITY_CODE.name())).isEqualTo("GM0917");
    }
  }

  /** The user logs in to Tasklist, clicks Proces starten and the signal process: its start form is shown. */
  private static void openStartForm(Browser browser, String user) {
    browser.login("tasklist", user, "demo");
    browser.submitLogin();
    browser.waitForText(By.tagName("body"), "Proces starten");
    browser.click(browser.waitFor(By.cssSelector(".start-process-action a")));
    By process = By.xpath("//ul[contains(@class,'processes')]//a[normalize-space(.)='" + PROCESS_NAME + "']");
    By form = By.cssSelector(".modal .fjs-form");
    // Tasklist renders the dialog's list before it binds the clicks: a click in between focuses the link and is lost
    // (CI screenshot: the link focused, the list still shown). Click again until the start form is there.
    for (int attempt = 1; attempt <= 3 && browser.driver().findElements(form).isEmpty(); attempt++) {
      browser.click(browser.waitFor(process));
      try {
        new WebDriverWait(browser.driver(), Duration.ofSeconds(10))
            .until(ExpectedConditions.visibilityOfElementLocated(form));
      } catch (TimeoutException stillTheList) {
        // the next attempt clicks again
      }
    }
    browser.waitFor(form);
  }

  /** The form's other required fields, filled on screen from the form's own definition. */
  private static void fillTheRest(Browser browser, String provider) throws Exception {
    BrowserTestSupport.fill(browser, "signaal-registreren", Map.of(
        "signalSource", "toezichthouder",
        "providerName", provider,
        "providerKvkNumber", "12345678",
        "providerEmail", "kwaliteit@zorgopnaam.example",
        "description", "Cliënten melden dat de begeleiding al weken niet komt."));
  }

  private static void start(Browser browser) {
    browser.click(browser.waitFor(By.xpath("//div[contains(@class,'modal')]//button[normalize-space(.)='Starten']")));
  }

  private HistoricProcessInstance startedFor(Browser browser, String provider) {
    browser.waiting().until(d -> history.createHistoricVariableInstanceQuery().variableName("providerName")
        .variableValueEquals("providerName", provider).count() == 1);
    String instanceId = history.createHistoricVariableInstanceQuery().variableName("providerName")
        .variableValueEquals("providerName", provider).singleResult().getProcessInstanceId();
    HistoricProcessInstance started = history.createHistoricProcessInstanceQuery().processInstanceId(instanceId)
        .singleResult();
    assertThat(started.getProcessDefinitionKey()).isEqualTo(InvestigationProcess.KEY);
    return started;
  }

  private Object variable(HistoricProcessInstance instance, String name) {
    return history.createHistoricVariableInstanceQuery().processInstanceId(instance.getId()).variableName(name)
        .singleResult().getValue();
  }

  private static List<String> names(Select choice) {
    return choice.getOptions().stream().map(o -> o.getText().trim()).toList();
  }

  private static String text(Browser browser, WebElement element) {
    return String.valueOf(((JavascriptExecutor) browser.driver()).executeScript("return arguments[0].textContent;",
        element));
  }
}

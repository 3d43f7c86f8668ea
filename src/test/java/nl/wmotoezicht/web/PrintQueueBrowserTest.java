package nl.wmotoezicht.web;

import static nl.wmotoezicht.kernel.ProviderVariables.PROVIDER_EMAIL;
import static nl.wmotoezicht.kernel.ProviderVariables.PROVIDER_KVK_NUMBER;
import static nl.wmotoezicht.kernel.ProviderVariables.PROVIDER_NAME;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import nl.wmotoezicht.calamity.CalamityFixtures;
import nl.wmotoezicht.documents.CaseDocument;
import nl.wmotoezicht.documents.CaseDocuments;
import nl.wmotoezicht.documents.PrintQueue;
import nl.wmotoezicht.testsupport.ApiClient;
import nl.wmotoezicht.testsupport.Browser;
import nl.wmotoezicht.testsupport.ProcessTestSupport;
import nl.wmotoezicht.testsupport.TestMailServer;
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
 * The print queue in Cockpit (app/cockpit/scripts/wmo/printwachtrij.js): a letter to a provider that gave no consent
 * to electronic letters (art. 2:14 Awb) waits there with its address and PDF; the municipality's manager marks it
 * posted with her Cockpit session (no password: the session's CSRF token, security/SessionWriteGuard) and reads who
 * marked it when, by name. Screenshots in
 * {@code target/browser-screenshots/}.
 */
@WmoIntegrationTest
class PrintQueueBrowserTest {

  private static final String MANAGER = "manager-heerlen";

  @LocalServerPort int port;
  @Autowired RuntimeService runtime;
  @Autowired ManagementService management;
  @Autowired TaskService tasks;
  @Autowired CaseDocuments documents;
  @Autowired PrintQueue queue;

  @BeforeEach
  void realClock() {
    ClockUtil.reset(); // the browser lives in real time
  }

  @Test
  void aManagerSeesTheLetterToPostWithItsAddressAndMarksItPosted() throws Exception {
    String kvk = providerWithoutConsent();
    String caseNumber = calamityOf(kvk);
    BrowserTestSupport.awaitProviderReport(caseNumber, runtime, management, tasks, LocalDate.now().plusWeeks(3));
    CaseDocument letter = documents.forCase(caseNumber).stream()
        .filter(d -> d.kind().equals("calamiteit-onderzoek-verzoek")).findFirst()
        .orElseThrow(() -> new AssertionError("no letter asking the provider to investigate in " + caseNumber));

    try (Browser browser = Browser.open(port)) {
      browser.login("cockpit", MANAGER, "demo");
      browser.submitLogin();
      browser.click(browser.waitFor(By.cssSelector("a.wmo-print-queue-link")));
      By status = By.cssSelector(".wmo-print-queue-page .wmo-status");
      browser.waiting().until(ExpectedConditions.not(ExpectedConditions.textToBe(status, "Laden…")));
      WebElement row = browser.waitFor(By.cssSelector("tr.wmo-print-row[data-document='" + letter.id() + "']"));
      ((JavascriptExecutor) browser.driver()).executeScript("arguments[0].scrollIntoView({block: 'center'});", row);
      String waiting = browser.driver().findElement(status).getText();
      assertThat(waiting).endsWith("om te versturen");
      assertThat(text(row)).contains(caseNumber, "Heerlen", "Zorgbureau " + kvk, "Teststraat 1, 6411 AB  Heerlen",
          "Markeer als verstuurd").contains("nog niet");
      assertThat(row.findElement(By.cssSelector("a[href$='/api/print-queue/" + letter.id() + "/document']"))
          .getText()).isNotBlank();
      browser.screenshot("printwachtrij-01-brief-wacht");

      // she prints it, posts it and marks it posted: no password, her Cockpit session carries its CSRF token
      browser.click(row.findElement(By.cssSelector("button.wmo-mark-posted")));
      WebElement confirm = browser.waitFor(By.cssSelector("tr.wmo-print-row[data-document='" + letter.id()
          + "'] button.wmo-confirm-posted"));
      assertThat(text(row)).contains("Geprint en op de post gedaan?");
      assertThat(browser.driver().findElements(By.cssSelector(".wmo-print-queue-page input[type='password']")))
          .isEmpty();
      browser.screenshot("printwachtrij-02-bevestigen");
      browser.click(confirm);
      browser.waiting().until(ExpectedConditions.textToBePresentInElement(row, "(Teamleider Heerlen)"));
      assertThat(text(row)).doesNotContain("nog niet", "Markeer als verstuurd", MANAGER);
      assertThat(row.getAttribute("class")).contains("wmo-posted");
      assertThat(browser.driver().findElement(status).getText()).isNotEqualTo(waiting);
      Browser.toDocs(browser.screenshot("printwachtrij-03-verstuurd"), "printwachtrij.png");

      PrintQueue.PrintJob job = queue.find(letter.id()).orElseThrow();
      assertThat(job.postedBy()).isEqualTo(MANAGER);
      assertThat(job.postedAt()).isNotNull();

      // opened again, the queue no longer lists it: it waits no more
      browser.go("/camunda/app/cockpit/default/#/dashboard");
      browser.click(browser.waitFor(By.cssSelector("a.wmo-print-queue-link")));
      browser.waiting().until(ExpectedConditions.not(ExpectedConditions.textToBe(status, "Laden…")));
      assertThat(browser.driver().findElements(By.cssSelector("tr.wmo-print-row[data-document='" + letter.id()
          + "']"))).isEmpty();
    }
  }

  @Test
  void aLetterAColleagueMarkedMeanwhileSaysWhoByNameAndStaysAsItWas() throws Exception {
    String kvk = providerWithoutConsent();
    String caseNumber = calamityOf(kvk);
    BrowserTestSupport.awaitProviderReport(caseNumber, runtime, management, tasks, LocalDate.now().plusWeeks(3));
    CaseDocument letter = documents.forCase(caseNumber).stream()
        .filter(d -> d.kind().equals("calamiteit-onderzoek-verzoek")).findFirst().orElseThrow();

    try (Browser browser = Browser.open(port)) {
      browser.login("cockpit", MANAGER, "demo");
      browser.submitLogin();
      browser.click(browser.waitFor(By.cssSelector("a.wmo-print-queue-link")));
      WebElement row = browser.waitFor(By.cssSelector("tr.wmo-print-row[data-document='" + letter.id() + "']"));
      ((JavascriptExecutor) browser.driver()).executeScript("arguments[0].scrollIntoView({block: 'center'});", row);
      // while the page is open, a colleague marks the letter posted
      assertThat(queue.markPosted(letter.id(), "toezichthouder")).isTrue();
      browser.click(row.findElement(By.cssSelector("button.wmo-mark-posted")));
      browser.click(browser.waitFor(By.cssSelector("tr.wmo-print-row[data-document='" + letter.id()
          + "'] button.wmo-confirm-posted")));
      browser.waiting().until(ExpectedConditions.textToBePresentInElement(row, "als verstuurd gemarkeerd"));
      assertThat(text(row)).contains("door Tessa de Vries (toezichthouder)");
      browser.screenshot("printwachtrij-04-al-verstuurd");
      assertThat(queue.find(letter.id()).orElseThrow().postedBy()).isEqualTo("toezichthouder");
    }
  }

  /** A provider new to the register, with a postal address in Heerlen and no consent to electronic letters. */
  private String providerWithoutConsent() throws Exception {
    String kvk = "8" + String.format("%07d", ThreadLocalRandom.current().nextInt(10_000_000));
    ApiClient api = new ApiClient(port);
    HttpResponse<String> created = api.send("PUT", "/api/providers/" + kvk, "toezichthouder",
        "{\"name\":\"Zorgbureau " + kvk + "\",\"email\":\"post@" + kvk + ".example\",\"locations\":[]}");
    assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
    HttpResponse<String> address = api.send("PUT", "/api/providers/" + kvk + "/postal-address", "toezichthouder",
        "{\"street\":\"Teststraat 1\",\"postalCode\":\"6411ab\",\"city\":\"Heerlen\"}");
    assertThat(address.statusCode()).as(address.body()).isEqualTo(200);
    return kvk;
  }

  /** A calamity of the provider in Heerlen, reported by the intake system; returns its case number. */
  private String calamityOf(String kvk) throws Exception {
    TestMailServer.get();
    ObjectMapper json = new ObjectMapper();
    var report = json.createObjectNode();
    Map<String, Object> fields = CalamityFixtures.report(UUID.randomUUID().toString());
    fields.put(PROVIDER_KVK_NUMBER.name(), kvk);
    fields.put(PROVIDER_NAME.name(), "Zorgbureau " + kvk);
    fields.put(PROVIDER_EMAIL.name(), "post@" + kvk + ".example");
    fields.forEach(report::putPOJO);
    HttpResponse<String> response = new ApiClient(port).send("POST", "/api/calamity-reports", "intake-systeem",
        report.toString());
    assertThat(response.statusCode()).as(response.body()).isEqualTo(201);
    String caseNumber = json.readTree(response.body()).get("caseNumber").asText();
    ProcessTestSupport.runAsyncJobs(management, runtime.createProcessInstanceQuery()
        .processInstanceBusinessKey(caseNumber).singleResult());
    return caseNumber;
  }

  /** The element's text, also when it is scrolled out of Cockpit's view. */
  private static String text(WebElement element) {
    return element.getDomProperty("textContent");
  }
}

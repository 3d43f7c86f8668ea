package nl.wmotoezicht.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Map;
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
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The browser tests' walk from one task to the next in one Tasklist (BrowserTestSupport.complete, claimOpened), when
 * Tasklist learns of a completion late, as on a busy machine: the engine has completed the task, but the browser has
 * not yet handled the answer. Tasklist then closes the task by removing "task" from the address, whichever task the
 * address names by then; a walk that had already opened the next task lost it and waited in vain for its Oppakken
 * button (DossierBrowserTest, wave 6). The late answer is made certain here: the page holds back the answer of the
 * form submission until the address changes (or three seconds). With the old test support this test timed out
 * waiting for Oppakken.
 */
@WmoIntegrationTest
class TasklistCompletionBrowserTest {

  /**
   * Holds back the answer to a task form submission (Tasklist's XHR, whose listeners are added with
   * addEventListener) until the address changes or three seconds have
   * passed, whichever comes first: the answer arrives just as the walk opens the next task, the moment that lost it.
   */
  private static final String LATE_COMPLETION_ANSWERS = """
      if (!window.wmoLateAnswers) {
        window.wmoLateAnswers = {held: 0, delivered: 0};
        const open = XMLHttpRequest.prototype.open;
        const listen = XMLHttpRequest.prototype.addEventListener;
        XMLHttpRequest.prototype.open = function (method, url) {
          this.wmoSubmission = String(url).includes('/submit-form');
          return open.apply(this, arguments);
        };
        // the answer's events ("load", "loadend", "readystatechange" when done) reach their listeners late
        function hold(xhr, deliverEvent) {
          if (!xhr.wmoHeld) {
            xhr.wmoHeld = [];
            window.wmoLateAnswers.held++;
            let delivered = false;
            const deliver = () => {
              if (!delivered) {
                delivered = true;
                window.removeEventListener('hashchange', deliver);
                window.wmoLateAnswers.delivered++;
                xhr.wmoHeld.forEach(d => d());
              }
            };
            window.addEventListener('hashchange', deliver);
            setTimeout(deliver, 3000);
          }
          xhr.wmoHeld.push(deliverEvent);
        }
        XMLHttpRequest.prototype.addEventListener = function (type, listener, options) {
          const wrapped = function (event) {
            if (this.wmoSubmission && this.readyState === 4) {
              hold(this, () => listener.call(this, event));
              return;
            }
            return listener.call(this, event);
          };
          return listen.call(this, type, wrapped, options);
        };
      }
      """;

  @LocalServerPort int port;
  @Autowired RuntimeService runtime;
  @Autowired ManagementService management;
  @Autowired TaskService tasks;

  @BeforeEach
  void realClock() {
    ClockUtil.reset();
  }

  @Test
  void theNextTaskStaysOpenWhenTasklistLearnsOfTheCompletionLate() throws Exception {
    String first = contactTask(BrowserTestSupport.reportCalamity(port, runtime, management, "GM0917"));
    String next = contactTask(BrowserTestSupport.reportCalamity(port, runtime, management, "GM0917"));

    try (Browser browser = Browser.open(port)) {
      browser.login("tasklist", "toezichthouder", "demo");
      browser.submitLogin();
      browser.waitForText(By.tagName("body"), "Proces starten");
      BrowserTestSupport.openAndClaim(browser, first);
      BrowserTestSupport.fill(browser, BrowserTestSupport.formOf(tasks, first), Map.of(
          "contactDate", LocalDate.now(ZoneId.of("Europe/Amsterdam")).toString(),
          "contactNotes", "Melder gebeld."));
      JavascriptExecutor page = (JavascriptExecutor) browser.driver();
      page.executeScript(LATE_COMPLETION_ANSWERS);

      BrowserTestSupport.complete(browser, tasks, first);
      BrowserTestSupport.openAndClaim(browser, next);

      // the late answer has come and gone (or the walk reloaded the page to open the task again, and with it the
      // held answer), and the next task is still the one open, claimed, with its form
      new org.openqa.selenium.support.ui.WebDriverWait(browser.driver(), java.time.Duration.ofSeconds(30))
          .withMessage(() -> "the held answer delivered: " + page.executeScript(
              "return JSON.stringify(window.wmoLateAnswers);"))
          .until(d -> Boolean.TRUE.equals(page.executeScript(
              "return !window.wmoLateAnswers || window.wmoLateAnswers.delivered === 1;")));
      assertThat(browser.driver().getCurrentUrl()).contains("task=" + next);
      assertThat(tasks.createTaskQuery().taskId(next).singleResult().getAssignee()).isEqualTo("toezichthouder");
      assertThat(BrowserTestSupport.formText(browser)).isNotBlank();
    }
  }

  private String contactTask(String caseNumber) {
    return tasks.createTaskQuery().processInstanceBusinessKey(caseNumber)
        .taskDefinitionKey(CalamityProcess.Elements.CONTACT_REPORTER).singleResult().getId();
  }
}

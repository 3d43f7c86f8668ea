package nl.wmotoezicht.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.http.HttpResponse;
import java.util.UUID;
import nl.wmotoezicht.calamity.CalamityFixtures;
import nl.wmotoezicht.testsupport.ApiClient;
import nl.wmotoezicht.testsupport.ProcessTestSupport;
import nl.wmotoezicht.testsupport.TestMailServer;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import nl.wmotoezicht.calamity.CalamityProcess;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Map;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.List;
import nl.wmotoezicht.testsupport.Browser;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

/** What the browser tests share: a calamity reported over the intake API, as a provider's system does. */
final class BrowserTestSupport {

  private BrowserTestSupport() {
  }

  /** Reports a calamity for the municipality and runs the work up to the supervisor's tasks; returns the case number. */
  static String reportCalamity(int port, RuntimeService runtime, ManagementService management, String municipalityCode)
      throws Exception {
    TestMailServer.get();
    ObjectMapper json = new ObjectMapper();
    var report = json.createObjectNode();
    CalamityFixtures.report(UUID.randomUUID().toString()).forEach(report::putPOJO);
    report.put("municipalityCode", municipalityCode);
    HttpResponse<String> response = new ApiClient(port).send("POST", "/api/calamity-reports", "intake-systeem",
        report.toString());
    assertThat(response.statusCode()).as(response.body()).isEqualTo(201);
    String caseNumber = json.readTree(response.body()).get("caseNumber").asText();
    ProcessInstance instance = runtime.createProcessInstanceQuery().processInstanceBusinessKey(caseNumber)
        .singleResult();
    ProcessTestSupport.runAsyncJobs(management, instance);
    return caseNumber;
  }

  /**
   * Takes a reported calamity through the intake (contact with the reporter, IGJ where needed) and lets the
   * provider investigate, with the report due on {@code reportDue}; returns the process instance id, waiting for the
   * provider's report with its reminder and overdue timers.
   */
  static String awaitProviderReport(String caseNumber, RuntimeService runtime, ManagementService management,
      TaskService tasks, LocalDate reportDue) {
    return throughIntake(caseNumber, runtime, management, tasks, Map.of("investigationBy", "aanbieder",
        "providerInvestigationDeadline", reportDue.toString(),
        "investigationChoiceMotivation", "Aanbieder heeft een eigen calamiteitencommissie."));
  }

  /** As {@link #awaitProviderReport}, but the supervisor investigates herself; returns the process instance id. */
  static String awaitOwnInvestigation(String caseNumber, RuntimeService runtime, ManagementService management,
      TaskService tasks) {
    return throughIntake(caseNumber, runtime, management, tasks, Map.of("investigationBy", "toezichthouder",
        "investigationChoiceMotivation", "Ernstig: cliënt gevallen, geen protocol."));
  }

  private static String throughIntake(String caseNumber, RuntimeService runtime, ManagementService management,
      TaskService tasks, Map<String, Object> choice) {
    ProcessInstance instance = runtime.createProcessInstanceQuery().processInstanceBusinessKey(caseNumber)
        .singleResult();
    tasks.complete(task(tasks, caseNumber, CalamityProcess.Elements.CONTACT_REPORTER).getId(), Map.of(
        "contactDate", LocalDate.now(ZoneId.of("Europe/Amsterdam")).toString(),
        "contactNotes", "Melder gebeld."));
    if (Boolean.TRUE.equals(runtime.getVariable(instance.getId(), "igjCoordinationRequired"))) {
      tasks.complete(task(tasks, caseNumber, CalamityProcess.Elements.COORDINATE_WITH_IGJ).getId(),
          Map.of("igjLead", "gemeente", "igjAgreements", "Wmo onderzoekt."));
    }
    tasks.complete(task(tasks, caseNumber, CalamityProcess.Elements.CHOOSE_INVESTIGATION).getId(), choice);
    ProcessTestSupport.runAsyncJobs(management, instance);
    return instance.getId();
  }

  private static org.camunda.bpm.engine.task.Task task(TaskService tasks, String caseNumber, String key) {
    return tasks.createTaskQuery().processInstanceBusinessKey(caseNumber).taskDefinitionKey(key).singleResult();
  }

  // --- working a task on screen, as its user does in Tasklist ---

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final DateTimeFormatter TYPED_DATE = DateTimeFormatter.ofPattern("d-M-yyyy");

  /** The name of the Camunda Form of the task ({@code camunda:formRef}), as Tasklist loads it. */
  static String formOf(TaskService tasks, String taskId) {
    return tasks.createTaskQuery().taskId(taskId).initializeFormKeys().singleResult().getCamundaFormRef().getKey();
  }

  /** Opens the task in Tasklist and claims it (Oppakken); returns once its form is shown. */
  static void openAndClaim(Browser browser, String taskId) {
    browser.go("/camunda/app/tasklist/default/#/?task=" + taskId);
    claimOpened(browser, taskId);
  }

  /**
   * Claims the task open in Tasklist (Oppakken); returns once its form is shown. Tasklist may close the task it shows
   * on its own ("Kies een taak uit de lijst."): after a claim it reloads the task and its list, and a completion it
   * still handles (see {@link #complete}) removes whatever task the address names. Whenever the address has lost the
   * task or Tasklist says to pick one, the user opens it again by its address and reloads the page; so the wait for
   * Oppakken also survives a task that was closed before it was shown.
   */
  static void claimOpened(Browser browser, String taskId) {
    By claim = By.xpath("//*[normalize-space(text())='Oppakken']");
    untilShown(browser, taskId, "task " + taskId + " opened with its Oppakken button", d -> {
      List<WebElement> buttons = d.findElements(claim).stream().filter(BrowserTestSupport::displayed).toList();
      if (buttons.isEmpty()) {
        return false;
      }
      browser.click(buttons.get(0));
      return true;
    });
    untilShown(browser, taskId, "task " + taskId + " claimed and its form shown", d -> {
      boolean claimed = d.findElements(claim).stream().noneMatch(BrowserTestSupport::displayed);
      boolean formShown = d.findElements(By.cssSelector(".fjs-form")).stream().anyMatch(BrowserTestSupport::displayed);
      return claimed && formShown;
    });
  }

  /**
   * Waits until the step is done on the task's page, opening the task again whenever Tasklist has closed it; a
   * screenshot {@code mislukt-oppakken-<task>} when it times out.
   */
  private static void untilShown(Browser browser, String taskId, String message,
      java.util.function.Function<org.openqa.selenium.WebDriver, Boolean> step) {
    long[] reopened = {0};
    new org.openqa.selenium.support.ui.WebDriverWait(browser.driver(), java.time.Duration.ofSeconds(30))
        .ignoring(org.openqa.selenium.StaleElementReferenceException.class)
        .withMessage(() -> {
          try {
            browser.screenshot("mislukt-oppakken-" + taskId);
          } catch (java.io.IOException e) {
            // the timeout says what failed
          }
          return message + " (address: " + browser.driver().getCurrentUrl() + ")";
        }).until(d -> {
          if (step.apply(d)) {
            return true;
          }
          if (closed(d, taskId) && System.nanoTime() - reopened[0] > java.util.concurrent.TimeUnit.SECONDS.toNanos(8)) {
            reopen(browser, taskId);
            reopened[0] = System.nanoTime();
          }
          return false;
        });
  }

  /** Whether Tasklist no longer shows the task: the address lost it, or it asks to pick a task from the list. */
  private static boolean closed(org.openqa.selenium.WebDriver d, String taskId) {
    return !d.getCurrentUrl().contains("task=" + taskId)
        || d.findElements(By.xpath("//*[contains(text(), 'Kies een taak uit de lijst')]")).stream()
            .anyMatch(BrowserTestSupport::displayed);
  }

  /**
   * Opens the task again by its address and reloads the page: after Tasklist closed a task itself, it still holds
   * that task as the chosen one, so a click on it in the list (or a new address alone) does not show it again.
   */
  private static void reopen(Browser browser, String taskId) {
    browser.go("/camunda/app/tasklist/default/#/?task=" + taskId);
    browser.driver().navigate().refresh();
  }

  /**
   * Fills the task's Camunda Form on screen as a user does: types into text fields, types dates the Dutch way, ticks
   * boxes, clicks a radio button's label and picks a select's option by its label. The fields are found by the
   * component ids in {@code forms/<form>.form}; the values are the ones the form submits (codes for choices).
   */
  static void fill(Browser browser, String form, Map<String, Object> values) throws Exception {
    Map<String, JsonNode> fields = fields(form);
    assertThat(fields).as("fields of forms/%s.form", form).containsKeys(values.keySet().toArray(String[]::new));
    // in the form's order, top to bottom: a choice shows the fields that depend on it
    for (Map.Entry<String, JsonNode> field : fields.entrySet()) {
      if (values.containsKey(field.getKey())) {
        fill(browser, field.getValue(), values.get(field.getKey()));
      }
    }
  }

  /** The user opens the task, claims it, fills its form on screen, takes a screenshot and completes it. */
  static void work(Browser browser, TaskService tasks, String taskId, Map<String, Object> values, String screenshot)
      throws Exception {
    String form = formOf(tasks, taskId);
    openAndClaim(browser, taskId);
    fill(browser, form, values);
    browser.screenshot(screenshot);
    complete(browser, tasks, taskId);
  }

  /** Clicks Afronden and waits until the engine has completed the task and Tasklist has closed it. */
  static void complete(Browser browser, TaskService tasks, String taskId) {
    browser.click(browser.driver().findElement(By.xpath("//button[normalize-space(.)='Afronden']")));
    browser.waiting().until(d -> tasks.createTaskQuery().taskId(taskId).count() == 0);
    // Tasklist learns of the completion only when its answer arrives, later than the engine: it then closes the task
    // by removing "task" from the address, whichever task the address names by then. Going on before that would let
    // it close the next task the test opens (DossierBrowserTest waited for Oppakken on a closed task); so wait until
    // Tasklist has closed this one.
    new org.openqa.selenium.support.ui.WebDriverWait(browser.driver(), java.time.Duration.ofSeconds(30))
        .withMessage("Tasklist closes task " + taskId + " after completing it")
        .until(d -> !d.getCurrentUrl().contains("task=" + taskId));
  }

  /**
   * Opens the form's date picker of the field and checks it is Dutch, the week starting on Monday; takes the
   * screenshot and closes the picker again.
   */
  static Path assertDutchDatePicker(Browser browser, String fieldId, String screenshot) throws Exception {
    WebElement date = browser.waitFor(By.cssSelector(".fjs-form input[id$='-" + fieldId + "-date']"));
    scrollTo(browser, date);
    date.findElements(By.xpath("./ancestor::*[contains(@class,'fjs-input-group')][1]//*[contains(@class,"
        + "'fjs-input-adornment')]")).stream().findFirst().ifPresent(browser::click);
    WebElement calendar = browser.waiting().until(ExpectedConditions.visibilityOfElementLocated(
        By.cssSelector(".fjs-form .flatpickr-calendar.open")));
    JavascriptExecutor js = (JavascriptExecutor) browser.driver();
    assertThat(js.executeScript("return Array.from(arguments[0].querySelectorAll('.flatpickr-weekday'))"
        + ".map(d => d.textContent.trim()).join(' ')", calendar)).asString().startsWith("ma di wo do vr za zo");
    String month = js.executeScript("const m = arguments[0].querySelector('.flatpickr-monthDropdown-months, "
        + ".cur-month'); return m.options ? m.options[m.selectedIndex].text : m.textContent;", calendar).toString()
        .trim();
    assertThat(month).isIn("januari", "februari", "maart", "april", "mei", "juni", "juli", "augustus", "september",
        "oktober", "november", "december");
    Path shot = browser.screenshot(screenshot);
    date.sendKeys(Keys.ESCAPE);
    return shot;
  }

  /** What a form shows: its text and the values of its fields. */
  static String formText(Browser browser) {
    WebElement form = browser.waiting().until(d -> d.findElements(By.cssSelector(".fjs-form")).stream()
        .filter(BrowserTestSupport::displayed).findFirst().orElse(null));
    return form.getDomProperty("textContent") + " | " + ((JavascriptExecutor) browser.driver()).executeScript(
        "return Array.from(arguments[0].querySelectorAll('input:not([type=hidden]), textarea')).map(e => e.value)"
        + ".join(' | ')", form);
  }

  /**
   * The texts of the shown form that do not fit their place: a label wider than its field (form-js cuts it off) or
   * a select's chosen text taller than its box (it runs out of it). Empty when everything can be read.
   */
  @SuppressWarnings("unchecked")
  static List<String> cutOffTexts(Browser browser) {
    return (List<String>) ((JavascriptExecutor) browser.driver()).executeScript(
        "const shown = e => e.offsetParent !== null;"
        + "const labels = Array.from(document.querySelectorAll('.fjs-form .fjs-form-field-label')).filter(shown)"
        + "  .filter(l => l.scrollWidth > l.clientWidth + 1).map(l => 'label: ' + l.textContent.trim());"
        + "const selects = Array.from(document.querySelectorAll('.fjs-form .fjs-select-display')).filter(shown)"
        + "  .filter(d => d.scrollHeight > d.closest('.fjs-input-group').clientHeight + 1)"
        + "  .map(d => 'select: ' + d.textContent.trim());"
        + "return labels.concat(selects);");
  }

  static void scrollTo(Browser browser, WebElement element) {
    ((JavascriptExecutor) browser.driver()).executeScript("arguments[0].scrollIntoView({block: 'center'});", element);
  }

  private static Map<String, JsonNode> fields(String form) throws Exception {
    Map<String, JsonNode> fields = new LinkedHashMap<>();
    collect(JSON.readTree(Files.readString(Path.of("forms", form + ".form"))).path("components"), fields);
    return fields;
  }

  private static void collect(JsonNode components, Map<String, JsonNode> fields) {
    for (JsonNode component : components) {
      if (component.hasNonNull("key")) {
        fields.put(component.get("key").asText(), component);
      }
      collect(component.path("components"), fields);
    }
  }

  /** Whether the element is shown; false when Tasklist has just redrawn it away. */
  private static boolean displayed(WebElement element) {
    try {
      return element.isDisplayed();
    } catch (org.openqa.selenium.StaleElementReferenceException redrawn) {
      return false;
    }
  }

  /** The first shown element of the shown form (Tasklist may keep a form it replaced, hidden, in the page). */
  private static WebElement shown(Browser browser, String css) {
    return browser.waiting().until(d -> d.findElements(By.cssSelector(".fjs-form " + css)).stream()
        .filter(BrowserTestSupport::displayed).findFirst().orElse(null));
  }

  private static void fill(Browser browser, JsonNode field, Object value) throws Exception {
    String id = field.get("id").asText();
    String type = field.get("type").asText();
    switch (type) {
      case "textfield", "textarea", "number" -> {
        WebElement input = shown(browser, "[id$='-" + id + "']");
        type(browser, input, String.valueOf(value));
        // and leaves the field, as a person does before the next one: form-js commits the typed text on leaving
        ((JavascriptExecutor) browser.driver()).executeScript("arguments[0].blur();", input);
      }
      case "datetime" -> {
        WebElement date = shown(browser, "input[id$='-" + id + "-date']");
        type(browser, date, LocalDate.parse(value.toString()).format(TYPED_DATE));
        date.sendKeys(Keys.ENTER);
      }
      case "checkbox" -> {
        WebElement box = shown(browser, "input[type=checkbox][id$='-" + id + "']");
        if (box.isSelected() != Boolean.TRUE.equals(value)) {
          browser.click(box);
        }
        assertThat(box.isSelected()).as(id).isEqualTo(Boolean.TRUE.equals(value));
      }
      case "radio" -> {
        // the user clicks the option's text, the label of its radio button
        int index = optionIndex(field, value);
        WebElement label = shown(browser, "label[for$='-" + id + "-" + index + "']");
        WebElement radio = label.findElement(By.cssSelector("input[type=radio]"));
        // a person clicks what stands still: a click whose press and release land on different spots (the form
        // re-rendering above the choice in between) selects nothing
        settled(browser, label);
        browser.click(label);
        try {
          new org.openqa.selenium.support.ui.WebDriverWait(browser.driver(), java.time.Duration.ofSeconds(10))
              .until(d -> radio.isSelected());
        } catch (org.openqa.selenium.TimeoutException e) {
          browser.screenshot("mislukt-radio-" + id);
          throw new AssertionError("label click left " + id + " unselected: " + ((JavascriptExecutor) browser.driver())
              .executeScript("const l = arguments[0]; const r = l.getBoundingClientRect();"
                  + " const at = document.elementFromPoint(r.x + r.width / 2, r.y + r.height / 2);"
                  + " return JSON.stringify({for: l.htmlFor, sameId: document.querySelectorAll('[id=\"' + l.htmlFor"
                  + " + '\"]').length, controlIsRadio: l.control === arguments[1], forms: document.querySelectorAll("
                  + "'.fjs-form').length, visibleForms: Array.from(document.querySelectorAll('.fjs-form'))"
                  + ".filter(f => f.offsetParent !== null).length, at: at && at.outerHTML.substring(0, 200),"
                  + " checkedAnywhere: Array.from(document.querySelectorAll('[id$=\"-" + id + "-" + index + "\"]'))"
                  + ".map(i => i.id + '=' + i.checked)});", label, radio), e);
        }
      }
      case "select" -> {
        String label = field.get("values").get(optionIndex(field, value)).get("label").asText();
        WebElement select = shown(browser, "label[for$='-" + id + "']")
            .findElement(By.xpath("./ancestor::*[contains(concat(' ', @class, ' '), ' fjs-form-field-select ')][1]"));
        scrollTo(browser, select);
        browser.click(select.findElement(By.cssSelector(".fjs-input-group")));
        browser.click(browser.waitFor(By.xpath("//*[contains(@class,'fjs-dropdownlist-item') and normalize-space(.)='"
            + label + "']")));
        browser.waiting().until(ExpectedConditions.textToBePresentInElement(select, label));
      }
      default -> throw new IllegalArgumentException("no way to fill a " + type + " (" + id + ")");
    }
  }

  /** Waits until the element keeps its place on screen for a moment. */
  static void settled(Browser browser, WebElement element) {
    scrollTo(browser, element);
    String[] last = {""};
    new org.openqa.selenium.support.ui.WebDriverWait(browser.driver(), java.time.Duration.ofSeconds(10),
        java.time.Duration.ofMillis(250)).until(d -> {
      String place = String.valueOf(((JavascriptExecutor) d).executeScript(
          "const r = arguments[0].getBoundingClientRect(); return r.x + ',' + r.y + ',' + r.width + ',' + r.height;",
          element));
      boolean same = place.equals(last[0]);
      last[0] = place;
      return same;
    });
  }

  private static int optionIndex(JsonNode field, Object value) {
    List<String> options = new java.util.ArrayList<>();
    field.path("values").forEach(option -> options.add(option.get("value").asText()));
    assertThat(options).as(field.get("id").asText()).contains(String.valueOf(value));
    return options.indexOf(String.valueOf(value));
  }

  private static void type(Browser browser, WebElement input, String text) {
    scrollTo(browser, input);
    browser.click(input);
    input.sendKeys(Keys.chord(Keys.CONTROL, "a"), Keys.DELETE);
    input.sendKeys(text);
  }
}

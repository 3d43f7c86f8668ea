package nl.wmotoezicht.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import javax.imageio.ImageIO;
import nl.wmotoezicht.annualreport.AnnualReportPdf;
import nl.wmotoezicht.annualreport.AnnualReports;
import nl.wmotoezicht.annualreport.ReportScopes;
import nl.wmotoezicht.testsupport.BeanCalls;
import nl.wmotoezicht.testsupport.Browser;
import nl.wmotoezicht.testsupport.WmoIntegrationTest;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * "Toezicht in cijfers" in Cockpit: a manager of Kerkrade sees this year's key figures of Kerkrade (and may switch to
 * its purchasing region, not to Maastricht), the plan's progress and the charts from the server, all from one
 * computation of the report per page view. The screenshot is
 * copied to docs/dashboard.png, and the first page of the annual report PDF with charts is rendered to
 * docs/jaarrapportage.png.
 */
@WmoIntegrationTest
class DashboardBrowserTest {

  @LocalServerPort int port;
  @Autowired JdbcTemplate jdbc;
  @Autowired AnnualReports reports;
  @Autowired ReportScopes scopes;
  @Autowired AnnualReportPdf pdf;
  @Autowired org.camunda.bpm.engine.RepositoryService repository;

  @BeforeEach
  void realClock() {
    ClockUtil.reset(); // the browser lives in real time
  }

  @Test
  void aManagerSeesHerMunicipalitysFiguresWithChartsAndNotAnotherMunicipalitys() throws Exception {
    int year = LocalDate.now().getYear();
    long before = reports.compute(scopes.municipality("GM0928").orElseThrow(), year).calamities().total();
    seedThisYear(year);

    try (Browser browser = Browser.open(port)) {
      browser.login("cockpit", "manager-kerkrade", "demo");
      browser.submitLogin();
      // one page view computes the report once: the figures and the six charts come from one request
      try (BeanCalls computed = BeanCalls.of(reports, "compute")) {
        browser.click(browser.waitFor(By.cssSelector("a.wmo-figures-link")));
        By calamities = By.cssSelector(".wmo-tile[data-figure='calamiteiten'] .wmo-tile-value");
        browser.waitFor(calamities);
        assertThat(Long.parseLong(browser.driver().findElement(calamities).getText())).isEqualTo(before + 2);
        List<String> options = browser.driver().findElements(By.cssSelector("select.wmo-scope option")).stream()
            .map(WebElement::getText).toList();
        assertThat(options).containsExactly("Gemeente Kerkrade", "Inkoopregio Parkstad");
        // every chart is a PNG from the server that the browser could draw
        browser.waiting().until(d -> d.findElements(By.cssSelector("img.wmo-chart")).size() == 6
            && (Boolean) ((JavascriptExecutor) d).executeScript(
                "return Array.from(document.querySelectorAll('img.wmo-chart'))"
                    + ".every(i => i.complete && i.naturalWidth > 0);"));
        assertThat(computed.count()).as("computations of the report for one page view").isEqualTo(1);
      }
      Path shot = browser.screenshot("cockpit-05-toezicht-in-cijfers");
      Browser.toDocs(shot, "dashboard.png");
    }

    // the model in Cockpit, for docs/processen/jaarrapportage.md
    String definition = repository.createProcessDefinitionQuery().processDefinitionKey("jaarrapportage")
        .latestVersion().singleResult().getId();
    try (Browser browser = Browser.open(port)) {
      browser.login("cockpit", "proceseigenaar", "demo");
      browser.submitLogin();
      browser.waitForText(By.tagName("body"), "Processen");
      browser.go("/camunda/app/cockpit/default/#/process-definition/" + definition + "/runtime");
      browser.waitFor(By.cssSelector("[data-element-id='Task_TakeNote']"));
      Thread.sleep(1_000); // the diagram is scaled to fit once drawn
      Path shot = browser.screenshot("cockpit-06-jaarrapportage-model");
      Browser.toDocs(shot, "jaarrapportage-model.png");
    }

    // the PDF's first page, with its first chart, as a picture for the documentation
    byte[] document = pdf.render(reports.compute(scopes.purchasingRegion("parkstad").orElseThrow(), year),
        "Toelichting van de toezichthouder bij de cijfers.");
    try (PDDocument loaded = Loader.loadPDF(document)) {
      assertThat(loaded.getNumberOfPages()).isGreaterThan(1);
      BufferedImage page = new PDFRenderer(loaded).renderImageWithDPI(0, 80);
      Files.createDirectories(Browser.SCREENSHOTS);
      Path firstPage = Browser.SCREENSHOTS.resolve("jaarrapportage-pagina-1.png");
      ImageIO.write(page, "png", firstPage.toFile());
      Browser.toDocs(firstPage, "jaarrapportage.png");
    }
  }

  /** Two calamities of Kerkrade this year, as the engine's history holds them. */
  private void seedThisYear(int year) {
    LocalDateTime jan = LocalDateTime.of(year, 1, 10, 9, 0);
    String id1 = java.util.UUID.randomUUID().toString();
    String id2 = java.util.UUID.randomUUID().toString();
    for (Object[] row : List.of(new Object[] {id1, "calamiteit", jan, "geweld"},
        new Object[] {id2, "calamiteit", jan.plusDays(1), "calamiteit"})) {
      jdbc.update("INSERT INTO ACT_HI_PROCINST (ID_, PROC_INST_ID_, PROC_DEF_KEY_, PROC_DEF_ID_, START_TIME_, "
          + "ROOT_PROC_INST_ID_, TENANT_ID_, STATE_) VALUES (?, ?, ?, 'calamiteit:1:seed', ?, ?, 'GM0928', 'ACTIVE')",
          row[0], row[0], row[1], java.sql.Timestamp.valueOf((LocalDateTime) row[2]), row[0]);
      jdbc.update("INSERT INTO ACT_HI_VARINST (ID_, PROC_DEF_KEY_, PROC_INST_ID_, EXECUTION_ID_, NAME_, VAR_TYPE_, "
          + "TEXT_, TENANT_ID_, STATE_) VALUES (?, 'calamiteit', ?, ?, 'kind', 'string', ?, 'GM0928', 'CREATED')",
          java.util.UUID.randomUUID().toString(), row[0], row[0], row[3]);
    }
  }
}

package nl.wmotoezicht.annualreport;

import java.time.format.DateTimeFormatter;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import nl.wmotoezicht.documents.DocumentRenderer;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.springframework.stereotype.Component;

/**
 * The annual report as PDF: the template {@code documents/jaarrapportage.html} of the documents module, filled with
 * the figures and the charts of {@link AnnualReportCharts} as PNG data URIs.
 */
@Component
public class AnnualReportPdf {

  public static final String TEMPLATE = "jaarrapportage";
  private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMMM yyyy", new Locale("nl", "NL"));

  private final DocumentRenderer renderer;
  private final AnnualReportCharts charts;

  AnnualReportPdf(DocumentRenderer renderer, AnnualReportCharts charts) {
    this.renderer = renderer;
    this.charts = charts;
  }

  /** The model of the template: the report, its charts and the date; plus the draft's text, when given. */
  public Map<String, Object> model(AnnualReport report, String commentary) {
    Map<String, Object> model = new HashMap<>();
    model.put("report", report);
    model.put("charts", charts.dataUris(report));
    model.put("labels", AnnualReportCharts.LABELS);
    model.put("commentary", commentary);
    model.put("documentTitle", "Jaarrapportage toezicht Wmo " + report.year() + " — " + report.scope().name());
    model.put("documentDate", java.time.LocalDate.ofInstant(ClockUtil.getCurrentTime().toInstant(),
        java.time.ZoneId.of("Europe/Amsterdam")).format(DAY));
    return model;
  }

  public byte[] render(AnnualReport report, String commentary) {
    return renderer.pdf(TEMPLATE, model(report, commentary));
  }
}

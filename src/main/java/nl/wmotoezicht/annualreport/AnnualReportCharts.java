package nl.wmotoezicht.annualreport;

import java.awt.Color;
import java.awt.Font;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jfree.chart.ChartFactory;
import org.jfree.chart.ChartUtils;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.StandardChartTheme;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.renderer.category.BarRenderer;
import org.jfree.chart.renderer.category.StandardBarPainter;
import org.jfree.data.category.DefaultCategoryDataset;
import org.springframework.stereotype.Component;

/**
 * The charts of the annual report as PNG (JFreeChart): the same pictures in the PDF (as data URIs) and on the Cockpit
 * page "Toezicht in cijfers". Labels are Dutch.
 */
@Component
public class AnnualReportCharts {

  /** The charts by name, in the order of the report. */
  public static final List<String> NAMES = List.of("calamiteiten", "signalen", "oordelen", "handhaving",
      "dwangsommen", "jaarplan");

  static final Map<String, String> LABELS = Map.ofEntries(
      Map.entry("calamiteit", "Calamiteit"), Map.entry("geweld", "Geweld"), Map.entry("contract", "Contract"),
      Map.entry("subsidie", "Subsidie"), Map.entry("onbekend", "Onbekend"), Map.entry("burger", "Burger"),
      Map.entry("toegang", "Toegang"), Map.entry("contractmanager", "Contractmanager"), Map.entry("ikz", "IKZ"),
      Map.entry("toezichthouder", "Toezichthouder"), Map.entry("voldoet", "Voldoet"),
      Map.entry("voldoetDeels", "Voldoet deels"), Map.entry("voldoetNiet", "Voldoet niet"),
      Map.entry("clientgerichtheid", "Cliëntgerichtheid"), Map.entry("professionaliteit", "Professionaliteit"),
      Map.entry("veiligheid", "Veiligheid"));

  private static final int WIDTH = 640;
  private static final int HEIGHT = 320;
  private static final Color[] COLOURS = {new Color(0x15, 0x42, 0x73), new Color(0xe1, 0x70, 0x00),
      new Color(0x39, 0x87, 0x0c), new Color(0xd5, 0x2b, 0x1e), new Color(0x8f, 0x8f, 0x8f)};

  /** One chart as PNG; null for an unknown name. */
  public byte[] png(AnnualReport report, String name) {
    JFreeChart chart = switch (name) {
      case "calamiteiten" -> calamities(report);
      case "signalen" -> bars("Signalen naar bron", "Aantal", series("Signalen", report.signals().bySource()));
      case "oordelen" -> judgements(report);
      case "handhaving" -> bars("Handhaving: gekozen treden", "Aantal zaken",
          series("Zaken", prefixed("Trede ", report.enforcement().byStep())));
      case "dwangsommen" -> dwangsommen(report);
      case "jaarplan" -> plan(report);
      default -> null;
    };
    if (chart == null) {
      return null;
    }
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try {
      ChartUtils.writeChartAsPNG(out, chart, WIDTH, HEIGHT);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toByteArray();
  }

  /** Every chart as a {@code data:image/png;base64,...} URI, for the PDF template. */
  public Map<String, String> dataUris(AnnualReport report) {
    Map<String, String> uris = new LinkedHashMap<>();
    for (String name : NAMES) {
      uris.put(name, "data:image/png;base64," + Base64.getEncoder().encodeToString(png(report, name)));
    }
    return uris;
  }

  private JFreeChart calamities(AnnualReport report) {
    DefaultCategoryDataset data = new DefaultCategoryDataset();
    report.calamities().byKind().forEach((k, n) -> data.addValue(n, "Soort melding", label(k)));
    report.calamities().byProviderType().forEach((k, n) -> data.addValue(n, "Relatie aanbieder", label(k)));
    return bars("Calamiteiten naar soort en relatie van de aanbieder", "Aantal", data);
  }

  private JFreeChart judgements(AnnualReport report) {
    DefaultCategoryDataset data = new DefaultCategoryDataset();
    report.judgements().forEach((theme, counts) ->
        counts.forEach((judgement, n) -> data.addValue(n, label(judgement), label(theme))));
    JFreeChart chart = ChartFactory.createStackedBarChart("Oordelen per thema", null, "Aantal", data,
        PlotOrientation.HORIZONTAL, true, false, false);
    return style(chart);
  }

  private JFreeChart dwangsommen(AnnualReport report) {
    DefaultCategoryDataset data = new DefaultCategoryDataset();
    AnnualReport.Dwangsommen d = report.dwangsommen();
    data.addValue(d.forfeited().amount(), "Bedrag", "Verbeurd");
    data.addValue(d.paid().amount(), "Bedrag", "Betaald");
    data.addValue(d.inCollection().amount(), "Bedrag", "Invordering");
    data.addValue(d.lapsed().amount(), "Bedrag", "Verjaard");
    data.addValue(d.withdrawn().amount(), "Bedrag", "Ingetrokken");
    return bars("Dwangsommen (euro)", "Euro", data);
  }

  private JFreeChart plan(AnnualReport report) {
    DefaultCategoryDataset data = new DefaultCategoryDataset();
    report.planRealisation().forEach(p -> {
      data.addValue(p.planned(), "Gepland", p.purchasingRegion());
      data.addValue(p.visited(), "Bezocht", p.purchasingRegion());
      data.addValue(p.late(), "Te laat", p.purchasingRegion());
    });
    return bars("Realisatie jaarplan", "Inspecties", data);
  }

  private static DefaultCategoryDataset series(String series, Map<String, Long> counts) {
    DefaultCategoryDataset data = new DefaultCategoryDataset();
    counts.forEach((k, n) -> data.addValue(n, series, label(k)));
    return data;
  }

  private static Map<String, Long> prefixed(String prefix, Map<String, Long> counts) {
    Map<String, Long> result = new LinkedHashMap<>();
    counts.forEach((k, n) -> result.put(prefix + k, n));
    return result;
  }

  private static JFreeChart bars(String title, String axis, DefaultCategoryDataset data) {
    JFreeChart chart = ChartFactory.createBarChart(title, null, axis, data, PlotOrientation.VERTICAL,
        data.getRowCount() > 1, false, false);
    return style(chart);
  }

  private static JFreeChart style(JFreeChart chart) {
    StandardChartTheme theme = (StandardChartTheme) StandardChartTheme.createJFreeTheme();
    theme.setExtraLargeFont(new Font(Font.SANS_SERIF, Font.BOLD, 16));
    theme.setLargeFont(new Font(Font.SANS_SERIF, Font.PLAIN, 13));
    theme.setRegularFont(new Font(Font.SANS_SERIF, Font.PLAIN, 12));
    theme.apply(chart);
    chart.setBackgroundPaint(Color.WHITE);
    CategoryPlot plot = chart.getCategoryPlot();
    plot.setBackgroundPaint(Color.WHITE);
    plot.setRangeGridlinePaint(new Color(0xcc, 0xcc, 0xcc));
    ((NumberAxis) plot.getRangeAxis()).setAutoRangeIncludesZero(true);
    if (plot.getDataset().getColumnCount() > 0 && isCounts(plot)) {
      plot.getRangeAxis().setStandardTickUnits(NumberAxis.createIntegerTickUnits());
    }
    BarRenderer renderer = (BarRenderer) plot.getRenderer();
    renderer.setBarPainter(new StandardBarPainter());
    renderer.setShadowVisible(false);
    for (int i = 0; i < COLOURS.length; i++) {
      renderer.setSeriesPaint(i, COLOURS[i]);
    }
    return chart;
  }

  private static boolean isCounts(CategoryPlot plot) {
    return !"Euro".equals(plot.getRangeAxis().getLabel());
  }

  static String label(String key) {
    return LABELS.getOrDefault(key, key);
  }
}

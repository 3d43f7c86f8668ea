package nl.wmotoezicht.documents;

import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import com.openhtmltopdf.util.XRLog;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.Map;
import java.util.logging.Level;
import java.util.regex.Pattern;
import nl.wmotoezicht.kernel.ClasspathTemplates;
import nl.wmotoezicht.kernel.DutchAmounts;
import nl.wmotoezicht.kernel.DutchDates;
import org.springframework.stereotype.Component;
import org.thymeleaf.TemplateEngine;
import org.thymeleaf.context.Context;
import org.thymeleaf.templatemode.TemplateMode;

/**
 * Renders the Dutch document templates in {@code src/main/resources/documents/} (Thymeleaf, XHTML)
 * to PDF with openhtmltopdf. Templates use the shared layouts in {@code documents/layout/} for the
 * letterhead and the report header; in them {@code dates} and {@code amounts} format Dutch dates and
 * euro amounts as in the mail templates.
 */
@Component
public class DocumentRenderer {

  /** Liberation Sans (SIL Open Font License), shipped inside Apache PDFBox. */
  private static final String BODY_FONT = "/org/apache/pdfbox/resources/ttf/LiberationSans-Regular.ttf";
  static final String BODY_FONT_FAMILY = "Liberation Sans";

  /** Template names are plain names: no paths. */
  static final Pattern TEMPLATE_NAME = Pattern.compile("[a-z0-9][a-z0-9-]{0,99}");

  static {
    // openhtmltopdf logs every rendering at INFO on the console; keep its warnings only
    XRLog.listRegisteredLoggers().forEach(logger -> XRLog.setLevel(logger, Level.WARNING));
  }

  private final TemplateEngine engine = ClasspathTemplates.engine("documents/", ".html", TemplateMode.HTML);
  private final DutchDates dates = new DutchDates();
  private final DutchAmounts amounts = new DutchAmounts();

  /** The template filled in with the model, as XHTML. */
  public String html(String template, Map<String, Object> model) {
    if (!TEMPLATE_NAME.matcher(template).matches()) {
      throw new IllegalArgumentException("Ongeldige sjabloonnaam: " + template);
    }
    Context context = new Context();
    context.setVariables(model);
    context.setVariable("dates", dates);
    context.setVariable("amounts", amounts);
    return engine.process(template, context);
  }

  /** The template filled in with the model, as PDF. */
  public byte[] pdf(String template, Map<String, Object> model) {
    String html = html(template, model);
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try {
      PdfRendererBuilder builder = new PdfRendererBuilder();
      builder.useFastMode();
      builder.withProducer("Wmo Toezicht");
      // body text in an embedded font that has every Latin letter (names like Łukasz or Özdemir);
      // bold headings of the templates stay in the standard Helvetica Bold
      builder.useFont(() -> DocumentRenderer.class.getResourceAsStream(BODY_FONT), BODY_FONT_FAMILY, 400,
          BaseRendererBuilder.FontStyle.NORMAL, true);
      builder.withHtmlContent(html, DocumentRenderer.class.getResource("/documents/").toExternalForm());
      builder.toStream(out);
      builder.run();
    } catch (IOException e) {
      throw new IllegalStateException("PDF van sjabloon " + template + " kon niet worden gemaakt", e);
    }
    return out.toByteArray();
  }
}

package nl.wmotoezicht.notification;

import java.util.Map;
import nl.wmotoezicht.kernel.DutchAmounts;
import nl.wmotoezicht.kernel.DutchDates;
import org.springframework.stereotype.Component;
import org.thymeleaf.TemplateEngine;
import org.thymeleaf.context.Context;
import org.thymeleaf.templatemode.TemplateMode;
import org.thymeleaf.templateresolver.ClassLoaderTemplateResolver;

/**
 * Renders the Dutch mail templates in {@code src/main/resources/mail/} (Thymeleaf text mode). A
 * template's first line is {@code Onderwerp: …}; the rest, after a blank line, is the body.
 */
@Component
public class MailTemplates {

  private static final String SUBJECT_PREFIX = "Onderwerp:";

  private final TemplateEngine engine = new TemplateEngine();
  private final DutchDates dates = new DutchDates();
  private final DutchAmounts amounts = new DutchAmounts();

  public MailTemplates() {
    ClassLoaderTemplateResolver resolver = new ClassLoaderTemplateResolver();
    resolver.setPrefix("mail/");
    resolver.setSuffix(".txt");
    resolver.setTemplateMode(TemplateMode.TEXT);
    resolver.setCharacterEncoding("UTF-8");
    resolver.setCheckExistence(true);
    engine.setTemplateResolver(resolver);
  }

  /** A rendered mail. */
  public record RenderedMail(String subject, String body) {
  }

  public RenderedMail render(String template, Map<String, Object> model) {
    Context context = new Context();
    context.setVariables(model);
    context.setVariable("dates", dates);
    context.setVariable("amounts", amounts);
    String text = engine.process(template, context).replace("\r\n", "\n");
    int end = text.indexOf('\n');
    String first = end < 0 ? text : text.substring(0, end);
    if (!first.startsWith(SUBJECT_PREFIX)) {
      throw new IllegalStateException("Mailsjabloon " + template + " begint niet met '" + SUBJECT_PREFIX + "'");
    }
    return new RenderedMail(first.substring(SUBJECT_PREFIX.length()).strip(), text.substring(end + 1).strip() + "\n");
  }
}

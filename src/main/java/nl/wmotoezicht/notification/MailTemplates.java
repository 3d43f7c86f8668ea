package nl.wmotoezicht.notification;

import java.util.Map;
import nl.wmotoezicht.kernel.ClasspathTemplates;
import nl.wmotoezicht.kernel.DutchAmounts;
import nl.wmotoezicht.kernel.DutchDates;
import org.springframework.stereotype.Component;
import org.thymeleaf.TemplateEngine;
import org.thymeleaf.context.Context;
import org.thymeleaf.templatemode.TemplateMode;

/**
 * Renders the Dutch mail templates in {@code src/main/resources/mail/} (Thymeleaf text mode). A
 * template's first line is {@code Onderwerp: …}; the rest, after a blank line, is the body.
 */
@Component
public class MailTemplates {

  private static final String SUBJECT_PREFIX = "Onderwerp:";

  private final TemplateEngine engine = ClasspathTemplates.engine("mail/", ".txt", TemplateMode.TEXT);
  private final DutchDates dates = new DutchDates();
  private final DutchAmounts amounts = new DutchAmounts();

  private static final String LINE_MARK = "\u0000";

  /** A rendered mail. */
  public record RenderedMail(String subject, String body) {
  }

  public RenderedMail render(String template, Map<String, Object> model) {
    Context context = new Context();
    // a line break inside a value (e.g. a provider name with CRLF) must not end the subject line early:
    // it travels as a marker (NUL, refused in all input) and becomes a space in the subject, a break in the body
    Map<String, Object> marked = new java.util.HashMap<>();
    model.forEach((key, value) -> marked.put(key, value instanceof String text
        ? text.replace("\r\n", LINE_MARK).replace("\r", LINE_MARK).replace("\n", LINE_MARK) : value));
    context.setVariables(marked);
    context.setVariable("dates", dates);
    context.setVariable("amounts", amounts);
    String text = engine.process(template, context).replace("\r\n", "\n");
    int end = text.indexOf('\n');
    String first = end < 0 ? text : text.substring(0, end);
    if (!first.startsWith(SUBJECT_PREFIX)) {
      throw new IllegalStateException("Mailsjabloon " + template + " begint niet met '" + SUBJECT_PREFIX + "'");
    }
    String subject = first.substring(SUBJECT_PREFIX.length()).replace(LINE_MARK, " ").replaceAll("\\s+", " ").strip();
    String body = end < 0 ? "" : text.substring(end + 1).replace(LINE_MARK, "\n");
    return new RenderedMail(subject, body.strip() + "\n");
  }
}

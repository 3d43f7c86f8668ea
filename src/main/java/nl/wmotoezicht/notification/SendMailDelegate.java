package nl.wmotoezicht.notification;

import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import java.util.HashMap;
import java.util.Map;
import nl.wmotoezicht.identity.Region;
import nl.wmotoezicht.process.CaseVariables;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.MimeMessageHelper;
import org.springframework.stereotype.Component;

/**
 * Every mail step of the models ({@code camunda:delegateExpression="${sendMail}"}): renders the
 * template named by {@code mailTemplate} with the case's variables and sends it to {@code mailTo}
 * (and {@code mailCc}). Mail steps are asynchronous before and after, so a failing mail server
 * gives retries and then an incident, and a retry of other work never sends a mail twice.
 */
@Component("sendMail")
class SendMailDelegate implements JavaDelegate {

  static final String CASE_HEADER = "X-Wmo-Zaak";
  static final String TEMPLATE_HEADER = "X-Wmo-Sjabloon";

  private final JavaMailSender sender;
  private final MailTemplates templates;
  private final Region region;
  private final String from;

  SendMailDelegate(JavaMailSender sender, MailTemplates templates, Region region, @Value("${wmo.mail.from}") String from) {
    this.sender = sender;
    this.templates = templates;
    this.region = region;
    this.from = from;
  }

  @Override
  public void execute(DelegateExecution execution) throws MessagingException {
    String template = MailVariables.TEMPLATE.get(execution);
    Map<String, Object> model = new HashMap<>(execution.getVariables());
    model.put("regionName", region.name());
    MailTemplates.RenderedMail mail = templates.render(template, model);

    MimeMessage message = sender.createMimeMessage();
    MimeMessageHelper helper = new MimeMessageHelper(message, false, "UTF-8");
    helper.setFrom(from);
    helper.setTo(split(MailVariables.TO.get(execution)));
    String[] cc = MailVariables.CC.find(execution).map(SendMailDelegate::split).orElse(new String[0]);
    if (cc.length > 0) {
      helper.setCc(cc);
    }
    helper.setSubject(mail.subject());
    helper.setText(mail.body());
    message.setHeader(CASE_HEADER, CaseVariables.CASE_NUMBER.find(execution).orElse(""));
    message.setHeader(TEMPLATE_HEADER, template);
    sender.send(message);
  }

  private static String[] split(String addresses) {
    return java.util.Arrays.stream(addresses.split(",")).map(String::strip).filter(a -> !a.isEmpty())
        .toArray(String[]::new);
  }
}

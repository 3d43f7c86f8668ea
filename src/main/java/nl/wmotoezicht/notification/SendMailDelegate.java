package nl.wmotoezicht.notification;

import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import nl.wmotoezicht.documents.CaseDocument;
import nl.wmotoezicht.documents.CaseDocuments;
import nl.wmotoezicht.documents.DocumentService;
import nl.wmotoezicht.documents.DocumentVariables;
import nl.wmotoezicht.identity.Region;
import nl.wmotoezicht.kernel.CaseVariables;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.MimeMessageHelper;
import org.springframework.stereotype.Component;

/**
 * Every mail step of the models ({@code camunda:delegateExpression="${sendMail}"}): renders the template named by
 * {@code mailTemplate} with the case's variables and sends it to {@code mailTo} (and {@code mailCc}). These and the
 * parameters below are the step's own input parameters in the model (local variables): a process variable of the same
 * name never fills in for one the step does not set, and attachments are documents of this case and municipality only. With {@code letterTemplate} it also generates that letter as PDF
 * ({@code documents/<letterTemplate>.html}), stores it with the case and attaches it (its id goes to
 * the variable named by {@code documentVariable}, if given); {@code mailAttachments} names variables
 * holding ids of documents generated before (e.g. a concept report) to attach as well. Mail steps are asynchronous before and after, so a failing mail server
 * gives retries and then an incident, and a retry of other work never sends a mail twice.
 */
@Component("sendMail")
class SendMailDelegate implements JavaDelegate {

  static final String CASE_HEADER = "X-Wmo-Zaak";
  static final String TEMPLATE_HEADER = "X-Wmo-Sjabloon";

  private final JavaMailSender sender;
  private final MailTemplates templates;
  private final Region region;
  private final DocumentService documentService;
  private final CaseDocuments documents;
  private final String from;

  SendMailDelegate(JavaMailSender sender, MailTemplates templates, Region region, DocumentService documentService,
      CaseDocuments documents, @Value("${wmo.mail.from}") String from) {
    this.sender = sender;
    this.templates = templates;
    this.region = region;
    this.documentService = documentService;
    this.documents = documents;
    this.from = from;
  }

  @Override
  public void execute(DelegateExecution execution) throws MessagingException {
    // what is sent, to whom and with what comes from this step's own input parameters only (docs/security/tenancy.md)
    String template = MailVariables.TEMPLATE.getLocal(execution);
    Map<String, Object> model = new HashMap<>(execution.getVariables());
    model.put("regionName", region.name());
    MailTemplates.RenderedMail mail = templates.render(template, model);
    List<CaseDocument> attachments = attachments(execution, mail.subject());

    MimeMessage message = sender.createMimeMessage();
    MimeMessageHelper helper = new MimeMessageHelper(message, !attachments.isEmpty(), "UTF-8");
    helper.setFrom(from);
    helper.setTo(split(MailVariables.TO.getLocal(execution)));
    String[] cc = MailVariables.CC.findLocal(execution).map(SendMailDelegate::split).orElse(new String[0]);
    if (cc.length > 0) {
      helper.setCc(cc);
    }
    helper.setSubject(mail.subject());
    helper.setText(mail.body());
    for (CaseDocument document : attachments) {
      helper.addAttachment(document.fileName(), new ByteArrayResource(documents.content(document.id())),
          document.contentType());
    }
    message.setHeader(CASE_HEADER, CaseVariables.CASE_NUMBER.find(execution).orElse(""));
    message.setHeader(TEMPLATE_HEADER, template);
    sender.send(message);
  }

  /** The letter this step generates (first) and the documents named by {@code mailAttachments}. */
  private List<CaseDocument> attachments(DelegateExecution execution, String subject) {
    List<CaseDocument> result = new ArrayList<>();
    MailVariables.LETTER_TEMPLATE.findLocal(execution).filter(name -> !name.isBlank()).ifPresent(letter -> {
      CaseDocument document = documentService.generate(execution, letter, subject);
      DocumentVariables.VARIABLE.findLocal(execution)
          .ifPresent(variable -> execution.getProcessInstance().setVariable(variable, document.id()));
      result.add(document);
    });
    String caseNumber = CaseVariables.CASE_NUMBER.find(execution).orElse(execution.getProcessBusinessKey());
    for (String variable : MailVariables.ATTACHMENTS.findLocal(execution).map(SendMailDelegate::split)
        .orElse(new String[0])) {
      Object id = execution.getVariable(variable);
      if (id == null) {
        throw new IllegalStateException("Bijlage: procesvariabele '" + variable + "' bevat geen document");
      }
      // only a document of this case and its municipality (tenant)
      result.add(documents.byId(id.toString()).filter(d -> d.caseNumber().equals(caseNumber)
          && Objects.equals(d.municipalityCode(), execution.getTenantId())).orElseThrow(
          () -> new IllegalStateException("Bijlage: document " + id + " (variabele '" + variable
              + "') hoort niet bij zaak " + caseNumber)));
    }
    return result;
  }

  private static String[] split(String addresses) {
    return java.util.Arrays.stream(addresses.split(",")).map(String::strip).filter(a -> !a.isEmpty())
        .toArray(String[]::new);
  }
}

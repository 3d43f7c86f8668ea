package nl.wmotoezicht.notification;

import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import nl.wmotoezicht.documents.CaseDocument;
import nl.wmotoezicht.documents.CaseDocuments;
import nl.wmotoezicht.documents.DocumentService;
import nl.wmotoezicht.documents.DocumentVariables;
import nl.wmotoezicht.documents.PrintQueue;
import nl.wmotoezicht.identity.Region;
import nl.wmotoezicht.kernel.CaseVariables;
import nl.wmotoezicht.kernel.ProviderVariables;
import nl.wmotoezicht.provider.ProviderRegister;
import nl.wmotoezicht.provider.ProviderRegister.PostalAddress;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.impl.util.ClockUtil;
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
 *
 * <p><b>Letters by post (art. 2:14 lid 1 Awb).</b> A letter to the provider (a step with {@code letterTemplate} whose
 * {@code mailTo} holds the case's {@code providerEmail}) goes by e-mail only when the provider register records the
 * provider's consent to electronic letters. Without it the letter goes into the print queue ({@link PrintQueue}) for
 * staff to print and post, and the mail goes only to the other recipients ({@code mailCc}), if any. The channel is
 * recorded with the document and in the process variable {@code letterChannel} ({@code email} or {@code post}).
 */
@Component("sendMail")
class SendMailDelegate implements JavaDelegate {

  static final String CASE_HEADER = "X-Wmo-Zaak";
  static final String TEMPLATE_HEADER = "X-Wmo-Sjabloon";
  /** How a letter to the provider went: {@code email}; absent on other mails. */
  static final String CHANNEL_HEADER = "X-Wmo-Kanaal";

  private final JavaMailSender sender;
  private final MailTemplates templates;
  private final Region region;
  private final DocumentService documentService;
  private final CaseDocuments documents;
  private final String from;
  private final ProviderRegister providers;
  private final PrintQueue printQueue;

  SendMailDelegate(JavaMailSender sender, MailTemplates templates, Region region, DocumentService documentService,
      CaseDocuments documents, @Value("${wmo.mail.from}") String from, ProviderRegister providers,
      PrintQueue printQueue) {
    this.sender = sender;
    this.templates = templates;
    this.region = region;
    this.documentService = documentService;
    this.documents = documents;
    this.from = from;
    this.providers = providers;
    this.printQueue = printQueue;
  }

  @Override
  public void execute(DelegateExecution execution) throws MessagingException {
    // what is sent, to whom and with what comes from this step's own input parameters only (docs/security/tenancy.md)
    String template = MailVariables.TEMPLATE.getLocal(execution);
    Map<String, Object> model = new HashMap<>(execution.getVariables());
    model.put("regionName", region.name());
    MailTemplates.RenderedMail mail = templates.render(template, model);
    String[] to = split(MailVariables.TO.getLocal(execution));
    String[] cc = MailVariables.CC.findLocal(execution).map(SendMailDelegate::split).orElse(new String[0]);
    String channel = channel(execution, to);
    List<CaseDocument> attachments = attachments(execution, mail.subject(), channel);
    if (channel != null) {
      MailVariables.LETTER_CHANNEL.set(execution.getProcessInstance(), channel);
    }
    if (DocumentService.POST.equals(channel)) {
      queueForPrinting(execution, attachments.get(0));
      // the provider gets the letter by post; the others still get their copy by mail
      String providerEmail = ProviderVariables.PROVIDER_EMAIL.find(execution).orElse("").strip();
      to = java.util.Arrays.stream(to).filter(a -> !a.equalsIgnoreCase(providerEmail)).toArray(String[]::new);
      if (to.length == 0) {
        to = cc;
        cc = new String[0];
      }
      if (to.length == 0) {
        return;
      }
    }

    MimeMessage message = sender.createMimeMessage();
    MimeMessageHelper helper = new MimeMessageHelper(message, !attachments.isEmpty(), "UTF-8");
    helper.setFrom(from);
    helper.setTo(to);
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
    if (channel != null) {
      message.setHeader(CHANNEL_HEADER, channel);
    }
    sender.send(message);
  }

  /** The letter this step generates (first) and the documents named by {@code mailAttachments}. */
  private List<CaseDocument> attachments(DelegateExecution execution, String subject, String channel) {
    List<CaseDocument> result = new ArrayList<>();
    MailVariables.LETTER_TEMPLATE.findLocal(execution).filter(name -> !name.isBlank()).ifPresent(letter -> {
      CaseDocument document = documentService.generate(execution, letter, subject, channel);
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

  /**
   * How this step's letter goes to the provider (art. 2:14 lid 1 Awb): {@code email} with its recorded consent,
   * otherwise {@code post}; null when the step sends no letter to the provider.
   */
  private String channel(DelegateExecution execution, String[] to) {
    boolean letter = MailVariables.LETTER_TEMPLATE.findLocal(execution).filter(name -> !name.isBlank()).isPresent();
    String providerEmail = ProviderVariables.PROVIDER_EMAIL.find(execution).orElse(null);
    if (!letter || providerEmail == null
        || java.util.Arrays.stream(to).noneMatch(address -> address.equalsIgnoreCase(providerEmail.strip()))) {
      return null;
    }
    String kvkNumber = ProviderVariables.PROVIDER_KVK_NUMBER.find(execution).orElse(null);
    return providers.acceptsElectronicLetters(kvkNumber) ? DocumentService.EMAIL : DocumentService.POST;
  }

  private void queueForPrinting(DelegateExecution execution, CaseDocument letter) {
    String kvkNumber = ProviderVariables.PROVIDER_KVK_NUMBER.find(execution).orElse(null);
    Optional<PostalAddress> address = kvkNumber == null ? Optional.empty() : providers.postalAddress(kvkNumber);
    printQueue.add(new PrintQueue.PrintJob(letter.id(), letter.caseNumber(), letter.municipalityCode(), kvkNumber,
        ProviderVariables.PROVIDER_NAME.find(execution).orElse("Aanbieder"),
        address.map(PostalAddress::street).orElse(null), address.map(PostalAddress::postalCode).orElse(null),
        address.map(PostalAddress::city).orElse(null), letter.title(), ClockUtil.getCurrentTime().toInstant(),
        null, null));
  }

  private static String[] split(String addresses) {
    return java.util.Arrays.stream(addresses.split(",")).map(String::strip).filter(a -> !a.isEmpty())
        .toArray(String[]::new);
  }
}

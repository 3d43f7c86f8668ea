package nl.wmotoezicht.notification;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.mail.BodyPart;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Comparator;
import java.util.Date;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import nl.wmotoezicht.cases.CaseVisibility;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/** Shows the mails the local mail server received (demo profile only). */
@RestController
@ConditionalOnBean(LocalMailServer.class)
@Tag(name = "Demo")
class DemoMailController {

  private final LocalMailServer server;
  private final CaseVisibility visibility;

  DemoMailController(LocalMailServer server, CaseVisibility visibility) {
    this.server = server;
    this.visibility = visibility;
  }

  /** A received mail; {@code attachments} names the attached files (letters and reports as PDF). */
  record ReceivedMail(Date sent, String from, List<String> to, List<String> cc, String caseNumber, String subject,
      String body, List<String> attachments) {
  }

  /** Only the mails of cases the caller may see ({@link CaseVisibility}); mails of no case to nobody. */
  @Operation(summary = "Verzonden mail (alleen demo)", description = "Alleen de mail van zaken die u mag zien.")
  @GetMapping("/api/demo/mails")
  List<ReceivedMail> mails() throws MessagingException, IOException {
    // the server keeps one copy per recipient; show each mail once
    Map<String, ReceivedMail> result = new LinkedHashMap<>();
    Map<String, Boolean> visibleCases = new HashMap<>();
    for (MimeMessage message : server.greenMail().getReceivedMessages()) {
      String caseNumber = message.getHeader(SendMailDelegate.CASE_HEADER, null);
      if (caseNumber == null || caseNumber.isBlank()
          || !visibleCases.computeIfAbsent(caseNumber, visibility::isVisible)) {
        continue;
      }
      result.putIfAbsent(message.getMessageID(), new ReceivedMail(message.getSentDate(), Arrays.toString(message.getFrom()),
          addresses(message, Message.RecipientType.TO), addresses(message, Message.RecipientType.CC),
          message.getHeader(SendMailDelegate.CASE_HEADER, null), message.getSubject(), text(message.getContent()),
          attachments(message.getContent())));
    }
    return inTimeOrder(result.values());
  }

  /**
   * Oldest first, as they were sent: the server keeps its mail per mailbox, so the order it hands them out in is
   * not the order of sending. Mails sent in the same second keep the order the server has them in.
   */
  static List<ReceivedMail> inTimeOrder(Collection<ReceivedMail> mails) {
    return mails.stream().sorted(Comparator.comparing(ReceivedMail::sent,
        Comparator.nullsLast(Comparator.naturalOrder()))).toList();
  }

  /** The mail's text: the whole content of a plain mail, the first text part of one with attachments. */
  private static String text(Object content) throws MessagingException, IOException {
    if (content instanceof Multipart multipart) {
      for (int i = 0; i < multipart.getCount(); i++) {
        BodyPart part = multipart.getBodyPart(i);
        if (!Part.ATTACHMENT.equalsIgnoreCase(part.getDisposition())) {
          String text = text(part.getContent());
          if (text != null) {
            return text;
          }
        }
      }
      return null;
    }
    return content instanceof String text ? text : null;
  }

  private static List<String> attachments(Object content) throws MessagingException, IOException {
    List<String> names = new ArrayList<>();
    if (content instanceof Multipart multipart) {
      for (int i = 0; i < multipart.getCount(); i++) {
        BodyPart part = multipart.getBodyPart(i);
        if (Part.ATTACHMENT.equalsIgnoreCase(part.getDisposition())) {
          names.add(part.getFileName());
        } else {
          names.addAll(attachments(part.getContent()));
        }
      }
    }
    return names;
  }

  private static List<String> addresses(MimeMessage message, Message.RecipientType type) throws MessagingException {
    return message.getRecipients(type) == null ? List.of()
        : Arrays.stream(message.getRecipients(type)).map(Object::toString).toList();
  }
}

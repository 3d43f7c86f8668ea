package nl.wmotoezicht.notification;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.util.Arrays;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/** Shows the mails the local mail server received (demo profile only). */
@RestController
@ConditionalOnBean(LocalMailServer.class)
@Tag(name = "Demo")
class DemoMailController {

  private final LocalMailServer server;

  DemoMailController(LocalMailServer server) {
    this.server = server;
  }

  /** A received mail. */
  record ReceivedMail(Date sent, String from, List<String> to, List<String> cc, String caseNumber, String subject,
      String body) {
  }

  @Operation(summary = "Verzonden mail (alleen demo)")
  @GetMapping("/api/demo/mails")
  List<ReceivedMail> mails() throws MessagingException, IOException {
    // the server keeps one copy per recipient; show each mail once
    Map<String, ReceivedMail> result = new LinkedHashMap<>();
    for (MimeMessage message : server.greenMail().getReceivedMessages()) {
      result.putIfAbsent(message.getMessageID(), new ReceivedMail(message.getSentDate(), Arrays.toString(message.getFrom()),
          addresses(message, Message.RecipientType.TO), addresses(message, Message.RecipientType.CC),
          message.getHeader(SendMailDelegate.CASE_HEADER, null), message.getSubject(), message.getContent().toString()));
    }
    return List.copyOf(result.values());
  }

  private static List<String> addresses(MimeMessage message, Message.RecipientType type) throws MessagingException {
    return message.getRecipients(type) == null ? List.of()
        : Arrays.stream(message.getRecipients(type)).map(Object::toString).toList();
  }
}

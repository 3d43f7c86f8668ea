package nl.wmotoezicht.testsupport;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A real SMTP server (GreenMail) shared by the tests of one JVM, on a free port chosen when the JVM
 * starts; {@link TestDatabase} hands the port to the application as {@code spring.mail.port}, so
 * builds running side by side never share a mail server.
 */
public final class TestMailServer {

  public static final int PORT = freePort();
  private static GreenMail greenMail;

  private TestMailServer() {
  }

  private static int freePort() {
    try (java.net.ServerSocket socket = new java.net.ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
      return socket.getLocalPort();
    } catch (java.io.IOException e) {
      throw new IllegalStateException("No free port for the test mail server", e);
    }
  }

  public static synchronized GreenMail get() {
    if (greenMail == null) {
      greenMail = new GreenMail(new ServerSetup(PORT, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
      greenMail.start();
      Runtime.getRuntime().addShutdownHook(new Thread(greenMail::stop));
    }
    return greenMail;
  }

  /** The template a mail was rendered from (header {@code X-Wmo-Sjabloon}), or null. */
  public static String templateOf(MimeMessage message) {
    try {
      String[] values = message.getHeader("X-Wmo-Sjabloon");
      return values == null ? null : values[0];
    } catch (MessagingException e) {
      throw new IllegalStateException(e);
    }
  }

  /** A mail's text, also when PDFs are attached (the first text part of a multipart mail). */
  public static String bodyOf(MimeMessage message) {
    try {
      return textOf(message.getContent());
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }

  private static String textOf(Object content) throws Exception {
    if (content instanceof jakarta.mail.Multipart multipart) {
      for (int i = 0; i < multipart.getCount(); i++) {
        jakarta.mail.BodyPart part = multipart.getBodyPart(i);
        if (!jakarta.mail.Part.ATTACHMENT.equalsIgnoreCase(part.getDisposition())) {
          String text = textOf(part.getContent());
          if (text != null) {
            return text;
          }
        }
      }
      return null;
    }
    return content instanceof String text ? text : null;
  }

  /** The case's mail rendered from the template; fails when there is none. */
  public static MimeMessage mail(String caseNumber, String template) throws MessagingException {
    return mailsFor(caseNumber).stream().filter(message -> template.equals(templateOf(message))).findFirst()
        .orElseThrow(() -> new AssertionError("no mail " + template + " for " + caseNumber));
  }

  /** Subject and text of the case's mail rendered from the template; fails when there is none. */
  public static String mailText(String caseNumber, String template) throws MessagingException {
    MimeMessage message = mail(caseNumber, template);
    return message.getSubject() + "\n" + bodyOf(message);
  }

  /** The templates of the case's mails, in the order they were sent. */
  public static List<String> templatesFor(String caseNumber) throws MessagingException {
    return mailsFor(caseNumber).stream().map(TestMailServer::templateOf).toList();
  }

  /** The distinct mails (one per Message-ID, however many recipients) sent for a case. */
  public static List<MimeMessage> mailsFor(String caseNumber) throws MessagingException {
    Map<String, MimeMessage> distinct = new LinkedHashMap<>();
    for (MimeMessage message : get().getReceivedMessages()) {
      String[] header = message.getHeader("X-Wmo-Zaak");
      if (header != null && Arrays.asList(header).contains(caseNumber)) {
        distinct.putIfAbsent(message.getMessageID(), message);
      }
    }
    return List.copyOf(distinct.values());
  }
}

package nl.wmotoezicht.testsupport;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** A real SMTP server (GreenMail) on the port of the test profile, shared by the tests of one JVM. */
public final class TestMailServer {

  public static final int PORT = 3926;
  private static GreenMail greenMail;

  private TestMailServer() {
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

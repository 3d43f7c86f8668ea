package nl.wmotoezicht.notification;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.annotation.PreDestroy;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.stereotype.Component;

/**
 * The embedded default's mail server (demo profile): a real SMTP server on localhost that keeps
 * every mail the app sends, readable with any mail client over IMAP or at {@code /api/demo/mails}.
 */
@Component
@ConditionalOnProperty(name = "wmo.demo.mail-server.enabled", havingValue = "true")
public class LocalMailServer {

  private static final Logger LOG = LoggerFactory.getLogger(LocalMailServer.class);
  private final GreenMail greenMail;

  LocalMailServer(@Value("${wmo.demo.mail-server.smtp-port}") int smtpPort,
      @Value("${wmo.demo.mail-server.imap-port}") int imapPort) {
    greenMail = new GreenMail(new ServerSetup[] {
        new ServerSetup(smtpPort, "127.0.0.1", ServerSetup.PROTOCOL_SMTP),
        new ServerSetup(imapPort, "127.0.0.1", ServerSetup.PROTOCOL_IMAP)});
    greenMail.start();
    LOG.info("Local mail server: SMTP on 127.0.0.1:{}, IMAP on 127.0.0.1:{}; sent mail at /api/demo/mails",
        smtpPort, imapPort);
  }

  GreenMail greenMail() {
    return greenMail;
  }

  @PreDestroy
  void stop() {
    greenMail.stop();
  }
}

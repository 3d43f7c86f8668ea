package nl.wmotoezicht.notification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.net.ServerSocket;
import nl.wmotoezicht.cases.CaseVisibility;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.mail.javamail.JavaMailSenderImpl;
import org.springframework.mail.javamail.MimeMessageHelper;

/** The demo mail list shows each user only the mails of cases he may see (docs/security/tenancy.md). */
class DemoMailControllerTest {

  private LocalMailServer server;
  private JavaMailSenderImpl sender;

  @BeforeEach
  void start() throws IOException {
    int smtp = freePort();
    server = new LocalMailServer(smtp, freePort());
    sender = new JavaMailSenderImpl();
    sender.setHost("127.0.0.1");
    sender.setPort(smtp);
  }

  @AfterEach
  void stop() {
    server.stop();
  }

  private void send(String caseNumber, String subject) throws Exception {
    MimeMessage message = sender.createMimeMessage();
    MimeMessageHelper helper = new MimeMessageHelper(message, false, "UTF-8");
    helper.setFrom("toezicht@regio.example");
    helper.setTo("kwaliteit@zorgthuiszuid.example");
    helper.setSubject(subject);
    helper.setText("Tekst");
    if (caseNumber != null) {
      message.setHeader(SendMailDelegate.CASE_HEADER, caseNumber);
    }
    sender.send(message);
  }

  @Test
  void showsOnlyTheMailsOfVisibleCases() throws Exception {
    send("SIG-2026-00001", "Heerlen");
    send("SIG-2026-00002", "Maastricht");
    send(null, "Zonder zaak");
    CaseVisibility visibility = mock(CaseVisibility.class);
    when(visibility.isVisible("SIG-2026-00001")).thenReturn(true);
    when(visibility.isVisible("SIG-2026-00002")).thenReturn(false);

    var mails = new DemoMailController(server, visibility).mails();

    assertThat(mails).extracting(DemoMailController.ReceivedMail::subject).containsExactly("Heerlen");
  }

  private static int freePort() throws IOException {
    try (ServerSocket socket = new ServerSocket(0)) {
      return socket.getLocalPort();
    }
  }
}

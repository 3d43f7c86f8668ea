package nl.wmotoezicht.notification;

import static nl.wmotoezicht.testsupport.ProcessTestSupport.runAsyncJobs;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import nl.wmotoezicht.calamity.CalamityFixtures;
import nl.wmotoezicht.calamity.CalamityProcess;
import nl.wmotoezicht.testsupport.TestMailServer;
import nl.wmotoezicht.testsupport.WmoIntegrationTest;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mail.javamail.JavaMailSenderImpl;

/**
 * Mail steps one after another share one SMTP connection (notification/PooledMailSender), counted where the mail
 * server sees them: a relay in front of the test mail server counts the connections it accepts. Every mail still
 * arrives once, and a connection the server dropped is replaced without losing a mail.
 */
@WmoIntegrationTest
class SmtpConnectionReuseTest {

  @Autowired RuntimeService runtime;
  @Autowired ManagementService management;
  @Autowired JavaMailSenderImpl mailSender;

  private CountingRelay relay;
  private int workingPort;

  @BeforeEach
  void relay() throws IOException {
    TestMailServer.get();
    relay = new CountingRelay(TestMailServer.PORT);
    workingPort = mailSender.getPort();
    mailSender.setPort(relay.port());
  }

  @AfterEach
  void restore() throws IOException {
    mailSender.setPort(workingPort);
    relay.close();
  }

  @Test
  void theAppNamesJakartaMailsStreamProviderSoNoMessageScansTheClassPath() {
    // set when the mail sender is made (MailStreamProviderPin); without it every multipart runs a ServiceLoader scan
    assertThat(System.getProperty("jakarta.mail.util.StreamProvider"))
        .isEqualTo("org.eclipse.angus.mail.util.MailStreamProvider");
  }

  private String intakeWithMail() throws Exception {
    ProcessInstance pi = runtime.createMessageCorrelation(CalamityProcess.Messages.REPORTED)
        .setVariables(CalamityFixtures.report(UUID.randomUUID().toString())).correlateStartMessage();
    runAsyncJobs(management, pi);
    return pi.getBusinessKey();
  }

  @Test
  void threeMailStepsOneAfterAnotherUseOneConnection() throws Exception {
    List<String> cases = List.of(intakeWithMail(), intakeWithMail(), intakeWithMail());

    for (String caseNumber : cases) {
      assertThat(TestMailServer.templatesFor(caseNumber)).as(caseNumber).containsExactly("calamiteit-melding-gemeente");
    }
    assertThat(relay.accepted()).as("SMTP connections for three mails").isEqualTo(1);
  }

  @Test
  void aConnectionTheServerDroppedIsReplacedAndNoMailIsLost() throws Exception {
    String first = intakeWithMail();
    relay.dropAll();
    String second = intakeWithMail();

    assertThat(TestMailServer.templatesFor(first)).containsExactly("calamiteit-melding-gemeente");
    assertThat(TestMailServer.templatesFor(second)).containsExactly("calamiteit-melding-gemeente");
    assertThat(relay.accepted()).isEqualTo(2);
  }

  /** A TCP relay on a free loopback port to the given port that counts the connections it accepts. */
  static final class CountingRelay implements AutoCloseable {
    private final ServerSocket server;
    private final AtomicInteger accepted = new AtomicInteger();
    private final List<Socket> sockets = new CopyOnWriteArrayList<>();

    CountingRelay(int targetPort) throws IOException {
      server = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
      Thread acceptor = new Thread(() -> {
        while (!server.isClosed()) {
          try {
            Socket client = server.accept();
            accepted.incrementAndGet();
            Socket target = new Socket(InetAddress.getLoopbackAddress(), targetPort);
            sockets.add(client);
            sockets.add(target);
            pump(client, target);
            pump(target, client);
          } catch (IOException e) {
            return;
          }
        }
      }, "smtp-relay");
      acceptor.setDaemon(true);
      acceptor.start();
    }

    private void pump(Socket from, Socket to) {
      Thread pump = new Thread(() -> {
        try (InputStream in = from.getInputStream(); OutputStream out = to.getOutputStream()) {
          in.transferTo(out);
        } catch (IOException e) {
          // the other side closed
        } finally {
          closeQuietly(from);
          closeQuietly(to);
        }
      }, "smtp-relay-pump");
      pump.setDaemon(true);
      pump.start();
    }

    int port() {
      return server.getLocalPort();
    }

    int accepted() {
      return accepted.get();
    }

    /** Closes every connection, as a mail server does after its idle timeout or a restart. */
    void dropAll() throws InterruptedException {
      sockets.forEach(CountingRelay::closeQuietly);
      sockets.clear();
      Thread.sleep(200);
    }

    @Override
    public void close() throws IOException {
      server.close();
      sockets.forEach(CountingRelay::closeQuietly);
    }

    private static void closeQuietly(Socket socket) {
      try {
        socket.close();
      } catch (IOException e) {
        // closed already
      }
    }
  }
}

package nl.wmotoezicht.notification;

import jakarta.mail.Address;
import jakarta.mail.AuthenticationFailedException;
import jakarta.mail.MessagingException;
import jakarta.mail.Transport;
import jakarta.mail.internet.MimeMessage;
import java.time.Duration;
import java.util.Date;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentLinkedDeque;
import java.util.concurrent.atomic.AtomicLong;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.mail.MailAuthenticationException;
import org.springframework.mail.MailSendException;
import org.springframework.mail.javamail.JavaMailSenderImpl;

/**
 * Spring's {@link JavaMailSenderImpl} opens an SMTP connection for every {@code send} and closes it after the
 * message (TCP connect, greeting, EHLO, with TLS a handshake, and login; then QUIT), while every mail step of the
 * models sends one message per job. This sender keeps a few connected transports between sends and reuses one that
 * the server still answers (a NOOP, as Spring checks between the messages of one batch), so a burst of mail steps
 * costs the app and the mail server one connection per job executor thread instead of one per mail.
 *
 * <p>What is sent, and when, is unchanged: each message is sent in the job that sends it today, and a message that
 * fails is reported as before (a failed job, retried on the model's cycle, then an incident). A connection that
 * failed is closed, never reused; a connection is closed after {@code maxMessagesPerConnection} messages (relays
 * may limit messages per connection), after {@code maxIdle} without use, and when the host, port, protocol or user
 * changed since it was opened.
 */
public class PooledMailSender extends JavaMailSenderImpl implements DisposableBean {

  private static final Logger LOG = LoggerFactory.getLogger(PooledMailSender.class);

  /** A connected transport, the endpoint it was opened for, when it was last used and how many it has sent. */
  private static final class Connection {
    final Transport transport;
    final String endpoint;
    long lastUsed;
    int sent;

    Connection(Transport transport, String endpoint) {
      this.transport = transport;
      this.endpoint = endpoint;
    }
  }

  private final Deque<Connection> idle = new ConcurrentLinkedDeque<>();
  private final AtomicLong opened = new AtomicLong();
  private final int maxIdleConnections;
  private final long maxIdleNanos;
  private final int maxMessagesPerConnection;

  /**
   * @param maxIdleConnections connections kept between sends (0 opens one per message, as Spring does)
   * @param maxIdle how long an unused connection is kept
   * @param maxMessagesPerConnection messages sent over one connection before it is closed
   */
  public PooledMailSender(int maxIdleConnections, Duration maxIdle, int maxMessagesPerConnection) {
    if (maxIdleConnections < 0 || maxIdle.isNegative() || maxMessagesPerConnection < 1) {
      throw new IllegalArgumentException("wmo.mail.connections: idle >= 0, max-idle >= 0 en max-messages >= 1");
    }
    this.maxIdleConnections = maxIdleConnections;
    this.maxIdleNanos = maxIdle.toNanos();
    this.maxMessagesPerConnection = maxMessagesPerConnection;
  }

  /** How many SMTP connections this sender opened so far. */
  public long connectionsOpened() {
    return opened.get();
  }

  @Override
  protected void doSend(MimeMessage[] mimeMessages, Object[] originalMessages) {
    Map<Object, Exception> failed = new LinkedHashMap<>();
    for (int i = 0; i < mimeMessages.length; i++) {
      MimeMessage message = mimeMessages[i];
      Object original = originalMessages != null ? originalMessages[i] : message;
      Connection connection;
      try {
        connection = borrow();
      } catch (AuthenticationFailedException e) {
        throw new MailAuthenticationException(e);
      } catch (Exception e) {
        for (int j = i; j < mimeMessages.length; j++) {
          failed.put(originalMessages != null ? originalMessages[j] : mimeMessages[j], e);
        }
        throw new MailSendException("Mail server connection failed", e, failed);
      }
      try {
        // as JavaMailSenderImpl: a sent date, the message id kept through saveChanges
        if (message.getSentDate() == null) {
          message.setSentDate(new Date());
        }
        String messageId = message.getMessageID();
        message.saveChanges();
        if (messageId != null) {
          message.setHeader("Message-ID", messageId);
        }
        Address[] addresses = message.getAllRecipients();
        connection.transport.sendMessage(message, addresses != null ? addresses : new Address[0]);
        connection.sent++;
        giveBack(connection);
      } catch (Exception e) {
        close(connection);
        failed.put(original, e);
      }
    }
    if (!failed.isEmpty()) {
      throw new MailSendException(failed);
    }
  }

  /** A connection to the current endpoint that the server still answers, or a new one. */
  private Connection borrow() throws MessagingException {
    String endpoint = endpoint();
    long now = System.nanoTime();
    Connection candidate;
    while ((candidate = idle.pollFirst()) != null) {
      if (candidate.endpoint.equals(endpoint) && now - candidate.lastUsed <= maxIdleNanos
          && candidate.transport.isConnected()) {
        return candidate;
      }
      close(candidate);
    }
    Transport transport = connectTransport();
    opened.incrementAndGet();
    return new Connection(transport, endpoint);
  }

  private void giveBack(Connection connection) {
    connection.lastUsed = System.nanoTime();
    if (connection.sent >= maxMessagesPerConnection || idle.size() >= maxIdleConnections
        || !connection.endpoint.equals(endpoint())) {
      close(connection);
      return;
    }
    idle.offerFirst(connection);
  }

  private String endpoint() {
    return Objects.toString(getProtocol()) + "://" + Objects.toString(getUsername()) + "@" + getHost() + ":"
        + getPort();
  }

  private static void close(Connection connection) {
    try {
      connection.transport.close();
    } catch (Exception e) {
      LOG.debug("Closing an SMTP connection failed: {}", e.toString());
    }
  }

  /** Closes the connections kept between sends. */
  @Override
  public void destroy() {
    Connection connection;
    while ((connection = idle.pollFirst()) != null) {
      close(connection);
    }
  }
}

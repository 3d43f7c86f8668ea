package nl.wmotoezicht.notification;

import java.time.Duration;
import java.util.Properties;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.mail.MailProperties;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.ssl.SslBundles;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The mail sender: configured from {@code spring.mail.*} as Spring Boot configures its own (host, port, user,
 * password, protocol, encoding, {@code spring.mail.properties}, {@code spring.mail.ssl}), but keeping SMTP
 * connections between sends ({@link PooledMailSender}, {@code wmo.mail.connections.*}). Boot's sender backs off
 * because this one exists. Jakarta Mail's stream provider is named once ({@link MailStreamProviderPin}).
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(MailProperties.class)
class MailSenderConfig {

  @Bean
  PooledMailSender mailSender(MailProperties properties, ObjectProvider<SslBundles> sslBundles,
      @Value("${wmo.mail.connections.idle:4}") int idleConnections,
      @Value("${wmo.mail.connections.max-idle:10s}") Duration maxIdle,
      @Value("${wmo.mail.connections.max-messages:20}") int maxMessages) {
    MailStreamProviderPin.pin();
    PooledMailSender sender = new PooledMailSender(idleConnections, maxIdle, maxMessages);
    sender.setHost(properties.getHost());
    if (properties.getPort() != null) {
      sender.setPort(properties.getPort());
    }
    sender.setUsername(properties.getUsername());
    sender.setPassword(properties.getPassword());
    sender.setProtocol(properties.getProtocol());
    if (properties.getDefaultEncoding() != null) {
      sender.setDefaultEncoding(properties.getDefaultEncoding().name());
    }
    Properties javaMail = new Properties();
    javaMail.putAll(properties.getProperties());
    String protocol = properties.getProtocol() == null || properties.getProtocol().isEmpty() ? "smtp"
        : properties.getProtocol();
    MailProperties.Ssl ssl = properties.getSsl();
    if (ssl.isEnabled()) {
      javaMail.setProperty("mail." + protocol + ".ssl.enable", "true");
    }
    if (ssl.getBundle() != null) {
      javaMail.put("mail." + protocol + ".ssl.socketFactory",
          sslBundles.getObject().getBundle(ssl.getBundle()).createSslContext().getSocketFactory());
    }
    if (!javaMail.isEmpty()) {
      sender.setJavaMailProperties(javaMail);
    }
    if (properties.getJndiName() != null) {
      throw new IllegalStateException("spring.mail.jndi-name wordt niet ondersteund; stel spring.mail.host in");
    }
    return sender;
  }
}

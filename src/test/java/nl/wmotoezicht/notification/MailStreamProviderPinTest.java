package nl.wmotoezicht.notification;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.mail.util.StreamProvider;
import org.eclipse.angus.mail.util.MailStreamProvider;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Jakarta Mail's stream provider is named by its system property, so the API loads that class instead of scanning
 * the class path on every multipart; an operator's own choice is kept.
 */
class MailStreamProviderPinTest {

  private String before;

  @BeforeEach
  void remember() {
    before = System.getProperty(MailStreamProviderPin.PROPERTY);
    System.clearProperty(MailStreamProviderPin.PROPERTY);
  }

  @AfterEach
  void restore() {
    if (before == null) {
      System.clearProperty(MailStreamProviderPin.PROPERTY);
    } else {
      System.setProperty(MailStreamProviderPin.PROPERTY, before);
    }
  }

  @Test
  void namesAngusMailsProviderWhichTheApiThenLoadsByName() {
    assertThat(MailStreamProviderPin.pin()).isEqualTo(MailStreamProvider.class.getName());

    assertThat(System.getProperty(MailStreamProviderPin.PROPERTY)).isEqualTo(MailStreamProvider.class.getName());
    assertThat(StreamProvider.provider()).isInstanceOf(MailStreamProvider.class);
  }

  @Test
  void keepsAProviderTheOperatorNamed() {
    System.setProperty(MailStreamProviderPin.PROPERTY, "com.example.OwnStreamProvider");

    assertThat(MailStreamProviderPin.pin()).isEqualTo("com.example.OwnStreamProvider");
    assertThat(System.getProperty(MailStreamProviderPin.PROPERTY)).isEqualTo("com.example.OwnStreamProvider");
  }
}

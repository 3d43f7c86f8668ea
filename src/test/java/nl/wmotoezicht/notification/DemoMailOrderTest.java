package nl.wmotoezicht.notification;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Date;
import java.util.List;
import nl.wmotoezicht.notification.DemoMailController.ReceivedMail;
import org.junit.jupiter.api.Test;

/** The demo mail list reads as a story: oldest mail first, whatever mailbox the server kept it in. */
class DemoMailOrderTest {

  private static ReceivedMail mail(String subject, long sentMillis) {
    return new ReceivedMail(new Date(sentMillis), "toezicht@wmo.example", List.of("a@example.nl"), List.of(),
        "CAL-2026-00001", subject, "", List.of());
  }

  @Test
  void mailsAreListedInTheOrderTheyWereSent() {
    // as the server hands them out: per mailbox, the provider's mailbox first
    List<ReceivedMail> byMailbox = List.of(mail("Herinnering", 3_000), mail("Verzoek om onderzoek", 1_000),
        mail("Melding aan de gemeente", 2_000));
    assertThat(DemoMailController.inTimeOrder(byMailbox)).extracting(ReceivedMail::subject)
        .containsExactly("Verzoek om onderzoek", "Melding aan de gemeente", "Herinnering");
  }
}

package nl.wmotoezicht.demo;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.boot.actuate.health.Status;

/** While the demo history is made the engine runs on last year's clock: the health says so (503) until it is done. */
class DemoHistoryHealthTest {

  @Test
  void isOutOfServiceUntilTheStartUpHistoryIsMadeAndUpWhenItIsNotWanted() {
    DemoHistory wanted = new DemoHistory(null, null, null, null, null, true);
    assertThat(new DemoHistoryHealth(wanted).health().getStatus()).isEqualTo(Status.OUT_OF_SERVICE);
    assertThat(new DemoHistoryHealth(wanted).health().getDetails()).containsKey("reden");

    DemoHistory notWanted = new DemoHistory(null, null, null, null, null, false);
    assertThat(new DemoHistoryHealth(notWanted).health().getStatus()).isEqualTo(Status.UP);
    notWanted.addLastYear();
    assertThat(new DemoHistoryHealth(notWanted).health().getStatus()).isEqualTo(Status.UP);
  }
}

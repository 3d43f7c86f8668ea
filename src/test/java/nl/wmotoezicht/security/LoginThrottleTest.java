package nl.wmotoezicht.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;

/** The rules of the login throttle, on a clock the test moves. */
class LoginThrottleTest {

  private final MovingClock clock = new MovingClock();
  private final LoginThrottle throttle =
      new LoginThrottle(5, 30, Duration.ofSeconds(1), Duration.ofMinutes(15), Duration.ofHours(1), 20, clock);

  @Test
  void fiveFreeAttemptsThenADoublingDelayForThatAccountFromThatSource() {
    for (int i = 0; i < 5; i++) {
      throttle.failed("a", "10.0.0.1");
    }
    assertThat(throttle.waitFor("a", "10.0.0.1")).isEmpty();
    throttle.failed("a", "10.0.0.1");
    assertThat(throttle.waitFor("a", "10.0.0.1")).contains(Duration.ofSeconds(1));
    throttle.failed("a", "10.0.0.1");
    assertThat(throttle.waitFor("a", "10.0.0.1")).contains(Duration.ofSeconds(2));
    assertThat(throttle.waitFor("a", "10.0.0.2")).as("the owner elsewhere").isEmpty();
    assertThat(throttle.waitFor("b", "10.0.0.1")).as("another account from the same source").isEmpty();
    clock.advance(Duration.ofSeconds(2));
    assertThat(throttle.waitFor("a", "10.0.0.1")).as("after the delay").isEmpty();
  }

  @Test
  void theDelayIsCappedAndNeverPermanent() {
    for (int i = 0; i < 100; i++) {
      throttle.failed("a", "10.0.0.1");
    }
    assertThat(throttle.waitFor("a", "10.0.0.1")).contains(Duration.ofMinutes(15));
    clock.advance(Duration.ofMinutes(15));
    assertThat(throttle.waitFor("a", "10.0.0.1")).isEmpty();
  }

  @Test
  void aSprayingSourceIsSlowedForEveryAccount() {
    for (int i = 0; i < 31; i++) {
      throttle.failed("user" + i, "10.0.0.9");
    }
    assertThat(throttle.waitFor("somebody-else", "10.0.0.9")).isPresent();
    assertThat(throttle.waitFor("somebody-else", "10.0.0.1")).isEmpty();
  }

  @Test
  void aSuccessResetsThePair() {
    for (int i = 0; i < 6; i++) {
      throttle.failed("a", "10.0.0.1");
    }
    clock.advance(Duration.ofSeconds(1));
    throttle.succeeded("a", "10.0.0.1");
    throttle.failed("a", "10.0.0.1");
    assertThat(throttle.waitFor("a", "10.0.0.1")).isEmpty();
  }

  static final class MovingClock extends Clock {
    private Instant now = Instant.parse("2026-12-05T10:00:00Z");

    void advance(Duration duration) {
      now = now.plus(duration);
    }

    @Override
    public ZoneId getZone() {
      return ZoneId.of("UTC");
    }

    @Override
    public Clock withZone(ZoneId zone) {
      return this;
    }

    @Override
    public Instant instant() {
      return now;
    }
  }
}

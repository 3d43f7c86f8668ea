package nl.wmotoezicht.demo;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Test;
import org.springframework.boot.actuate.health.Status;
import org.springframework.mock.web.MockFilterChain;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;

/**
 * While the demo history is made the engine runs on last year's clock: the health says so (503) and the API paths
 * refuse requests (503 problem) until it is done.
 */
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

  @Test
  void aWaitForTheHistoryEndsWhenItIsMadeOrWhenTheLimitIsReached() throws Exception {
    assertThat(new DemoHistory(null, null, null, null, null, false).awaitReady(Duration.ofMinutes(5))).isTrue();
    assertThat(new DemoHistory(null, null, null, null, null, true).awaitReady(Duration.ofMillis(100))).isFalse();
  }

  @Test
  void theApiAnswers503WithADutchProblemUntilTheHistoryIsMade() throws Exception {
    AtomicBoolean ready = new AtomicBoolean(false);
    DemoHistoryTrafficFilter filter = new DemoHistoryTrafficFilter(ready::get, limit -> ready.get(),
        Duration.ofSeconds(1), new ObjectMapper());

    MockHttpServletResponse refused = new MockHttpServletResponse();
    MockFilterChain notCalled = new MockFilterChain();
    filter.doFilter(new MockHttpServletRequest("POST", "/api/calamity-reports"), refused, notCalled);
    assertThat(refused.getStatus()).isEqualTo(503);
    assertThat(refused.getHeader("Retry-After")).isEqualTo("30");
    assertThat(refused.getContentType()).startsWith("application/problem+json");
    assertThat(refused.getContentAsString(java.nio.charset.StandardCharsets.UTF_8))
        .contains("tijdelijk-niet-beschikbaar", "Stuur het verzoek over 30 seconden opnieuw");
    assertThat(notCalled.getRequest()).isNull();

    ready.set(true);
    MockHttpServletResponse served = new MockHttpServletResponse();
    MockFilterChain called = new MockFilterChain();
    filter.doFilter(new MockHttpServletRequest("POST", "/api/calamity-reports"), served, called);
    assertThat(called.getRequest()).isNotNull();
    assertThat(served.getStatus()).isEqualTo(200);
  }

  @Test
  void aWebappSignInWaitsForTheHistoryAndIsRefusedOnlyWhenTheWaitRunsOut() throws Exception {
    String signIn = "/camunda/api/admin/auth/user/default/login/tasklist";
    List<Duration> waited = new ArrayList<>();
    DemoHistoryTrafficFilter madeMeanwhile = new DemoHistoryTrafficFilter(() -> false, limit -> {
      waited.add(limit);
      return true; // the history was made while the sign-in waited
    }, Duration.ofSeconds(45), new ObjectMapper());
    MockFilterChain called = new MockFilterChain();
    madeMeanwhile.doFilter(new MockHttpServletRequest("POST", signIn), new MockHttpServletResponse(), called);
    assertThat(called.getRequest()).isNotNull();
    assertThat(waited).containsExactly(Duration.ofSeconds(45));

    DemoHistoryTrafficFilter stillMaking = new DemoHistoryTrafficFilter(() -> false, limit -> false,
        Duration.ofSeconds(45), new ObjectMapper());
    MockHttpServletResponse refused = new MockHttpServletResponse();
    MockFilterChain notCalled = new MockFilterChain();
    stillMaking.doFilter(new MockHttpServletRequest("POST", signIn), refused, notCalled);
    assertThat(refused.getStatus()).isEqualTo(503);
    assertThat(notCalled.getRequest()).isNull();
  }
}

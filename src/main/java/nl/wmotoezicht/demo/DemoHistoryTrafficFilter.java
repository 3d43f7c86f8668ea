package nl.wmotoezicht.demo;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.function.BooleanSupplier;
import java.util.regex.Pattern;
import nl.wmotoezicht.kernel.Problems;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * While the demo profile makes a year's history (docs/demo-historie.md) the engine's clock is that year's, so a
 * request served meanwhile would be judged against that date (a task completed, a deadline computed, a login's lockout
 * timed). What the filter does with a request to {@code /api}, {@code /engine-rest} or {@code /camunda/api} then
 * ({@link #treatment(String)}):
 *
 * <ul>
 *   <li>the webapps' sign-in, sign-out and "who is signed in" ({@code /camunda/api/admin/auth/…}) wait until the
 *       history is made, at most {@code wmo.demo.history.sign-in-wait}, and are then served on today's clock: a
 *       sign-in in a freshly started demo is slow rather than refused;</li>
 *   <li>the webapps' plugin scripts and styles ({@code /camunda/api/<app>/plugin/<plugin>/static/…}) and the list of
 *       engine names are served at once: they read nothing the clock judges, and a page that missed its scripts
 *       would stay broken after the history is made;</li>
 *   <li>everything else answers 503 with {@code Retry-After} and a Dutch problem until the history is made, as
 *       {@code /actuator/health} does (DemoHistoryHealth).</li>
 * </ul>
 */
class DemoHistoryTrafficFilter extends OncePerRequestFilter {

  static final int RETRY_AFTER_SECONDS = 30;
  static final String TYPE = "tijdelijk-niet-beschikbaar";
  static final String TITLE = "Tijdelijk niet beschikbaar";
  static final String DETAIL = "De demo-omgeving maakt de geschiedenis van vorig jaar aan en rekent zolang met de "
      + "datum van toen; er is niets opgeslagen. Stuur het verzoek over " + RETRY_AFTER_SECONDS
      + " seconden opnieuw.";

  /** What is done with a request while the history is made. */
  enum Treatment {
    /** Served at once: reads nothing the engine's clock judges. */
    SERVE,
    /** Held until the history is made (bounded), then served. */
    WAIT,
    /** Answered 503 until the history is made. */
    REFUSE
  }

  private static final String SIGN_IN = "/camunda/api/admin/auth/";
  private static final Pattern PLUGIN_ASSET = Pattern.compile("/camunda/api/[a-z]+/plugin/[^/]+/static/.+");
  private static final Pattern ENGINE_NAMES = Pattern.compile("/camunda/api/engine/engine/?");

  /** Waits until the history is made, at most this long; whether it is. */
  @FunctionalInterface
  interface Waiter {
    boolean awaitReady(Duration limit) throws InterruptedException;
  }

  private final BooleanSupplier ready;
  private final Waiter waiter;
  private final Duration signInWait;
  private final ObjectMapper objectMapper;

  DemoHistoryTrafficFilter(BooleanSupplier ready, Waiter waiter, Duration signInWait, ObjectMapper objectMapper) {
    this.ready = ready;
    this.waiter = waiter;
    this.signInWait = signInWait;
    this.objectMapper = objectMapper;
  }

  /** What is done with a request to this path (without the context path) while the history is made. */
  static Treatment treatment(String path) {
    if (path.startsWith(SIGN_IN)) {
      return Treatment.WAIT;
    }
    if (PLUGIN_ASSET.matcher(path).matches() && !path.contains("..") || ENGINE_NAMES.matcher(path).matches()) {
      return Treatment.SERVE;
    }
    return Treatment.REFUSE;
  }

  @Override
  protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws ServletException, IOException {
    if (ready.getAsBoolean() || served(request.getRequestURI().substring(request.getContextPath().length()))) {
      chain.doFilter(request, response);
      return;
    }
    ProblemDetail problem = Problems.of(HttpStatus.SERVICE_UNAVAILABLE, TYPE, TITLE, DETAIL);
    response.setStatus(HttpServletResponse.SC_SERVICE_UNAVAILABLE);
    response.setHeader("Retry-After", String.valueOf(RETRY_AFTER_SECONDS));
    response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
    response.setCharacterEncoding(StandardCharsets.UTF_8.name());
    objectMapper.writeValue(response.getOutputStream(), problem);
  }

  /** Whether the request is served while the history is made, after waiting for it if it is a sign-in. */
  private boolean served(String path) {
    return switch (treatment(path)) {
      case SERVE -> true;
      case REFUSE -> false;
      case WAIT -> {
        try {
          yield waiter.awaitReady(signInWait);
        } catch (InterruptedException e) {
          Thread.currentThread().interrupt();
          yield false;
        }
      }
    };
  }
}

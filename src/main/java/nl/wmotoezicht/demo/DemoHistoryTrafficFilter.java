package nl.wmotoezicht.demo;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.function.BooleanSupplier;
import nl.wmotoezicht.kernel.Problems;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * While the demo profile makes a year's history (docs/demo-historie.md) the engine's clock is that year's, so a
 * request served meanwhile would be judged against that date: the API paths answer 503 with {@code Retry-After} and
 * a Dutch problem until the history is made, as {@code /actuator/health} does (DemoHistoryHealth).
 */
class DemoHistoryTrafficFilter extends OncePerRequestFilter {

  static final int RETRY_AFTER_SECONDS = 30;
  static final String TYPE = "tijdelijk-niet-beschikbaar";
  static final String TITLE = "Tijdelijk niet beschikbaar";
  static final String DETAIL = "De demo-omgeving maakt de geschiedenis van vorig jaar aan en rekent zolang met de "
      + "datum van toen; er is niets opgeslagen. Stuur het verzoek over " + RETRY_AFTER_SECONDS
      + " seconden opnieuw.";

  private final BooleanSupplier ready;
  private final ObjectMapper objectMapper;

  DemoHistoryTrafficFilter(BooleanSupplier ready, ObjectMapper objectMapper) {
    this.ready = ready;
    this.objectMapper = objectMapper;
  }

  @Override
  protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws ServletException, IOException {
    if (ready.getAsBoolean()) {
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
}

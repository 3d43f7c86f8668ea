package nl.wmotoezicht.security;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.Optional;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Applies the {@link LoginThrottle} to every password login: HTTP Basic on {@code /engine-rest} and {@code /api},
 * and the webapps' login form. While an account (from this source) or the source itself must wait, the password
 * is not checked and the answer is 429 with {@code Retry-After}; a 401 afterwards counts as a failure, anything
 * else as a success. Requests with an API key ({@link MachineCredentials}) are no password logins.
 */
class LoginThrottleFilter extends OncePerRequestFilter {

  private final LoginThrottle throttle;
  private final ObjectMapper objectMapper;

  LoginThrottleFilter(LoginThrottle throttle, ObjectMapper objectMapper) {
    this.throttle = throttle;
    this.objectMapper = objectMapper;
  }

  @Override
  protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws ServletException, IOException {
    Optional<String> account = attemptedAccount(request);
    if (account.isEmpty()) {
      chain.doFilter(request, response);
      return;
    }
    String source = request.getRemoteAddr();
    Optional<Duration> wait = throttle.waitFor(account.get(), source);
    if (wait.isPresent()) {
      long seconds = Math.max(1, (wait.get().toMillis() + 999) / 1000);
      ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.TOO_MANY_REQUESTS,
          "Te veel mislukte aanmeldpogingen. Probeer het over " + seconds + " seconden opnieuw.");
      problem.setTitle("Te veel aanmeldpogingen");
      problem.setType(URI.create("https://wmotoezicht.nl/problemen/te-veel-pogingen"));
      response.setStatus(HttpStatus.TOO_MANY_REQUESTS.value());
      response.setHeader("Retry-After", Long.toString(seconds));
      response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
      response.setCharacterEncoding(StandardCharsets.UTF_8.name());
      objectMapper.writeValue(response.getOutputStream(), problem);
      return;
    }
    chain.doFilter(request, response);
    if (response.getStatus() == HttpServletResponse.SC_UNAUTHORIZED) {
      throttle.failed(account.get(), source);
    } else {
      throttle.succeeded(account.get(), source);
    }
  }

  /** The account whose password this request tries: HTTP Basic, or the webapps' login form. */
  static Optional<String> attemptedAccount(HttpServletRequest request) {
    if (request.getHeader(MachineCredentials.HEADER) != null) {
      return Optional.empty();
    }
    String authorization = request.getHeader("Authorization");
    if (authorization != null && authorization.regionMatches(true, 0, "Basic ", 0, 6)) {
      try {
        String decoded = new String(Base64.getDecoder().decode(authorization.substring(6).trim()), StandardCharsets.UTF_8);
        int colon = decoded.indexOf(':');
        return Optional.of(colon < 0 ? decoded : decoded.substring(0, colon));
      } catch (IllegalArgumentException e) {
        return Optional.empty();
      }
    }
    if ("POST".equals(request.getMethod()) && request.getRequestURI().contains("/auth/user/")
        && request.getRequestURI().contains("/login/")) {
      return Optional.ofNullable(request.getParameter("username"));
    }
    return Optional.empty();
  }
}

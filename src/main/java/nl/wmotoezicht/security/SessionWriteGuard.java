package nl.wmotoezicht.security;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Locale;
import java.util.Optional;
import org.camunda.bpm.webapp.impl.security.filter.util.CsrfConstants;

/**
 * When a write to our own API ({@code /api}, any method but {@code GET}) may run with the user's Camunda webapp
 * session instead of HTTP Basic: only when it proves to come from the webapp's own page. Two checks, as Camunda's own
 * {@code CsrfPreventionFilter} makes on {@code /camunda/api/*}:
 * <ol>
 *   <li>same origin: the {@code Origin} header (or, without it, the {@code Referer}) names this server's own scheme,
 *   host and port (behind a proxy: as the proxy forwards them, {@code server.forward-headers-strategy});</li>
 *   <li>the session's CSRF token: the {@code X-XSRF-TOKEN} header equals the token Camunda's filter keeps in the
 *   session ({@value CsrfConstants#CSRF_TOKEN_SESSION_ATTR_NAME}) and hands the page as the cookie
 *   {@code XSRF-TOKEN}. Another site's page can send the session's cookie but cannot read that token.</li>
 * </ol>
 * docs/security/hardening.md, "Writing to /api with the webapp session".
 */
final class SessionWriteGuard {

  /** Why a session write was refused: the problem's detail, in Dutch, and a short reason for the (Dutch) security log line. */
  record Refusal(String detail, String reason) {
  }

  private SessionWriteGuard() {
  }

  /** Empty when the write may run with the session; else why not. */
  static Optional<Refusal> check(HttpServletRequest request, HttpSession session) {
    Optional<Refusal> origin = checkOrigin(request);
    if (origin.isPresent()) {
      return origin;
    }
    String sent = request.getHeader(CsrfConstants.CSRF_TOKEN_HEADER_NAME);
    if (sent == null || sent.isBlank()) {
      return Optional.of(new Refusal("Wijzigen met de aanmelding van de webapp vraagt het CSRF-token van die "
          + "sessie in de kop " + CsrfConstants.CSRF_TOKEN_HEADER_NAME + "; dit verzoek heeft er geen.",
          "geen CSRF-token"));
    }
    Object kept = session.getAttribute(CsrfConstants.CSRF_TOKEN_SESSION_ATTR_NAME);
    if (!(kept instanceof String token) || !MessageDigest.isEqual(token.getBytes(StandardCharsets.UTF_8),
        sent.getBytes(StandardCharsets.UTF_8))) {
      return Optional.of(new Refusal("Het CSRF-token in de kop " + CsrfConstants.CSRF_TOKEN_HEADER_NAME
          + " hoort niet bij deze sessie. Laad de pagina opnieuw en probeer het nog eens.", "verkeerd CSRF-token"));
    }
    return Optional.empty();
  }

  private static Optional<Refusal> checkOrigin(HttpServletRequest request) {
    String source = request.getHeader("Origin");
    if (source == null || source.isBlank()) {
      source = request.getHeader("Referer");
    }
    if (source == null || source.isBlank()) {
      return Optional.of(new Refusal("Wijzigen met de aanmelding van de webapp kan alleen vanaf de eigen pagina's; "
          + "dit verzoek zegt niet waar het vandaan komt (geen kop Origin of Referer).", "geen Origin of Referer"));
    }
    if (!sameOrigin(source, request)) {
      return Optional.of(new Refusal("Wijzigen met de aanmelding van de webapp kan alleen vanaf de eigen pagina's; "
          + "dit verzoek komt van een andere website.", "andere herkomst " + forLog(source)));
    }
    return Optional.empty();
  }

  /** A header's value as it may go into the log: no control characters (no forged log lines), at most 200 long. */
  static String forLog(String value) {
    String clean = value.replaceAll("\\p{Cntrl}", "?");
    return clean.length() > 200 ? clean.substring(0, 200) + "…" : clean;
  }

  /** Whether the URL (an origin or a referring page) has this request's scheme, host and port. */
  static boolean sameOrigin(String url, HttpServletRequest request) {
    URI source;
    try {
      source = new URI(url.trim());
    } catch (URISyntaxException e) {
      return false;
    }
    if (source.getScheme() == null || source.getHost() == null) {
      return false; // "null" (a sandboxed page, a file) or no URL at all
    }
    String scheme = source.getScheme().toLowerCase(Locale.ROOT);
    return scheme.equals(request.getScheme().toLowerCase(Locale.ROOT))
        && source.getHost().equalsIgnoreCase(request.getServerName())
        && port(scheme, source.getPort()) == port(request.getScheme().toLowerCase(Locale.ROOT),
            request.getServerPort());
  }

  private static int port(String scheme, int port) {
    if (port > 0) {
      return port;
    }
    return "https".equals(scheme) ? 443 : "http".equals(scheme) ? 80 : -1;
  }
}

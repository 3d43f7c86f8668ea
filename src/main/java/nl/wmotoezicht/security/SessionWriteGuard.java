package nl.wmotoezicht.security;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.camunda.bpm.webapp.impl.security.filter.util.CsrfConstants;

/**
 * When a write to our own API ({@code /api}, any method but {@code GET}) may run with the user's Camunda webapp
 * session instead of HTTP Basic: only when it proves to come from the webapp's own page. Two checks, as Camunda's own
 * {@code CsrfPreventionFilter} makes on {@code /camunda/api/*}:
 * <ol>
 *   <li>origin: the {@code Origin} header (or, without it, the {@code Referer}) names this server's own scheme, host
 *   and port (behind a proxy: as the proxy forwards them, {@code server.forward-headers-strategy}), or the origin the
 *   webapps are configured to be served from ({@code camunda.bpm.webapp.csrf.target-origin}, the setting Camunda's
 *   filter checks its own API against);</li>
 *   <li>the session's CSRF token: the {@code X-XSRF-TOKEN} header equals the token Camunda's filter keeps in the
 *   session ({@value CsrfConstants#CSRF_TOKEN_SESSION_ATTR_NAME}) and hands the page as the cookie
 *   {@code XSRF-TOKEN}. Another site's page can send the session's cookie but cannot read that token.</li>
 * </ol>
 * docs/security/hardening.md, "Writing to /api with the webapp session".
 */
final class SessionWriteGuard {

  /** The setting of the webapps' origin, shared with Camunda's CSRF filter. */
  static final String TARGET_ORIGIN_PROPERTY = "camunda.bpm.webapp.csrf.target-origin";

  /** Why a session write was refused: the problem's detail, in Dutch, and a short reason for the (Dutch) security log line. */
  record Refusal(String detail, String reason) {
  }

  /** Scheme (lower case), host (lower case) and port (the scheme's default when not written) of an origin. */
  record Origin(String scheme, String host, int port) {

    /** The origin of a URL (an {@code Origin} header or a referring page), or empty when it names none. */
    static Optional<Origin> of(String url) {
      URI uri;
      try {
        uri = new URI(url.trim());
      } catch (URISyntaxException e) {
        return Optional.empty();
      }
      if (uri.getScheme() == null || uri.getHost() == null) {
        return Optional.empty(); // "null" (a sandboxed page, a file) or no URL at all
      }
      String scheme = uri.getScheme().toLowerCase(Locale.ROOT);
      return Optional.of(new Origin(scheme, uri.getHost().toLowerCase(Locale.ROOT), port(scheme, uri.getPort())));
    }

    /** This request's own origin, as the server (behind a proxy: the forwarded headers) sees it. */
    static Origin of(HttpServletRequest request) {
      String scheme = request.getScheme().toLowerCase(Locale.ROOT);
      return new Origin(scheme, request.getServerName().toLowerCase(Locale.ROOT),
          port(scheme, request.getServerPort()));
    }

    @Override
    public String toString() {
      return scheme + "://" + host + ":" + port;
    }

    private static int port(String scheme, int port) {
      if (port > 0) {
        return port;
      }
      return "https".equals(scheme) ? 443 : "http".equals(scheme) ? 80 : -1;
    }
  }

  /** Origins accepted besides the request's own: none, or the webapps' configured origin. */
  private final List<Origin> allowed;

  private SessionWriteGuard(List<Origin> allowed) {
    this.allowed = List.copyOf(allowed);
  }

  /** Only the request's own origin is accepted (no {@value #TARGET_ORIGIN_PROPERTY}). */
  static SessionWriteGuard ownOriginOnly() {
    return new SessionWriteGuard(List.of());
  }

  /**
   * The guard for the configured webapp origin ({@value #TARGET_ORIGIN_PROPERTY}); blank or absent: the request's own
   * origin only. Checked at start-up: the setting must be an absolute {@code http} or {@code https} origin without
   * path, query or user ({@code https://toezicht.example.nl} or {@code https://toezicht.example.nl:8443}); anything
   * else stops the start with a message that names the setting, rather than refusing every write later.
   */
  static SessionWriteGuard forTargetOrigin(String targetOrigin) {
    if (targetOrigin == null || targetOrigin.isBlank()) {
      return ownOriginOnly();
    }
    return new SessionWriteGuard(List.of(parseSetting(targetOrigin)));
  }

  private static Origin parseSetting(String value) {
    String problem;
    URI uri = null;
    try {
      uri = new URI(value.trim());
      problem = problemWith(uri);
    } catch (URISyntaxException e) {
      problem = "dit is geen geldig adres (" + e.getReason() + ")";
    }
    if (problem != null) {
      throw new IllegalStateException("Wmo Toezicht start niet: " + TARGET_ORIGIN_PROPERTY + " = '" + forLog(value)
          + "' is geen origin: " + problem + ". Geef schema, host en eventueel poort, zonder pad, bijvoorbeeld "
          + "https://toezicht.example.nl of https://toezicht.example.nl:8443.");
    }
    return Origin.of(uri.toString()).orElseThrow();
  }

  private static String problemWith(URI uri) {
    if (!uri.isAbsolute() || uri.isOpaque()) {
      return "het schema (https://) ontbreekt";
    }
    String scheme = uri.getScheme().toLowerCase(Locale.ROOT);
    if (!scheme.equals("http") && !scheme.equals("https")) {
      return "het schema is " + scheme + ", niet http of https";
    }
    if (uri.getHost() == null) {
      return "de host ontbreekt";
    }
    if (uri.getRawUserInfo() != null) {
      return "er staat een gebruiker in";
    }
    if (uri.getRawPath() != null && !uri.getRawPath().isEmpty() && !uri.getRawPath().equals("/")) {
      return "er staat een pad in (" + uri.getRawPath() + ")";
    }
    if (uri.getRawQuery() != null || uri.getRawFragment() != null) {
      return "er staat een query of fragment in";
    }
    // Camunda's filter compares host and port as written with the browser's Origin, which has the host in lower case
    // and never the scheme's default port: written otherwise, every write to the webapps' API would be refused
    if (!uri.getHost().equals(uri.getHost().toLowerCase(Locale.ROOT))) {
      return "de host moet in kleine letters, zoals de browser hem noemt";
    }
    if (uri.getPort() == (scheme.equals("https") ? 443 : 80)) {
      return "de standaardpoort " + uri.getPort() + " hoort er niet in, de browser noemt hem niet";
    }
    return null;
  }

  /** The origins accepted besides the request's own (for the start-up log). */
  List<Origin> allowedOrigins() {
    return allowed;
  }

  /** Empty when the write may run with the session; else why not. */
  Optional<Refusal> check(HttpServletRequest request, HttpSession session) {
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

  private Optional<Refusal> checkOrigin(HttpServletRequest request) {
    String source = request.getHeader("Origin");
    if (source == null || source.isBlank()) {
      source = request.getHeader("Referer");
    }
    if (source == null || source.isBlank()) {
      return Optional.of(new Refusal("Wijzigen met de aanmelding van de webapp kan alleen vanaf de eigen pagina's; "
          + "dit verzoek zegt niet waar het vandaan komt (geen kop Origin of Referer).", "geen Origin of Referer"));
    }
    if (!allowedOrigin(source, request)) {
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

  /**
   * Whether the URL (an origin or a referring page) has this request's scheme, host and port, or those of the
   * configured webapp origin.
   */
  boolean allowedOrigin(String url, HttpServletRequest request) {
    Optional<Origin> source = Origin.of(url);
    return source.isPresent() && (source.get().equals(Origin.of(request)) || allowed.contains(source.get()));
  }
}

package nl.wmotoezicht.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Security headers on {@code /openbaar}, {@code /api} and {@code /engine-rest} (docs/security/hardening.md):
 * {@code nosniff} and {@code Referrer-Policy} everywhere, a strict Content-Security-Policy and no framing for the
 * public HTML of {@code /openbaar} (no script at all; its one inline style block), and HSTS when the profile asks
 * for it (prod: the app is only reached over TLS). The webapps set their own headers (Camunda's header security).
 */
class SecurityHeadersFilter extends OncePerRequestFilter {

  static final String PUBLIC_CSP = "default-src 'none'; style-src 'unsafe-inline'; img-src 'self'; "
      + "base-uri 'none'; form-action 'none'; frame-ancestors 'none'";
  static final String HSTS = "max-age=31536000; includeSubDomains";

  private final boolean hsts;

  SecurityHeadersFilter(boolean hsts) {
    this.hsts = hsts;
  }

  @Override
  protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws ServletException, IOException {
    response.setHeader("X-Content-Type-Options", "nosniff");
    response.setHeader("Referrer-Policy", "no-referrer");
    String path = request.getRequestURI().substring(request.getContextPath().length());
    if (path.equals("/openbaar") || path.startsWith("/openbaar/")) {
      response.setHeader("Content-Security-Policy", PUBLIC_CSP);
      response.setHeader("X-Frame-Options", "DENY");
    }
    if (hsts) {
      response.setHeader("Strict-Transport-Security", HSTS);
    }
    chain.doFilter(request, response);
  }
}

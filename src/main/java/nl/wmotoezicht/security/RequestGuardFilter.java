package nl.wmotoezicht.security;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import java.io.BufferedReader;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.Iterator;
import java.util.Map;
import java.util.Optional;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Refuses, before any engine code runs:
 * <ul>
 *   <li>query expressions ({@code assigneeExpression}, {@code dueDateExpression}, …) in query
 *   parameters or anywhere in a JSON body, also nested inside {@code orQueries}: the engine checks
 *   only the top level of ad-hoc queries;</li>
 *   <li>Java-serialized object variables ({@code application/x-java-serialized-object});</li>
 *   <li>bodies larger than the maximum for their type (413: JSON, multipart, form posts, anything else;
 *   {@link BodyLimits}), from the declared {@code Content-Length} before a byte is read, and for a body of
 *   unknown length (chunked) after at most the maximum plus one byte;</li>
 *   <li>a deployment ({@code …/deployment/create}) by a user who may not deploy (403), before its body is
 *   read.</li>
 * </ul>
 * Stored Tasklist filters that the application creates itself may still use
 * {@code ${currentUser()}}; they are not created through these APIs.
 */
class RequestGuardFilter extends OncePerRequestFilter {

  static final String JAVA_SERIALIZED = "application/x-java-serialized-object";
  private static final String EXPRESSION_SUFFIX = "Expression";

  /** Maximum body size in bytes per kind of body (docs/security/hardening.md, "Size limits"). */
  record BodyLimits(int json, int multipart, int form, int other) {
    static BodyLimits all(int bytes) {
      return new BodyLimits(bytes, bytes, bytes, bytes);
    }

    int forType(String contentType) {
      String type = contentType == null ? "" : contentType.toLowerCase(java.util.Locale.ROOT);
      if (type.contains("json")) {
        return json;
      }
      if (type.startsWith("multipart/")) {
        return multipart;
      }
      if (type.startsWith("application/x-www-form-urlencoded")) {
        return form;
      }
      return other;
    }
  }

  private static final java.util.regex.Pattern DEPLOYMENT_CREATE = java.util.regex.Pattern.compile(".*/deployment/create/?");

  private final ObjectMapper objectMapper;
  private final BodyLimits limits;
  private final java.util.function.Predicate<HttpServletRequest> mayDeploy;

  RequestGuardFilter(ObjectMapper objectMapper, int maxBodyBytes) {
    this(objectMapper, BodyLimits.all(maxBodyBytes), request -> true);
  }

  RequestGuardFilter(ObjectMapper objectMapper, BodyLimits limits,
      java.util.function.Predicate<HttpServletRequest> mayDeploy) {
    this.objectMapper = objectMapper;
    this.limits = limits;
    this.mayDeploy = mayDeploy;
  }

  @Override
  protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws ServletException, IOException {
    // nothing of the body is read before its size and the caller's right to send it are decided
    int limit = limits.forType(request.getContentType());
    if (request.getContentLengthLong() > limit) {
      rejectTooLarge(response, limit);
      return;
    }
    if ("POST".equals(request.getMethod()) && DEPLOYMENT_CREATE.matcher(request.getRequestURI()).matches()
        && !mayDeploy.test(request)) {
      reject(response, HttpStatus.FORBIDDEN, "geen-toegang", "Geen toegang",
          "U mag geen modellen uitrollen.");
      return;
    }
    if (request.getContentLengthLong() < 0 && hasBody(request)) {
      byte[] body = request.getInputStream().readNBytes(limit + 1);
      if (body.length > limit) {
        rejectTooLarge(response, limit);
        return;
      }
      request = new CachedBodyRequest(request, body);
    }
    for (Map.Entry<String, String[]> parameter : request.getParameterMap().entrySet()) {
      if (isExpressionKey(parameter.getKey())) {
        reject(response, HttpStatus.BAD_REQUEST, "verboden-invoer", "Expressies in queries zijn niet toegestaan",
            "Parameter '" + parameter.getKey() + "' bevat een expressie; geef een vaste waarde op.");
        return;
      }
      if (hasForbiddenCharacter(parameter.getKey())
          || java.util.Arrays.stream(parameter.getValue()).anyMatch(RequestGuardFilter::hasForbiddenCharacter)) {
        rejectCharacters(response, "Parameter '" + safeName(parameter.getKey()) + "'");
        return;
      }
    }
    if (!hasJsonBody(request)) {
      chain.doFilter(request, response);
      return;
    }
    byte[] body = request.getInputStream().readNBytes(limits.json() + 1);
    if (body.length > limits.json()) {
      rejectTooLarge(response, limits.json());
      return;
    }
    if (body.length > 0) {
      JsonNode json;
      try {
        json = objectMapper.readTree(body);
      } catch (JsonProcessingException e) {
        String where = e.getLocation() == null ? ""
            : " (regel " + e.getLocation().getLineNr() + ", kolom " + e.getLocation().getColumnNr() + ")";
        reject(response, HttpStatus.BAD_REQUEST, "ongeldige-json", "Ongeldige JSON",
            "De inhoud van het verzoek is geen geldige JSON" + where + ".");
        return;
      }
      Optional<String> violation = findViolation(json, "");
      if (violation.isPresent()) {
        String path = violation.get();
        if (path.startsWith("#")) {
          rejectCharacters(response, "Veld '" + path.substring(1) + "'");
        } else if (path.startsWith("!")) {
          reject(response, HttpStatus.BAD_REQUEST, "verboden-invoer", "Java-geserialiseerde variabelen zijn niet toegestaan",
              "Variabele '" + path.substring(1) + "' gebruikt het formaat " + JAVA_SERIALIZED
                  + "; gebruik JSON of een eenvoudig type.");
        } else {
          reject(response, HttpStatus.BAD_REQUEST, "verboden-invoer", "Expressies in queries zijn niet toegestaan",
              "Veld '" + path + "' bevat een expressie; geef een vaste waarde op.");
        }
        return;
      }
    }
    chain.doFilter(new CachedBodyRequest(request, body), response);
  }

  /** The JSON path of the first forbidden field; a leading '!' marks a Java-serialized variable. */
  static Optional<String> findViolation(JsonNode node, String path) {
    if (node.isObject()) {
      JsonNode format = node.get("valueInfo") == null ? null : node.get("valueInfo").get("serializationDataFormat");
      if (format != null && JAVA_SERIALIZED.equalsIgnoreCase(format.asText())) {
        return Optional.of("!" + (path.isEmpty() ? "(body)" : path));
      }
      Iterator<Map.Entry<String, JsonNode>> fields = node.fields();
      while (fields.hasNext()) {
        Map.Entry<String, JsonNode> field = fields.next();
        String fieldPath = path.isEmpty() ? safeName(field.getKey()) : path + "." + safeName(field.getKey());
        if (isExpressionKey(field.getKey()) && !field.getValue().isNull()) {
          return Optional.of(fieldPath);
        }
        if (hasForbiddenCharacter(field.getKey())
            || field.getValue().isTextual() && hasForbiddenCharacter(field.getValue().asText())) {
          return Optional.of("#" + fieldPath);
        }
        Optional<String> nested = findViolation(field.getValue(), fieldPath);
        if (nested.isPresent()) {
          return nested;
        }
      }
    } else if (node.isArray()) {
      for (int i = 0; i < node.size(); i++) {
        if (node.get(i).isTextual() && hasForbiddenCharacter(node.get(i).asText())) {
          return Optional.of("#" + path + "[" + i + "]");
        }
        Optional<String> nested = findViolation(node.get(i), path + "[" + i + "]");
        if (nested.isPresent()) {
          return nested;
        }
      }
    }
    return Optional.empty();
  }

  /**
   * NUL and other control characters (tab, line feed and carriage return excepted: text areas), and the
   * invisible bidirectional overrides and isolates that make text read differently from what it is.
   */
  static boolean hasForbiddenCharacter(String text) {
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if ((c < 0x20 && c != '\t' && c != '\n' && c != '\r') || (c >= 0x7F && c <= 0x9F)
          || (c >= '\u202A' && c <= '\u202E') || (c >= '\u2066' && c <= '\u2069')
          || c == '\u200E' || c == '\u200F' || c == '\u061C') {
        return true;
      }
    }
    return false;
  }

  /** A field name as it may be echoed: forbidden characters shown as '?'. */
  private static String safeName(String name) {
    StringBuilder safe = new StringBuilder(name.length());
    for (int i = 0; i < name.length(); i++) {
      char c = name.charAt(i);
      safe.append(hasForbiddenCharacter(String.valueOf(c)) ? '?' : c);
    }
    return safe.toString();
  }

  private void rejectCharacters(HttpServletResponse response, String what) throws IOException {
    reject(response, HttpStatus.BAD_REQUEST, "ongeldige-invoer", "Ongeldige invoer",
        what + " bevat een stuurteken (zoals NUL) of een onzichtbaar teken voor de schrijfrichting; "
            + "verwijder het.");
  }

  private static boolean isExpressionKey(String key) {
    return key.endsWith(EXPRESSION_SUFFIX) && key.length() > EXPRESSION_SUFFIX.length();
  }

  private static boolean hasJsonBody(HttpServletRequest request) {
    String contentType = request.getContentType();
    return contentType != null && contentType.toLowerCase().contains("json");
  }

  private void rejectTooLarge(HttpServletResponse response, int limit) throws IOException {
    response.setHeader("Connection", "close");
    reject(response, HttpStatus.PAYLOAD_TOO_LARGE, "te-groot", "Verzoek te groot",
        "De inhoud van het verzoek is groter dan " + limit + " bytes.");
  }

  /** A body of unknown length: chunked transfer (a declared length was checked above). */
  private static boolean hasBody(HttpServletRequest request) {
    String transferEncoding = request.getHeader("Transfer-Encoding");
    return transferEncoding != null && !transferEncoding.isBlank();
  }

  private void reject(HttpServletResponse response, HttpStatus status, String type, String title, String detail)
      throws IOException {
    ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
    problem.setTitle(title);
    problem.setType(URI.create("https://wmotoezicht.nl/problemen/" + type));
    response.setStatus(status.value());
    response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
    response.setCharacterEncoding(StandardCharsets.UTF_8.name());
    objectMapper.writeValue(response.getOutputStream(), problem);
  }

  /** The request with its body read once and served again from memory. */
  private static final class CachedBodyRequest extends HttpServletRequestWrapper {

    private final byte[] body;

    CachedBodyRequest(HttpServletRequest request, byte[] body) {
      super(request);
      this.body = body;
    }

    @Override
    public ServletInputStream getInputStream() {
      ByteArrayInputStream in = new ByteArrayInputStream(body);
      return new ServletInputStream() {
        @Override
        public int read() throws IOException {
          return in.read();
        }

        @Override
        public int read(byte[] b, int off, int len) throws IOException {
          return in.read(b, off, len);
        }

        @Override
        public boolean isFinished() {
          return in.available() == 0;
        }

        @Override
        public boolean isReady() {
          return true;
        }

        @Override
        public void setReadListener(ReadListener listener) {
          throw new UnsupportedOperationException();
        }
      };
    }

    @Override
    public BufferedReader getReader() {
      return new BufferedReader(new InputStreamReader(getInputStream(), StandardCharsets.UTF_8));
    }

    @Override
    public int getContentLength() {
      return body.length;
    }

    @Override
    public long getContentLengthLong() {
      return body.length;
    }
  }
}

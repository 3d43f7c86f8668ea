package nl.wmotoezicht.kernel;

import java.net.URI;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;

/** RFC 9457 problem descriptions with a stable type per kind of problem, in Dutch for the reader. */
public final class Problems {

  private static final String TYPE_BASE = "https://wmotoezicht.nl/problemen/";

  private Problems() {
  }

  public static ProblemDetail of(HttpStatus status, String type, String title, String detail) {
    ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
    problem.setType(URI.create(TYPE_BASE + type));
    problem.setTitle(title);
    return problem;
  }

  /** The problem as a controller's answer with its status, as {@code application/problem+json}. */
  public static ResponseEntity<ProblemDetail> answer(HttpStatus status, String type, String title, String detail) {
    return ResponseEntity.status(status).contentType(MediaType.APPLICATION_PROBLEM_JSON)
        .body(of(status, type, title, detail));
  }

  /** 403 {@code geen-toegang} with the reason. */
  public static ResponseEntity<ProblemDetail> forbidden(String detail) {
    return answer(HttpStatus.FORBIDDEN, "geen-toegang", "Geen toegang", detail);
  }

  /** 404 {@code zaak-onbekend}: the case does not exist or the caller may not see it (the answer does not say which). */
  public static ResponseEntity<ProblemDetail> unknownCase(String caseNumber) {
    return answer(HttpStatus.NOT_FOUND, "zaak-onbekend", "Zaak niet gevonden",
        "Zaak " + caseNumber + " bestaat niet of u heeft er geen toegang toe.");
  }

  /** The same problem as a plain map, for the engine REST API's JAX-RS exception mappers. */
  public static Map<String, Object> asMap(int status, String type, String title, String detail) {
    Map<String, Object> problem = new LinkedHashMap<>();
    problem.put("type", TYPE_BASE + type);
    problem.put("title", title);
    problem.put("status", status);
    problem.put("detail", detail);
    return problem;
  }
}

package nl.wmotoezicht.kernel;

import java.net.URI;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;

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
}

package nl.wmotoezicht.webapps;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.regex.Pattern;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Marks a REST request that submits a task form ({@code POST …/task/{id}/submit-form}, from Tasklist or over
 * {@code /engine-rest}), so that {@link FormInputCheck} checks the submitted values against the task's form.
 * It changes nothing else of the request: authentication and authorization stay with the filters after it.
 */
class FormSubmissionFilter extends OncePerRequestFilter {

  private static final Pattern SUBMIT_FORM = Pattern.compile(".*/task/[^/]+/submit-form/?");

  @Override
  protected boolean shouldNotFilter(HttpServletRequest request) {
    return !"POST".equals(request.getMethod()) || !SUBMIT_FORM.matcher(request.getRequestURI()).matches();
  }

  @Override
  protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws ServletException, IOException {
    FormInputCheck.formSubmissionStarts();
    try {
      chain.doFilter(request, response);
    } finally {
      FormInputCheck.formSubmissionEnds();
    }
  }
}

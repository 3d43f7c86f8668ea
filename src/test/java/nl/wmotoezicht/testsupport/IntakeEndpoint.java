package nl.wmotoezicht.testsupport;

import static nl.wmotoezicht.testsupport.ProblemAssertions.assertSingleFieldError;
import static nl.wmotoezicht.testsupport.ProcessTestSupport.instancesWith;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.net.http.HttpResponse;
import nl.wmotoezicht.kernel.ProcessVariable;
import org.camunda.bpm.engine.RuntimeService;

/**
 * An intake endpoint of an external system (calamity reports, signal reports): what it answers to a report, a repeat
 * and a refused report, and how many cases of its process hold a reporter's reference.
 *
 * @param path the endpoint, e.g. {@code /api/calamity-reports}
 * @param processKey the process a report starts
 * @param reference the variable that holds the reporter's reference (a repeat answers with the first case)
 */
public record IntakeEndpoint(ApiClient api, RuntimeService runtime, String path, String processKey,
    ProcessVariable<String> reference) {

  /** Posts the report as the user. */
  public HttpResponse<String> post(String user, ObjectNode report) throws Exception {
    return api.send("POST", path, user, report.toString());
  }

  /** The cases of the process that hold the reference. */
  public long cases(String referenceValue) {
    return instancesWith(runtime, processKey, reference, referenceValue);
  }

  /** The intake system's report is refused naming the one field, and no case holds the reference. */
  public void assertRefused(ObjectNode report, String referenceValue, String field, String message) throws Exception {
    assertSingleFieldError(post(ApiClient.INTAKE_SYSTEM, report), field, message);
    assertThat(cases(referenceValue)).isZero();
  }

  /** A repeat is answered with the first case: 200, its case number, marked duplicate, still one case. */
  public void assertRepeatOf(HttpResponse<String> repeat, String caseNumber, String referenceValue) throws Exception {
    assertThat(repeat.statusCode()).isEqualTo(200);
    assertThat(ApiClient.json(repeat).get("caseNumber").asText()).isEqualTo(caseNumber);
    assertThat(ApiClient.json(repeat).get("duplicate").asBoolean()).isTrue();
    assertThat(cases(referenceValue)).isEqualTo(1);
  }
}

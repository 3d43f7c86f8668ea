package nl.wmotoezicht.testsupport;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.http.HttpResponse;

/** Assertions on the problem details (RFC 7807) our APIs answer with. */
public final class ProblemAssertions {

  private static final ObjectMapper JSON = new ObjectMapper();

  private ProblemAssertions() {
  }

  /** A 400 problem that names exactly one field, with a message containing {@code messagePart}. */
  public static void assertSingleFieldError(HttpResponse<String> response, String field, String messagePart)
      throws IOException {
    assertThat(response.statusCode()).as(response.body()).isEqualTo(400);
    assertThat(response.headers().firstValue("Content-Type"))
        .hasValueSatisfying(type -> assertThat(type).contains("problem+json"));
    JsonNode errors = JSON.readTree(response.body()).get("errors");
    assertThat(errors).hasSize(1);
    assertThat(errors.get(0).get("field").asText()).isEqualTo(field);
    assertThat(errors.get(0).get("message").asText()).contains(messagePart);
  }
}

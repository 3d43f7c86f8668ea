package nl.wmotoezicht.security;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockFilterChain;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;

class RequestGuardFilterTest {

  private static final int MAX_BODY_BYTES = 100;

  private final ObjectMapper objectMapper = new ObjectMapper();
  private final RequestGuardFilter filter = new RequestGuardFilter(objectMapper, MAX_BODY_BYTES);
  private final MockHttpServletResponse response = new MockHttpServletResponse();
  private final MockFilterChain chain = new MockFilterChain();

  @Test
  void plainGetPasses() throws Exception {
    MockHttpServletRequest request = new MockHttpServletRequest("GET", "/engine-rest/task");
    request.addParameter("assignee", "jansen");
    request.addParameter("candidateGroup", "toezichthouders");

    filter.doFilter(request, response, chain);

    assertPassed();
  }

  @Test
  void refusesAnExpressionInAQueryParameter() throws Exception {
    MockHttpServletRequest request = new MockHttpServletRequest("GET", "/engine-rest/task");
    request.setQueryString("assigneeExpression=%24%7BcurrentUser()%7D");
    request.addParameter("assigneeExpression", "${currentUser()}");

    filter.doFilter(request, response, chain);

    JsonNode problem = assertProblem(400);
    assertThat(problem.path("title").asText()).isEqualTo("Expressies in queries zijn niet toegestaan");
    assertThat(problem.path("detail").asText()).contains("'assigneeExpression'");
  }

  @Test
  void refusesAnExpressionInAJsonBody() throws Exception {
    filter.doFilter(jsonPost("{\"assigneeExpression\":\"${x}\"}"), response, chain);

    JsonNode problem = assertProblem(400);
    assertThat(problem.path("title").asText()).isEqualTo("Expressies in queries zijn niet toegestaan");
    assertThat(problem.path("detail").asText()).contains("'assigneeExpression'");
  }

  @Test
  void refusesAnExpressionNestedInOrQueries() throws Exception {
    filter.doFilter(jsonPost("{\"orQueries\":[{\"candidateGroupExpression\":\"${x}\"}]}"), response, chain);

    JsonNode problem = assertProblem(400);
    assertThat(problem.path("detail").asText()).contains("orQueries[0].candidateGroupExpression");
  }

  @Test
  void refusesAnExpressionInALaterOrQuery() throws Exception {
    filter.doFilter(jsonPost("{\"orQueries\":[{\"assignee\":\"a\"},{\"dueDateExpression\":\"${now()}\"}]}"),
        response, chain);

    JsonNode problem = assertProblem(400);
    assertThat(problem.path("detail").asText()).contains("orQueries[1].dueDateExpression");
  }

  @Test
  void passesAnExpressionKeyWithNullValue() throws Exception {
    String body = "{\"assigneeExpression\":null,\"assignee\":\"jansen\"}";

    filter.doFilter(jsonPost(body), response, chain);

    assertPassed();
    assertThat(forwardedBody()).isEqualTo(body);
  }

  @Test
  void passesAKeyNamedJustExpression() throws Exception {
    String body = "{\"Expression\":\"${x}\"}";

    filter.doFilter(jsonPost(body), response, chain);

    assertPassed();
    assertThat(forwardedBody()).isEqualTo(body);
  }

  @Test
  void passesAQueryParameterNamedJustExpression() throws Exception {
    MockHttpServletRequest request = new MockHttpServletRequest("GET", "/engine-rest/task");
    request.addParameter("Expression", "${x}");

    filter.doFilter(request, response, chain);

    assertPassed();
  }

  @Test
  void refusesAJavaSerializedVariable() throws Exception {
    String body = """
        {"variables":{"v":{"type":"Object","value":"rO0AB","valueInfo":{
          "objectTypeName":"java.util.ArrayList",
          "serializationDataFormat":"application/x-java-serialized-object"}}}}""";
    RequestGuardFilter roomyFilter = new RequestGuardFilter(objectMapper, 10_000);

    roomyFilter.doFilter(jsonPost(body), response, chain);

    JsonNode problem = assertProblem(400);
    assertThat(problem.path("title").asText()).isEqualTo("Java-geserialiseerde variabelen zijn niet toegestaan");
    assertThat(problem.path("detail").asText())
        .contains("'variables.v'")
        .contains("application/x-java-serialized-object");
  }

  @Test
  void passesAJsonSerializedVariable() throws Exception {
    String body = """
        {"variables":{"v":{"type":"Object","value":"[1]","valueInfo":{
          "objectTypeName":"java.util.ArrayList",
          "serializationDataFormat":"application/json"}}}}""";
    RequestGuardFilter roomyFilter = new RequestGuardFilter(objectMapper, 10_000);

    roomyFilter.doFilter(jsonPost(body), response, chain);

    assertPassed();
    assertThat(forwardedBody()).isEqualTo(body);
  }

  @Test
  void refusesABodyOverTheLimit() throws Exception {
    String body = "{\"description\":\"" + "x".repeat(MAX_BODY_BYTES) + "\"}";

    filter.doFilter(jsonPost(body), response, chain);

    JsonNode problem = assertProblem(413);
    assertThat(problem.path("title").asText()).isEqualTo("Verzoek te groot");
    assertThat(problem.path("detail").asText()).contains(String.valueOf(MAX_BODY_BYTES));
  }

  @Test
  void refusesANonJsonBodyOverTheLimitByItsContentLength() throws Exception {
    MockHttpServletRequest request = new MockHttpServletRequest("POST", "/engine-rest/deployment/create");
    request.setContentType(MediaType.APPLICATION_OCTET_STREAM_VALUE);
    request.setContent(new byte[MAX_BODY_BYTES + 1]);

    filter.doFilter(request, response, chain);

    assertProblem(413);
  }

  @Test
  void refusesAChunkedJsonBodyOverTheLimitWhileReading() throws Exception {
    // no Content-Length (chunked transfer): the filter must still stop reading at the limit
    MockHttpServletRequest request = new MockHttpServletRequest("POST", "/engine-rest/task") {
      @Override
      public int getContentLength() {
        return -1;
      }

      @Override
      public long getContentLengthLong() {
        return -1;
      }
    };
    request.setContentType(MediaType.APPLICATION_JSON_VALUE);
    request.setContent(("{\"description\":\"" + "x".repeat(MAX_BODY_BYTES) + "\"}").getBytes(StandardCharsets.UTF_8));

    filter.doFilter(request, response, chain);

    assertProblem(413);
  }

  @Test
  void passesABodyOfExactlyTheLimit() throws Exception {
    String prefix = "{\"description\":\"";
    String suffix = "\"}";
    String body = prefix + "x".repeat(MAX_BODY_BYTES - prefix.length() - suffix.length()) + suffix;
    assertThat(body).hasSize(MAX_BODY_BYTES);

    filter.doFilter(jsonPost(body), response, chain);

    assertPassed();
    assertThat(forwardedBody()).isEqualTo(body);
  }

  @ParameterizedTest
  @ValueSource(strings = {"{\"assignee\":", "{assignee: \"jansen\"}", "not json"})
  void refusesMalformedJson(String body) throws Exception {
    filter.doFilter(jsonPost(body), response, chain);

    JsonNode problem = assertProblem(400);
    assertThat(problem.path("title").asText()).isEqualTo("Ongeldige JSON");
  }

  @Test
  void refusesJsonNestedTooDeeply() throws Exception {
    RequestGuardFilter roomyFilter = new RequestGuardFilter(objectMapper, 10_000);

    roomyFilter.doFilter(jsonPost("[".repeat(1_001)), response, chain);

    JsonNode problem = assertProblem(400);
    assertThat(problem.path("title").asText()).isEqualTo("Ongeldige JSON");
  }

  @Test
  void refusesJsonWithAnOverlongNumber() throws Exception {
    RequestGuardFilter roomyFilter = new RequestGuardFilter(objectMapper, 10_000);

    roomyFilter.doFilter(jsonPost("{\"priority\":" + "9".repeat(1_001) + "}"), response, chain);

    JsonNode problem = assertProblem(400);
    assertThat(problem.path("title").asText()).isEqualTo("Ongeldige JSON");
  }

  @Test
  void forwardsABodyThatCanBeReadAgain() throws Exception {
    String body = "{\"assignee\":\"jansen\",\"orQueries\":[{\"candidateGroup\":\"é\"}]}";

    filter.doFilter(jsonPost(body), response, chain);

    assertPassed();
    assertThat(chain.getRequest().getInputStream().readAllBytes())
        .isEqualTo(body.getBytes(StandardCharsets.UTF_8));
    assertThat(chain.getRequest().getContentLengthLong()).isEqualTo(body.getBytes(StandardCharsets.UTF_8).length);
  }

  @Test
  void forwardsABodyThatCanBeReadAgainAsText() throws Exception {
    String body = "{\"assignee\":\"jansen\"}";

    filter.doFilter(jsonPost(body), response, chain);

    assertPassed();
    assertThat(chain.getRequest().getReader().readLine()).isEqualTo(body);
  }

  @Test
  void passesAnEmptyJsonBody() throws Exception {
    MockHttpServletRequest request = jsonPost("");

    filter.doFilter(request, response, chain);

    assertPassed();
    assertThat(forwardedBody()).isEmpty();
  }

  /** Issue 11 finding 8: NUL, other control characters and bidi overrides are refused in every text field. */
  @ParameterizedTest
  @ValueSource(strings = {"Zorg\\u0000Thuis", "Zorg\\u0007Thuis", "Zorg \\u202Eslived", "Zorg \\u2066x\\u2069",
      "Zorg\\u009b"})
  void refusesControlAndBidiCharactersInJson(String escaped) throws Exception {
    filter.doFilter(jsonPost("{\"report\":{\"providerName\":\"" + escaped + "\"}}"), response, chain);

    JsonNode problem = assertProblem(400);
    assertThat(problem.path("detail").asText()).contains("'report.providerName'").contains("stuurteken");
  }

  @Test
  void refusesAControlCharacterInAnArrayAndInAParameter() throws Exception {
    filter.doFilter(jsonPost("{\"names\":[\"a\",\"b\\u0000\"]}"), response, chain);
    assertThat(assertProblem(400).path("detail").asText()).contains("'names[1]'");

    MockHttpServletResponse second = new MockHttpServletResponse();
    MockHttpServletRequest get = new MockHttpServletRequest("GET", "/api/terms");
    get.addParameter("from", "2026-01-01\u0000");
    filter.doFilter(get, second, new MockFilterChain());
    assertThat(second.getStatus()).isEqualTo(400);
    assertThat(second.getContentAsString()).contains("'from'");
  }

  @Test
  void keepsLineBreaksAndTabsInTextAreas() throws Exception {
    filter.doFilter(jsonPost("{\"description\":\"regel 1\\r\\nregel 2\\tmet tab, café\"}"), response, chain);

    assertPassed();
  }

  private static MockHttpServletRequest jsonPost(String body) {
    MockHttpServletRequest request = new MockHttpServletRequest("POST", "/engine-rest/task");
    request.setContentType(MediaType.APPLICATION_JSON_VALUE);
    request.setCharacterEncoding(StandardCharsets.UTF_8.name());
    request.setContent(body.getBytes(StandardCharsets.UTF_8));
    return request;
  }

  private void assertPassed() {
    assertThat(chain.getRequest()).as("request forwarded to the chain").isNotNull();
    assertThat(response.getStatus()).isEqualTo(200);
    assertThat(response.getContentType()).isNull();
  }

  private String forwardedBody() throws IOException {
    return new String(chain.getRequest().getInputStream().readAllBytes(), StandardCharsets.UTF_8);
  }

  private JsonNode assertProblem(int status) throws IOException {
    assertThat(chain.getRequest()).as("request forwarded to the chain").isNull();
    assertThat(response.getStatus()).isEqualTo(status);
    assertThat(response.getContentType()).startsWith(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
    JsonNode problem = objectMapper.readTree(response.getContentAsString(StandardCharsets.UTF_8));
    assertThat(problem.path("status").asInt()).isEqualTo(status);
    assertThat(problem.path("type").asText()).startsWith("https://wmotoezicht.nl/problemen/");
    return problem;
  }
}

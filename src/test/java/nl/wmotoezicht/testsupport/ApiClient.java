package nl.wmotoezicht.testsupport;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Map;

/** Calls the running test application as an external system or a user's browser would: JSON over HTTP Basic. */
public final class ApiClient {

  /** The password of every demo user. */
  public static final String DEMO_PASSWORD = "demo";
  /** The external intake system, which authenticates with its API key (docs/security/hardening.md). */
  public static final String INTAKE_SYSTEM = "intake-systeem";
  /** The demo profile's API key of the intake system. */
  public static final String DEMO_INTAKE_API_KEY = "demo-intake-sleutel-2026";

  private static final ObjectMapper JSON = new ObjectMapper();

  private final int port;
  private final HttpClient http = HttpClient.newHttpClient();

  public ApiClient(int port) {
    this.port = port;
  }

  /**
   * Sends a request.
   *
   * @param user a demo user, or null for no credentials
   * @param jsonBody the JSON body, or null for none
   */
  public HttpResponse<String> send(String method, String path, String user, String jsonBody) throws Exception {
    HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
        .header("Accept", "application/json")
        .method(method, jsonBody == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(jsonBody));
    if (jsonBody != null) {
      request.header("Content-Type", "application/json");
    }
    credentials(request, user);
    return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
  }

  /** Downloads a file (GET) as the user, or without credentials when the user is null. */
  public HttpResponse<byte[]> download(String path, String user) throws Exception {
    HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path)).GET();
    credentials(request, user);
    return http.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
  }

  /** The JSON body of a response. */
  public static JsonNode json(HttpResponse<String> response) throws IOException {
    return JSON.readTree(response.body());
  }

  /** A JSON object with the fields and values of the map (a start's variables as a request body). */
  public static ObjectNode jsonOf(Map<String, ?> fields) {
    ObjectNode node = JSON.createObjectNode();
    fields.forEach(node::putPOJO);
    return node;
  }

  /** A person signs in with HTTP Basic; the intake system sends its API key. */
  private static void credentials(HttpRequest.Builder request, String user) {
    if (INTAKE_SYSTEM.equals(user)) {
      request.header("X-API-Key", DEMO_INTAKE_API_KEY);
    } else if (user != null) {
      request.header("Authorization", "Basic " + Base64.getEncoder()
          .encodeToString((user + ":" + DEMO_PASSWORD).getBytes(StandardCharsets.UTF_8)));
    }
  }
}

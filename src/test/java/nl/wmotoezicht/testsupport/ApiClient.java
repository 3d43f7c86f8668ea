package nl.wmotoezicht.testsupport;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;

/** Calls the running test application as an external system or a user's browser would: JSON over HTTP Basic. */
public final class ApiClient {

  /** The password of every demo user. */
  public static final String DEMO_PASSWORD = "demo";

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
    if (user != null) {
      request.header("Authorization", "Basic " + Base64.getEncoder()
          .encodeToString((user + ":" + DEMO_PASSWORD).getBytes(StandardCharsets.UTF_8)));
    }
    return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
  }

  /** Downloads a file (GET) as the user, or without credentials when the user is null. */
  public HttpResponse<byte[]> download(String path, String user) throws Exception {
    HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path)).GET();
    if (user != null) {
      request.header("Authorization", "Basic " + Base64.getEncoder()
          .encodeToString((user + ":" + DEMO_PASSWORD).getBytes(StandardCharsets.UTF_8)));
    }
    return http.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
  }
}

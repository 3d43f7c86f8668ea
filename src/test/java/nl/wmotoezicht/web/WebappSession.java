package nl.wmotoezicht.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.CookieManager;
import java.net.HttpCookie;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

/** A user logged in to one of Camunda's webapps, calling what its pages call: {@code /camunda/api/engine/…}. */
final class WebappSession {

  private final int port;
  private final CookieManager cookies = new CookieManager();
  private final HttpClient http = HttpClient.newBuilder().cookieHandler(cookies).build();

  private WebappSession(int port) {
    this.port = port;
  }

  static WebappSession login(int port, String app, String user) throws Exception {
    WebappSession session = new WebappSession(port);
    session.http.send(HttpRequest.newBuilder(session.uri("/camunda/app/" + app + "/default/")).build(),
        HttpResponse.BodyHandlers.discarding());
    HttpResponse<String> login = session.http.send(HttpRequest.newBuilder(
            session.uri("/camunda/api/admin/auth/user/default/login/" + app))
        .header("Content-Type", "application/x-www-form-urlencoded").header("X-XSRF-TOKEN", session.xsrf())
        .POST(HttpRequest.BodyPublishers.ofString("username=" + user + "&password=demo")).build(),
        HttpResponse.BodyHandlers.ofString());
    assertThat(login.statusCode()).as(login.body()).isEqualTo(200);
    // the login starts a new session: its CSRF token comes with the next page, as in the browser
    session.http.send(HttpRequest.newBuilder(session.uri("/camunda/app/" + app + "/default/")).build(),
        HttpResponse.BodyHandlers.discarding());
    return session;
  }

  /** Calls the webapp's engine API ({@code /camunda/api/engine/engine/default/…}). */
  HttpResponse<String> engine(String method, String path, String jsonBody) throws Exception {
    return send(method, "/camunda/api/engine/engine/default" + path, jsonBody);
  }

  HttpResponse<String> send(String method, String path, String jsonBody) throws Exception {
    HttpRequest.Builder request = HttpRequest.newBuilder(uri(path)).header("Accept", "application/json, text/plain, */*")
        .header("X-XSRF-TOKEN", xsrf())
        .method(method, jsonBody == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(jsonBody));
    if (jsonBody != null) {
      request.header("Content-Type", "application/json");
    }
    return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
  }

  /**
   * Sends a request with the session's cookies and exactly the given headers (name, value, name, value, …): no CSRF
   * token unless one of them is; as a page of this or another site would.
   */
  HttpResponse<String> sendWithHeaders(String method, String path, String... headers) throws Exception {
    HttpRequest.Builder request = HttpRequest.newBuilder(uri(path)).header("Accept", "application/json")
        .method(method, HttpRequest.BodyPublishers.noBody());
    if (headers.length > 0) {
      request.headers(headers);
    }
    return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
  }

  /** The session's CSRF token, as the page reads it from the cookie {@code XSRF-TOKEN}. */
  String csrfToken() {
    return xsrf();
  }

  /** This server's origin ({@code http://localhost:<port>}), as the browser names it in {@code Origin}. */
  String origin() {
    return "http://localhost:" + port;
  }

  /** As Tasklist loads a filter's list: HAL, with the tasks' variables embedded. */
  HttpResponse<String> sendHal(String method, String path, String jsonBody) throws Exception {
    return http.send(HttpRequest.newBuilder(uri(path)).header("Accept", "application/hal+json")
        .header("X-XSRF-TOKEN", xsrf()).header("Content-Type", "application/json")
        .method(method, HttpRequest.BodyPublishers.ofString(jsonBody)).build(), HttpResponse.BodyHandlers.ofString());
  }

  /** Opens a page as the browser does. */
  HttpResponse<String> sendHtml(String path) throws Exception {
    return http.send(HttpRequest.newBuilder(uri(path)).header("Accept", "text/html,application/xhtml+xml").build(),
        HttpResponse.BodyHandlers.ofString());
  }

  private String xsrf() {
    return cookies.getCookieStore().getCookies().stream().filter(c -> c.getName().equals("XSRF-TOKEN"))
        .map(HttpCookie::getValue).findFirst().orElseThrow();
  }

  private URI uri(String path) {
    return URI.create("http://localhost:" + port + path);
  }
}

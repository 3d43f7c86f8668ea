package nl.wmotoezicht.faults;

import java.io.File;
import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;
import java.util.stream.Collectors;

/**
 * The real application as a child JVM — the same main class, profiles {@code postgres,demo}, its own
 * port — so a test can kill it hard ({@code kill -9}), start it again or run several side by side on
 * one database. Class path: the test JVM's, without the test classes (the child is the app only).
 */
final class AppNode {

  static final Path LOGS = Path.of("target", "faults");

  final String name;
  final int port;
  private final Process process;
  private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

  private AppNode(String name, int port, Process process) {
    this.name = name;
    this.port = port;
    this.process = process;
  }

  /**
   * Starts a node and waits until its health endpoint answers UP.
   *
   * @param extraArguments Spring properties as {@code --key=value}
   */
  static AppNode start(String name, String jdbcUrl, int smtpPort, boolean jobExecutor, String... extraArguments)
      throws Exception {
    int port = freePort();
    Files.createDirectories(LOGS);
    List<String> command = new ArrayList<>(List.of(
        Path.of(System.getProperty("java.home"), "bin", "java").toString(),
        "-Xmx640m", "-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC",
        "-cp", appClassPath(),
        "nl.wmotoezicht.WmoToezichtApplication",
        "--spring.profiles.active=postgres,demo",
        "--spring.datasource.url=" + jdbcUrl,
        "--spring.datasource.username=postgres",
        "--spring.datasource.password=postgres",
        "--server.address=127.0.0.1",
        "--server.port=" + port,
        "--spring.mail.host=127.0.0.1",
        "--spring.mail.port=" + smtpPort,
        "--wmo.demo.mail-server.enabled=false",
        // the fault scenarios count their own cases, timers and jobs: no demo history of last year beside them
        "--wmo.demo.history.enabled=false",
        "--camunda.bpm.job-execution.enabled=" + jobExecutor,
        // a node that died holds its jobs' locks this long; then another node takes them over
        "--camunda.bpm.job-execution.lock-time-in-millis=15000",
        "--camunda.bpm.job-execution.wait-time-in-millis=500",
        "--camunda.bpm.job-execution.max-wait=1000",
        "--camunda.bpm.generic-properties.properties.hostname=" + name,
        "--logging.level.root=WARN",
        "--logging.level.org.springframework.boot.web.embedded.tomcat=INFO"));
    command.addAll(Arrays.asList(extraArguments));
    File log = LOGS.resolve(name + ".log").toFile();
    Process process = new ProcessBuilder(command).redirectErrorStream(true)
        .redirectOutput(ProcessBuilder.Redirect.appendTo(log)).start();
    AppNode node = new AppNode(name, port, process);
    node.awaitHealth(200, Duration.ofSeconds(240));
    return node;
  }

  private static String appClassPath() {
    String classPath = System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"));
    return Arrays.stream(classPath.split(File.pathSeparator))
        .filter(entry -> !entry.endsWith("test-classes") && !entry.contains("surefire"))
        .collect(Collectors.joining(File.pathSeparator));
  }

  static int freePort() throws IOException {
    try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
      return socket.getLocalPort();
    }
  }

  /** Waits until {@code /actuator/health} answers this status (200 UP, 503 DOWN). */
  void awaitHealth(int status, Duration limit) throws Exception {
    long deadline = System.nanoTime() + limit.toNanos();
    while (System.nanoTime() < deadline) {
      if (!process.isAlive()) {
        throw new IllegalStateException(name + " exited with " + process.exitValue() + "; see " + LOGS.resolve(name + ".log"));
      }
      if (health() == status) {
        return;
      }
      Thread.sleep(250);
    }
    throw new IllegalStateException(name + ": health not " + status + " within " + limit + "; see "
        + LOGS.resolve(name + ".log"));
  }

  /** The status of {@code /actuator/health}, or -1 when the node does not answer. */
  int health() {
    try {
      return http.send(HttpRequest.newBuilder(uri("/actuator/health")).timeout(Duration.ofSeconds(15)).build(),
          HttpResponse.BodyHandlers.discarding()).statusCode();
    } catch (IOException e) {
      return -1;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return -1;
    }
  }

  HttpResponse<String> send(String method, String path, String user, String json) throws IOException, InterruptedException {
    HttpRequest.Builder request = HttpRequest.newBuilder(uri(path)).timeout(Duration.ofSeconds(90))
        .header("Accept", "application/json")
        .header("Authorization", "Basic " + Base64.getEncoder()
            .encodeToString((user + ":demo").getBytes(StandardCharsets.UTF_8)))
        .method(method, json == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(json));
    if (json != null) {
      request.header("Content-Type", "application/json");
    }
    return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
  }

  private URI uri(String path) {
    return URI.create("http://127.0.0.1:" + port + path);
  }

  /** {@code kill -9}: no shutdown hook, no graceful stop, open transactions simply vanish. */
  void kill() throws InterruptedException {
    process.destroyForcibly().waitFor();
  }

  /** A normal stop (SIGTERM), as a rolling deployment would. */
  void stop() throws InterruptedException {
    process.destroy();
    if (!process.waitFor(60, java.util.concurrent.TimeUnit.SECONDS)) {
      process.destroyForcibly().waitFor();
    }
  }

  boolean isAlive() {
    return process.isAlive();
  }
}

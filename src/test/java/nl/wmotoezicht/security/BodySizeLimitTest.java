package nl.wmotoezicht.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import nl.wmotoezicht.testsupport.ApiClient;
import nl.wmotoezicht.testsupport.WmoIntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Issue 11 finding 7: a huge body is refused before it is read. The body is a generated stream of a few hundred
 * MB that counts what the server took; the assertions are on the status and on how little was consumed.
 */
@WmoIntegrationTest
class BodySizeLimitTest {

  private static final long HUGE = 300L * 1024 * 1024;
  /** The multipart limit (10 MB), Tomcat's swallow after a refusal (2 MB) and socket buffers, with room. */
  private static final long ALMOST_NOTHING = 20L * 1024 * 1024;
  private static final String BOUNDARY = "----wmoHuge";

  @LocalServerPort int port;

  @Test
  void aHugeChunkedDeploymentIsRefusedWith413AfterAlmostNothing() throws Exception {
    Outcome outcome = send("/engine-rest/deployment/create", "proceseigenaar", "multipart/form-data; boundary=" + BOUNDARY,
        -1);
    assertThat(outcome.status).isEqualTo(413);
    assertThat(outcome.bytesConsumed).isLessThan(ALMOST_NOTHING);
  }

  @Test
  void aHugeDeclaredDeploymentIsRefusedWith413BeforeReading() throws Exception {
    Outcome outcome = send("/engine-rest/deployment/create", "proceseigenaar", "multipart/form-data; boundary=" + BOUNDARY,
        HUGE);
    assertThat(outcome.status).isEqualTo(413);
    assertThat(outcome.bytesConsumed).isLessThan(ALMOST_NOTHING);
  }

  @Test
  void aReadOnlyManagersDeploymentGets403WithoutItsBodyBeingRead() throws Exception {
    Outcome chunked = send("/engine-rest/deployment/create", "manager-heerlen",
        "multipart/form-data; boundary=" + BOUNDARY, -1);
    assertThat(chunked.status).isEqualTo(403);
    assertThat(chunked.bytesConsumed).isLessThan(ALMOST_NOTHING);
    assertThat(chunked.response).contains("geen-toegang");
  }

  @Test
  void aHugeJsonBodyOfUnknownLengthIsRefused() throws Exception {
    Outcome outcome = send("/engine-rest/task", "toezichthouder", "application/json", -1);
    assertThat(outcome.status).isEqualTo(413);
    assertThat(outcome.bytesConsumed).isLessThan(ALMOST_NOTHING);
  }

  @Test
  void aHugeFormPostToTheWebappApiIsRefused() throws Exception {
    Outcome outcome = send("/camunda/api/admin/auth/user/default/login/cockpit", null,
        "application/x-www-form-urlencoded", HUGE);
    assertThat(outcome.status).isEqualTo(413);
    assertThat(outcome.bytesConsumed).isLessThan(ALMOST_NOTHING);
  }

  record Outcome(int status, long bytesConsumed, String response) {
  }

  /**
   * Streams a generated body of {@link #HUGE} bytes (chunked when {@code declaredLength} is negative) and stops
   * writing as soon as the server answers or closes; returns the status and the bytes the server took.
   */
  private Outcome send(String path, String user, String contentType, long declaredLength) throws IOException {
    try (Socket socket = new Socket("localhost", port)) {
      socket.setSoTimeout(60_000);
      OutputStream out = socket.getOutputStream();
      InputStream in = socket.getInputStream();
      StringBuilder head = new StringBuilder("POST " + path + " HTTP/1.1\r\nHost: localhost:" + port + "\r\n")
          .append("Content-Type: ").append(contentType).append("\r\n");
      if (user != null) {
        head.append("Authorization: Basic ").append(Base64.getEncoder().encodeToString(
            (user + ":" + ApiClient.DEMO_PASSWORD).getBytes(StandardCharsets.UTF_8))).append("\r\n");
      }
      head.append(declaredLength < 0 ? "Transfer-Encoding: chunked\r\n" : "Content-Length: " + declaredLength + "\r\n");
      out.write(head.append("\r\n").toString().getBytes(StandardCharsets.US_ASCII));
      out.flush();
      CountingBody body = new CountingBody(HUGE);
      byte[] chunk = new byte[64 * 1024];
      try {
        int n;
        while (in.available() == 0 && (n = body.read(chunk)) > 0) {
          if (declaredLength < 0) {
            out.write((Integer.toHexString(n) + "\r\n").getBytes(StandardCharsets.US_ASCII));
          }
          out.write(chunk, 0, n);
          if (declaredLength < 0) {
            out.write("\r\n".getBytes(StandardCharsets.US_ASCII));
          }
          out.flush();
        }
      } catch (IOException closedByServer) {
        // the server refused and closed the connection: what it took is counted
      }
      // the answer comes at once; the connection may then stay open (keep-alive, or Tomcat waiting to swallow the
      // rest of a refused body), so read what arrives instead of waiting for the connection to close
      java.io.ByteArrayOutputStream received = new java.io.ByteArrayOutputStream();
      byte[] buffer = new byte[4096];
      try {
        int n;
        while (received.size() < 4096 && (n = in.read(buffer)) > 0) {
          received.write(buffer, 0, n);
          socket.setSoTimeout(2_000);
        }
      } catch (java.net.SocketTimeoutException endOfAnswer) {
        // all of the answer was read
      }
      String response = received.toString(StandardCharsets.UTF_8);
      int status = Integer.parseInt(response.substring(9, 12));
      return new Outcome(status, body.consumed, response);
    }
  }

  /** A generated body that counts how much of it was taken. */
  static final class CountingBody extends InputStream {
    private final long size;
    long consumed;

    CountingBody(long size) {
      this.size = size;
    }

    @Override
    public int read() {
      if (consumed >= size) {
        return -1;
      }
      consumed++;
      return 'a';
    }

    @Override
    public int read(byte[] b, int off, int len) {
      if (consumed >= size) {
        return -1;
      }
      int n = (int) Math.min(len, size - consumed);
      java.util.Arrays.fill(b, off, off + n, (byte) 'a');
      consumed += n;
      return n;
    }
  }
}

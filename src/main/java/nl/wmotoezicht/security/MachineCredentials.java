package nl.wmotoezicht.security;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * API keys of external systems (docs/security/hardening.md, "Machine credentials"): a system sends its key in
 * the {@code X-API-Key} header and is authenticated as its engine user, with that user's groups and
 * municipalities. Only the SHA-256 of each key is configured (by environment variable, e.g.
 * {@code WMO_INTAKE_API_KEY_SHA256}). A key is not a password: it is never locked or throttled, so guessing
 * cannot make the real system fail, and a random key of 32 bytes cannot be guessed.
 *
 * @param clients the systems; one without a hash has no key
 */
@ConfigurationProperties("wmo.machine-clients")
public record MachineCredentials(List<Client> clients) {

  public static final String HEADER = "X-API-Key";

  /** @param user the engine user the system acts as; @param keySha256 hex SHA-256 of its key */
  public record Client(String user, String keySha256) {
  }

  public MachineCredentials {
    clients = clients == null ? List.of() : List.copyOf(clients);
  }

  /** The user of the system whose key this is; compared in constant time. */
  public Optional<String> userFor(String key) {
    if (key == null || key.isBlank()) {
      return Optional.empty();
    }
    byte[] hash = sha256(key.trim());
    String found = null;
    for (Client client : clients) {
      if (client.keySha256() == null || client.keySha256().isBlank()) {
        continue;
      }
      byte[] expected;
      try {
        expected = HexFormat.of().parseHex(client.keySha256().trim().toLowerCase(java.util.Locale.ROOT));
      } catch (IllegalArgumentException e) {
        continue;
      }
      if (MessageDigest.isEqual(hash, expected) && found == null) {
        found = client.user();
      }
    }
    return Optional.ofNullable(found);
  }

  static byte[] sha256(String key) {
    try {
      return MessageDigest.getInstance("SHA-256").digest(key.getBytes(StandardCharsets.UTF_8));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}

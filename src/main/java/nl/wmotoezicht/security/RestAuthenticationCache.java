package nl.wmotoezicht.security;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.LongSupplier;

/**
 * Remembers, for a few seconds, that a user name and password were accepted by the engine and which
 * groups and municipalities (tenants) the user had then, so that a client sending many requests in a
 * row (an intake system, Tasklist refreshing) does not cost three identity queries and a password hash
 * per request (bench P1/P4/P5, {@code bench/RESULTS.md}).
 *
 * <p>Same semantics as checking every request, delayed by at most {@link #ttl()}: only accepted
 * credentials are remembered, so a wrong password is always checked by the engine (and counts towards
 * its lockout after repeated failures); a different password for the same user is a different entry;
 * a changed password, a locked or removed user, or changed group and tenant memberships take effect
 * when the entry expires. The key is the whole {@code Authorization} header, so exactly the header the
 * engine accepted is remembered; it is never kept itself, only its SHA-256 with a random salt drawn per
 * process.
 */
final class RestAuthenticationCache {

  /** How long an accepted login is remembered. */
  static final Duration DEFAULT_TTL = Duration.ofSeconds(5);

  /** Entries kept at most; beyond it expired entries are dropped, and if that is not enough, all. */
  static final int MAX_ENTRIES = 10_000;

  /** What the engine said about accepted credentials: the user id with its groups and tenants. */
  record Login(String userId, List<String> groupIds, List<String> tenantIds) {
    Login {
      groupIds = List.copyOf(groupIds);
      tenantIds = List.copyOf(tenantIds);
    }
  }

  private record Entry(Login login, long expiresAtNanos) {
  }

  private final Map<String, Entry> entries = new ConcurrentHashMap<>();
  private final byte[] salt = new byte[16];
  private final Duration ttl;
  private final LongSupplier nanoClock;

  RestAuthenticationCache() {
    this(DEFAULT_TTL, System::nanoTime);
  }

  RestAuthenticationCache(Duration ttl, LongSupplier nanoClock) {
    this.ttl = ttl;
    this.nanoClock = nanoClock;
    new SecureRandom().nextBytes(salt);
  }

  Duration ttl() {
    return ttl;
  }

  /** The remembered login for exactly this {@code Authorization} header, or null if none or expired. */
  Login get(String authorizationHeader) {
    String key = key(authorizationHeader);
    Entry entry = entries.get(key);
    if (entry == null) {
      return null;
    }
    if (nanoClock.getAsLong() - entry.expiresAtNanos() >= 0) {
      entries.remove(key, entry);
      return null;
    }
    return entry.login();
  }

  /** Remembers an {@code Authorization} header the engine has just accepted. */
  void put(String authorizationHeader, Login login) {
    long now = nanoClock.getAsLong();
    if (entries.size() >= MAX_ENTRIES) {
      entries.values().removeIf(e -> now - e.expiresAtNanos() >= 0);
      if (entries.size() >= MAX_ENTRIES) {
        entries.clear();
      }
    }
    entries.put(key(authorizationHeader), new Entry(login, now + ttl.toNanos()));
  }

  int size() {
    return entries.size();
  }

  private String key(String authorizationHeader) {
    try {
      MessageDigest digest = MessageDigest.getInstance("SHA-256");
      digest.update(salt);
      digest.update(authorizationHeader.getBytes(StandardCharsets.UTF_8));
      return HexFormat.of().formatHex(digest.digest());
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
    }
  }
}

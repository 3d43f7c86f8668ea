package nl.wmotoezicht.security;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.LongSupplier;
import java.util.function.Supplier;

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
 *
 * <p>When an entry expires while a client has many requests in flight, only one of them asks the engine again
 * ({@link #getOrLoad}); the others wait for that answer instead of each checking the same password and reading the
 * same memberships at the same moment (bench P4 under load: 5 % of the app's CPU samples were such parallel logins).
 * A refusal is never shared: every request whose login was not accepted goes to the engine itself.
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
  /** Logins being checked by the engine right now, by key: requests with the same header wait for that answer. */
  private final Map<String, CompletableFuture<Login>> loading = new ConcurrentHashMap<>();
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
    return getByKey(key(authorizationHeader));
  }

  /**
   * The remembered login for this header; if none, the login {@code loader} gets from the engine (null: refused),
   * remembered when accepted. Concurrent calls for the same header while one is loading wait for its answer and share
   * it if it was an acceptance; after a refusal (or an error) each of them calls its own {@code loader}, so every
   * refused request is checked by the engine.
   */
  Login getOrLoad(String authorizationHeader, Supplier<Login> loader) {
    String key = key(authorizationHeader);
    Login remembered = getByKey(key);
    if (remembered != null) {
      return remembered;
    }
    CompletableFuture<Login> mine = new CompletableFuture<>();
    CompletableFuture<Login> running = loading.putIfAbsent(key, mine);
    if (running != null) {
      try {
        Login shared = running.join();
        if (shared != null) {
          return shared;
        }
      } catch (CompletionException | java.util.concurrent.CancellationException e) {
        // the other request's check failed: check ours ourselves
      }
      return load(key, loader);
    }
    try {
      Login login = load(key, loader);
      mine.complete(login);
      return login;
    } catch (RuntimeException | Error e) {
      mine.completeExceptionally(e);
      throw e;
    } finally {
      loading.remove(key, mine);
    }
  }

  private Login load(String key, Supplier<Login> loader) {
    Login login = loader.get();
    if (login != null) {
      putByKey(key, login);
    }
    return login;
  }

  private Login getByKey(String key) {
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
    putByKey(key(authorizationHeader), login);
  }

  private void putByKey(String key, Login login) {
    long now = nanoClock.getAsLong();
    if (entries.size() >= MAX_ENTRIES) {
      entries.values().removeIf(e -> now - e.expiresAtNanos() >= 0);
      if (entries.size() >= MAX_ENTRIES) {
        entries.clear();
      }
    }
    entries.put(key, new Entry(login, now + ttl.toNanos()));
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

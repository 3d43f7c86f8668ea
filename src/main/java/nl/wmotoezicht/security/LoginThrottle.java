package nl.wmotoezicht.security;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Slows password guessing without handing an attacker a denial of service (docs/security/hardening.md,
 * "Login throttling"). Failed logins are counted per account <em>and source address</em> and per source
 * address; after a few free attempts each further attempt from that pair (or source) must wait a delay that
 * doubles up to a maximum. There is no permanent lock: the owner of an account logs in from another address
 * at once, and from the same address after the delay; counters expire after a quiet period. Failures on one
 * account from many addresses are logged for an operator, never locked.
 */
@Component
public class LoginThrottle {

  private static final Logger LOG = LoggerFactory.getLogger(LoginThrottle.class);

  private final int freePerAccountAndSource;
  private final int freePerSource;
  private final Duration baseDelay;
  private final Duration maxDelay;
  private final int accountAlertEvery;
  private final Clock clock;
  private final Cache<String, Attempts> byAccountAndSource;
  private final Cache<String, Attempts> bySource;
  private final Cache<String, Attempts> byAccount;

  @Autowired
  LoginThrottle(@Value("${wmo.login.free-attempts-per-account-and-source:5}") int freePerAccountAndSource,
      @Value("${wmo.login.free-attempts-per-source:100}") int freePerSource,
      @Value("${wmo.login.base-delay:PT1S}") Duration baseDelay,
      @Value("${wmo.login.max-delay:PT15M}") Duration maxDelay,
      @Value("${wmo.login.forget-after:PT1H}") Duration forgetAfter,
      @Value("${wmo.login.account-alert-every:20}") int accountAlertEvery) {
    this(freePerAccountAndSource, freePerSource, baseDelay, maxDelay, forgetAfter, accountAlertEvery,
        Clock.systemUTC());
  }

  LoginThrottle(int freePerAccountAndSource, int freePerSource, Duration baseDelay, Duration maxDelay,
      Duration forgetAfter, int accountAlertEvery, Clock clock) {
    this.freePerAccountAndSource = freePerAccountAndSource;
    this.freePerSource = freePerSource;
    this.baseDelay = baseDelay;
    this.maxDelay = maxDelay;
    this.accountAlertEvery = accountAlertEvery;
    this.clock = clock;
    this.byAccountAndSource = cache(forgetAfter);
    this.bySource = cache(forgetAfter);
    this.byAccount = cache(forgetAfter);
  }

  private static Cache<String, Attempts> cache(Duration forgetAfter) {
    return Caffeine.newBuilder().expireAfterAccess(forgetAfter).maximumSize(100_000).build();
  }

  /** How long this account must still wait from this source before a password is checked, if at all. */
  public Optional<Duration> waitFor(String account, String source) {
    Instant now = clock.instant();
    Instant until = later(blockedUntil(byAccountAndSource, key(account, source)), blockedUntil(bySource, source));
    if (until == null || !until.isAfter(now)) {
      return Optional.empty();
    }
    return Optional.of(Duration.between(now, until));
  }

  /** A wrong password (or unknown account) for this account from this source. */
  public void failed(String account, String source) {
    Attempts pair = record(byAccountAndSource, key(account, source), freePerAccountAndSource);
    Attempts fromSource = record(bySource, source, freePerSource);
    Attempts onAccount = byAccount.get(account, a -> new Attempts());
    int accountFailures;
    synchronized (onAccount) {
      accountFailures = ++onAccount.failures;
    }
    if (pair.delayStarted || fromSource.delayStarted) {
      LOG.warn("Aanmelden vertraagd: account '{}' vanaf bron {} ({} mislukte pogingen van dit paar, {} vanaf deze bron)",
          account, source, pair.failures, fromSource.failures);
    }
    if (accountAlertEvery > 0 && accountFailures % accountAlertEvery == 0) {
      LOG.warn("Veel mislukte aanmeldpogingen op account '{}': {} sinds de laatste geslaagde aanmelding "
          + "(laatste bron {}); het account wordt niet geblokkeerd", account, accountFailures, source);
    }
  }

  /** A successful login: the pair starts afresh (the source's count of failures stays). */
  public void succeeded(String account, String source) {
    byAccountAndSource.invalidate(key(account, source));
    byAccount.invalidate(account);
  }

  private Attempts record(Cache<String, Attempts> cache, String key, int free) {
    Attempts attempts = cache.get(key, k -> new Attempts());
    synchronized (attempts) {
      attempts.failures++;
      int over = attempts.failures - free;
      attempts.delayStarted = over > 0;
      if (over > 0) {
        Duration delay = baseDelay.multipliedBy(1L << Math.min(over - 1, 20));
        attempts.blockedUntil = clock.instant().plus(delay.compareTo(maxDelay) > 0 ? maxDelay : delay);
      }
    }
    return attempts;
  }

  private static Instant blockedUntil(Cache<String, Attempts> cache, String key) {
    Attempts attempts = cache.getIfPresent(key);
    if (attempts == null) {
      return null;
    }
    synchronized (attempts) {
      return attempts.blockedUntil;
    }
  }

  private static Instant later(Instant a, Instant b) {
    if (a == null) {
      return b;
    }
    return b == null || a.isAfter(b) ? a : b;
  }

  private static String key(String account, String source) {
    return account + "\u0000" + source;
  }

  private static final class Attempts {
    int failures;
    boolean delayStarted;
    Instant blockedUntil;
  }
}

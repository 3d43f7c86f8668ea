package nl.wmotoezicht.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.Mockito.RETURNS_SELF;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReferenceArray;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.identity.GroupQuery;
import org.camunda.bpm.engine.identity.Tenant;
import org.camunda.bpm.engine.identity.TenantQuery;
import org.camunda.bpm.engine.rest.security.auth.AuthenticationResult;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletRequest;

/**
 * The REST login cache: the engine checks a password once per few seconds per client instead of per
 * request, and everything it would refuse is still refused.
 */
class CachingBasicAuthenticationProviderTest {

  private static final Duration TTL = Duration.ofSeconds(5);

  private final AtomicLong clock = new AtomicLong(1_000_000_000L);
  private final CachingBasicAuthenticationProvider provider =
      new CachingBasicAuthenticationProvider(new RestAuthenticationCache(TTL, clock::get));
  private final ProcessEngine engine = mock(ProcessEngine.class);
  private final IdentityService identity = mock(IdentityService.class);
  private final GroupQuery groupQuery = mock(GroupQuery.class, RETURNS_SELF);
  private final TenantQuery tenantQuery = mock(TenantQuery.class, RETURNS_SELF);

  @BeforeEach
  void engineKnowsToezichthouder() {
    when(engine.getIdentityService()).thenReturn(identity);
    when(identity.createGroupQuery()).thenReturn(groupQuery);
    when(identity.createTenantQuery()).thenReturn(tenantQuery);
    when(identity.checkPassword(anyString(), anyString())).thenReturn(false);
    when(identity.checkPassword("toezichthouder", "geheim")).thenReturn(true);
    memberships(List.of("toezichthouders"), List.of("GM0917", "GM0935"));
  }

  @Test
  void aSecondRequestWithTheSameCredentialsIsNotCheckedAgainWithinTheTtl() {
    AuthenticationResult first = provider.extractAuthenticatedUser(basic("toezichthouder", "geheim"), engine);
    clock.addAndGet(TTL.toNanos() - 1);
    AuthenticationResult second = provider.extractAuthenticatedUser(basic("toezichthouder", "geheim"), engine);

    for (AuthenticationResult result : List.of(first, second)) {
      assertThat(result.isAuthenticated()).isTrue();
      assertThat(result.getAuthenticatedUser()).isEqualTo("toezichthouder");
      assertThat(result.getGroups()).containsExactly("toezichthouders");
      assertThat(result.getTenants()).containsExactly("GM0917", "GM0935");
    }
    verify(identity, times(1)).checkPassword("toezichthouder", "geheim");
    verify(groupQuery, times(1)).list();
    verify(tenantQuery, times(1)).list();
    // the same queries the filter itself would make
    verify(groupQuery).groupMember("toezichthouder");
    verify(tenantQuery).userMember("toezichthouder");
    verify(tenantQuery).includingGroupsOfUser(true);
  }

  @Test
  void afterTheTtlTheEngineIsAskedAgainAndSeesChangedMemberships() {
    provider.extractAuthenticatedUser(basic("toezichthouder", "geheim"), engine);
    memberships(List.of("toezichthouders", "managers"), List.of("GM0917"));
    clock.addAndGet(TTL.toNanos());

    AuthenticationResult later = provider.extractAuthenticatedUser(basic("toezichthouder", "geheim"), engine);

    assertThat(later.getGroups()).containsExactly("toezichthouders", "managers");
    assertThat(later.getTenants()).containsExactly("GM0917");
    verify(identity, times(2)).checkPassword("toezichthouder", "geheim");
  }

  @Test
  void aPasswordChangedOrLockedOutIsRefusedOnceTheEntryExpires() {
    provider.extractAuthenticatedUser(basic("toezichthouder", "geheim"), engine);
    when(identity.checkPassword("toezichthouder", "geheim")).thenReturn(false);
    clock.addAndGet(TTL.toNanos());

    assertThat(provider.extractAuthenticatedUser(basic("toezichthouder", "geheim"), engine).isAuthenticated()).isFalse();
  }

  @Test
  void aWrongPasswordIsCheckedEveryTimeEvenWhileTheRightOneIsRemembered() {
    provider.extractAuthenticatedUser(basic("toezichthouder", "geheim"), engine);

    for (int i = 0; i < 3; i++) {
      AuthenticationResult wrong = provider.extractAuthenticatedUser(basic("toezichthouder", "fout"), engine);
      assertThat(wrong.isAuthenticated()).isFalse();
    }
    verify(identity, times(3)).checkPassword("toezichthouder", "fout");
    verify(groupQuery, times(1)).list();
  }

  @Test
  void anotherUserWithTheSamePasswordIsCheckedByTheEngine() {
    provider.extractAuthenticatedUser(basic("toezichthouder", "geheim"), engine);

    assertThat(provider.extractAuthenticatedUser(basic("demo", "geheim"), engine).isAuthenticated()).isFalse();
    verify(identity).checkPassword("demo", "geheim");
  }

  @Test
  void requestsWithoutBasicCredentialsAreLeftToTheEngineAndNeverRemembered() {
    MockHttpServletRequest none = new MockHttpServletRequest("GET", "/engine-rest/task");
    MockHttpServletRequest bearer = new MockHttpServletRequest("GET", "/engine-rest/task");
    bearer.addHeader("Authorization", "Bearer abc");

    assertThat(provider.extractAuthenticatedUser(none, engine).isAuthenticated()).isFalse();
    assertThat(provider.extractAuthenticatedUser(bearer, engine).isAuthenticated()).isFalse();
    verify(identity, never()).checkPassword(anyString(), anyString());
  }

  @Test
  void theCacheKeepsNoPasswordAndStaysBounded() {
    RestAuthenticationCache cache = new RestAuthenticationCache(TTL, clock::get);
    RestAuthenticationCache.Login login = new RestAuthenticationCache.Login("u", List.of(), List.of());
    for (int i = 0; i < RestAuthenticationCache.MAX_ENTRIES + 10; i++) {
      cache.put("Basic " + i, login);
    }
    assertThat(cache.size()).isLessThanOrEqualTo(RestAuthenticationCache.MAX_ENTRIES);
    assertThat(cache.get("Basic " + (RestAuthenticationCache.MAX_ENTRIES + 9))).isEqualTo(login);
  }

  @Test
  void requestsArrivingWhileTheEngineChecksTheSameLoginWaitForThatAnswer() throws Exception {
    CountDownLatch checking = new CountDownLatch(1);
    CountDownLatch release = new CountDownLatch(1);
    AtomicInteger checks = new AtomicInteger();
    when(identity.checkPassword("toezichthouder", "geheim")).thenAnswer(invocation -> {
      checks.incrementAndGet();
      checking.countDown();
      release.await(10, TimeUnit.SECONDS);
      return true;
    });

    AtomicReferenceArray<AuthenticationResult> results = new AtomicReferenceArray<>(5);
    List<Thread> threads = new ArrayList<>();
    threads.add(start(() -> results.set(0, provider.extractAuthenticatedUser(basic("toezichthouder", "geheim"), engine))));
    assertThat(checking.await(10, TimeUnit.SECONDS)).isTrue();
    for (int i = 1; i < 5; i++) {
      int n = i;
      threads.add(start(() -> results.set(n, provider.extractAuthenticatedUser(basic("toezichthouder", "geheim"), engine))));
    }
    awaitBlocked(threads);
    release.countDown();
    for (Thread thread : threads) {
      thread.join(10_000);
    }

    assertThat(checks.get()).isEqualTo(1);
    verify(groupQuery, times(1)).list();
    for (int i = 0; i < 5; i++) {
      assertThat(results.get(i).isAuthenticated()).isTrue();
      assertThat(results.get(i).getGroups()).containsExactly("toezichthouders");
      assertThat(results.get(i).getTenants()).containsExactly("GM0917", "GM0935");
    }
  }

  @Test
  void aRefusalIsNeverSharedWithRequestsThatWaitedForIt() throws Exception {
    CountDownLatch checking = new CountDownLatch(1);
    CountDownLatch release = new CountDownLatch(1);
    AtomicInteger checks = new AtomicInteger();
    when(identity.checkPassword("toezichthouder", "fout")).thenAnswer(invocation -> {
      checks.incrementAndGet();
      checking.countDown();
      release.await(10, TimeUnit.SECONDS);
      return false;
    });

    AtomicReferenceArray<AuthenticationResult> results = new AtomicReferenceArray<>(4);
    List<Thread> threads = new ArrayList<>();
    threads.add(start(() -> results.set(0, provider.extractAuthenticatedUser(basic("toezichthouder", "fout"), engine))));
    assertThat(checking.await(10, TimeUnit.SECONDS)).isTrue();
    for (int i = 1; i < 4; i++) {
      int n = i;
      threads.add(start(() -> results.set(n, provider.extractAuthenticatedUser(basic("toezichthouder", "fout"), engine))));
    }
    awaitBlocked(threads);
    release.countDown();
    for (Thread thread : threads) {
      thread.join(10_000);
    }

    // every refused request was checked by the engine itself (and counts towards throttling there)
    assertThat(checks.get()).isEqualTo(4);
    for (int i = 0; i < 4; i++) {
      assertThat(results.get(i).isAuthenticated()).isFalse();
    }
    verify(groupQuery, never()).list();
  }

  private static Thread start(Runnable work) {
    Thread thread = new Thread(work);
    thread.start();
    return thread;
  }

  /** Until every thread waits (for the engine's answer, or inside the engine's password check). */
  private static void awaitBlocked(List<Thread> threads) throws InterruptedException {
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
    while (System.nanoTime() < deadline && !threads.stream().allMatch(t -> t.getState() == Thread.State.WAITING
        || t.getState() == Thread.State.TIMED_WAITING || t.getState() == Thread.State.TERMINATED)) {
      Thread.sleep(10);
    }
  }

  private void memberships(List<String> groupIds, List<String> tenantIds) {
    List<Group> groups = groupIds.stream().map(id -> {
      Group g = mock(Group.class);
      when(g.getId()).thenReturn(id);
      return g;
    }).toList();
    List<Tenant> tenants = tenantIds.stream().map(id -> {
      Tenant t = mock(Tenant.class);
      when(t.getId()).thenReturn(id);
      return t;
    }).toList();
    when(groupQuery.list()).thenReturn(groups);
    when(tenantQuery.list()).thenReturn(tenants);
  }

  private static MockHttpServletRequest basic(String user, String password) {
    MockHttpServletRequest request = new MockHttpServletRequest("POST", "/engine-rest/message");
    request.addHeader("Authorization", "Basic "
        + Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8)));
    return request;
  }
}

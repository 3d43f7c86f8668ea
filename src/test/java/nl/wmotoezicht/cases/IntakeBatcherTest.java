package nl.wmotoezicht.cases;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
import nl.wmotoezicht.kernel.ReporterVariables;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The group commit's rules, against an engine that behaves like the real one where it matters: a command commits
 * all of its starts or none, a reference already claimed (committed, or earlier in the same command) is a duplicate
 * or a conflict, and each start sees the authentication of the thread it runs on.
 */
class IntakeBatcherTest {

  private static final String MESSAGE = "Message_Test";

  private final FakeEngine engine = new FakeEngine();
  private final ExecutorService requests = Executors.newCachedThreadPool();
  private IntakeBatcher batcher;

  @AfterEach
  void stop() {
    engine.release.countDown();
    if (batcher != null) {
      batcher.stop();
    }
    requests.shutdownNow();
  }

  private IntakeBatcher batcher(int maxSize, int capacity, Duration queueTimeout) {
    batcher = new IntakeBatcher(engine, new IntakeBatchProperties(true, maxSize, 1, capacity, queueTimeout,
        Duration.ofSeconds(10)));
    batcher.start();
    return batcher;
  }

  /** Sends a report from its own request thread, authenticated as the user. */
  private Future<String> send(String user, String reference, String contents) {
    return requests.submit(() -> {
      engine.authenticate(new Authentication(user, List.of("group-" + user), List.of("tenant-" + user)));
      try {
        return batcher.start(MESSAGE, report(reference, contents));
      } finally {
        engine.authenticate(null);
      }
    });
  }

  private static Map<String, Object> report(String reference, String contents) {
    Map<String, Object> variables = new HashMap<>();
    variables.put(ReporterVariables.REPORTER_REFERENCE.name(), reference);
    variables.put("contents", contents);
    return variables;
  }

  /** A first report keeps the writer busy until released; meanwhile the others queue up. */
  private Future<String> blockWriter() throws Exception {
    Future<String> blocker = send("blocker", "BLOCK", "block");
    assertThat(engine.blocked.await(10, TimeUnit.SECONDS)).isTrue();
    return blocker;
  }

  private void awaitQueued(int reports) throws InterruptedException {
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
    while (batcher.queued() < reports && System.nanoTime() < deadline) {
      Thread.sleep(5);
    }
    assertThat(batcher.queued()).isEqualTo(reports);
  }

  @Test
  void queuedReportsStartInOneCommandAndAreAnsweredAfterItsCommit() throws Exception {
    batcher(32, 100, Duration.ofSeconds(10));
    Future<String> blocker = blockWriter();
    List<Future<String>> sent = new ArrayList<>();
    for (int i = 0; i < 5; i++) {
      sent.add(send("user" + i, "REF-" + i, "report " + i));
    }
    awaitQueued(5);
    engine.release.countDown();

    assertThat(blocker.get(10, TimeUnit.SECONDS)).isEqualTo("CASE-1");
    List<String> numbers = new ArrayList<>();
    for (Future<String> answer : sent) {
      numbers.add(answer.get(10, TimeUnit.SECONDS));
    }
    assertThat(numbers).doesNotHaveDuplicates().allMatch(engine.committed::containsValue);
    assertThat(engine.commands).hasValue(1);
    assertThat(engine.commandSizes).containsExactly(5);
    assertThat(batcher.stats()).isEqualTo(new IntakeBatcher.Stats(2, 6, 0));
  }

  @Test
  void aFailingReportRollsTheBatchBackAndEveryReportIsStartedAlone() throws Exception {
    batcher(32, 100, Duration.ofSeconds(10));
    engine.committed.put(List.of(MESSAGE, "user2", "REF-2"), "CASE-0");
    Future<String> blocker = blockWriter();
    Future<String> good1 = send("user1", "REF-1", "report 1");
    Future<String> conflict = send("user2", "REF-2", "a different report");
    Future<String> bad = send("user3", "REF-3", "fail");
    Future<String> good4 = send("user4", "REF-4", "report 4");
    awaitQueued(4);
    engine.release.countDown();
    blocker.get(10, TimeUnit.SECONDS);

    assertThat(good1.get(10, TimeUnit.SECONDS)).isEqualTo(engine.committed.get(List.of(MESSAGE, "user1", "REF-1")));
    assertThat(good4.get(10, TimeUnit.SECONDS)).isEqualTo(engine.committed.get(List.of(MESSAGE, "user4", "REF-4")));
    assertThatThrownBy(() -> unwrap(conflict)).isInstanceOf(ConflictingReportException.class)
        .extracting(e -> ((ReportReferenceException) e).caseNumber()).isEqualTo("CASE-0");
    assertThatThrownBy(() -> unwrap(bad)).isInstanceOf(IllegalArgumentException.class).hasMessage("fail");
    // the batch's work is gone: each report committed once, by its start alone
    assertThat(engine.committed).hasSize(4);
    assertThat(engine.rolledBack).hasValue(1);
    assertThat(batcher.stats().fallbacks()).isEqualTo(1);
  }

  @Test
  void theSameReferenceTwiceInOneBatchEndsAsIfSentOneAfterTheOther() throws Exception {
    batcher(32, 100, Duration.ofSeconds(10));
    Future<String> blocker = blockWriter();
    // queued in this order (each waits for the one before), as if sent one after the other
    Future<String> first = send("user1", "REF-X", "report");
    awaitQueued(1);
    Future<String> other = send("user2", "REF-X", "report"); // another sender's reference: its own case
    awaitQueued(2);
    Future<String> repeat = send("user1", "REF-X", "report");
    awaitQueued(3);
    Future<String> different = send("user1", "REF-X", "a different report");
    awaitQueued(4);
    engine.release.countDown();
    blocker.get(10, TimeUnit.SECONDS);

    String caseNumber = first.get(10, TimeUnit.SECONDS);
    assertThat(other.get(10, TimeUnit.SECONDS)).isNotEqualTo(caseNumber);
    assertThatThrownBy(() -> unwrap(repeat)).isInstanceOf(DuplicateReportException.class)
        .extracting(e -> ((ReportReferenceException) e).caseNumber()).isEqualTo(caseNumber);
    assertThatThrownBy(() -> unwrap(different)).isInstanceOf(ConflictingReportException.class)
        .extracting(e -> ((ReportReferenceException) e).caseNumber()).isEqualTo(caseNumber);
    // the first of each key together, the repeats alone after that commit: nothing rolled back
    assertThat(engine.commandSizes).containsExactly(2);
    assertThat(engine.rolledBack).hasValue(0);
    assertThat(batcher.stats().fallbacks()).isZero();
  }

  @Test
  void everyReportIsStartedUnderItsOwnCallersAuthenticationAndTheWriterKeepsNone() throws Exception {
    batcher(32, 100, Duration.ofSeconds(10));
    Future<String> blocker = blockWriter();
    List<Future<String>> sent = new ArrayList<>();
    for (String user : List.of("anna", "bert", "cees")) {
      sent.add(send(user, "REF-" + user, "report of " + user));
    }
    awaitQueued(3);
    engine.release.countDown();
    blocker.get(10, TimeUnit.SECONDS);
    for (Future<String> answer : sent) {
      answer.get(10, TimeUnit.SECONDS);
    }

    assertThat(engine.startedAs).containsEntry("REF-anna", "anna [group-anna] [tenant-anna]")
        .containsEntry("REF-bert", "bert [group-bert] [tenant-bert]")
        .containsEntry("REF-cees", "cees [group-cees] [tenant-cees]");
    assertThat(engine.commandSizes).containsExactly(3);
    assertThat(engine.writerAuthenticationAfterwards).containsOnly("none");
  }

  @Test
  void aFullQueueIsAnsweredBusyAndStartsNothing() throws Exception {
    batcher(32, 2, Duration.ofSeconds(10));
    Future<String> blocker = blockWriter();
    Future<String> queued1 = send("user1", "REF-1", "report 1");
    Future<String> queued2 = send("user2", "REF-2", "report 2");
    awaitQueued(2);

    assertThatThrownBy(() -> unwrap(send("user3", "REF-3", "report 3"))).isInstanceOf(IntakeBusyException.class);
    engine.release.countDown();
    blocker.get(10, TimeUnit.SECONDS);
    queued1.get(10, TimeUnit.SECONDS);
    queued2.get(10, TimeUnit.SECONDS);
    assertThat(engine.committed.keySet()).extracting(key -> key.get(2)).containsExactlyInAnyOrder("BLOCK", "REF-1",
        "REF-2");
  }

  @Test
  void aReportNoWriterTookInTimeIsAnsweredBusyAndNeverStarted() throws Exception {
    batcher(32, 100, Duration.ofMillis(300));
    Future<String> blocker = blockWriter();
    Future<String> late = send("user1", "REF-1", "report 1");

    assertThatThrownBy(() -> unwrap(late)).isInstanceOf(IntakeBusyException.class);
    engine.release.countDown();
    blocker.get(10, TimeUnit.SECONDS);
    // the writer skips the report its request gave up
    Future<String> next = send("user2", "REF-2", "report 2");
    next.get(10, TimeUnit.SECONDS);
    assertThat(engine.committed.keySet()).extracting(key -> key.get(2)).containsExactlyInAnyOrder("BLOCK", "REF-2");
  }

  @Test
  void shuttingDownStartsWhatIsQueuedAndRefusesWhatComesAfter() throws Exception {
    batcher(32, 100, Duration.ofSeconds(10));
    Future<String> blocker = blockWriter();
    Future<String> queued = send("user1", "REF-1", "report 1");
    awaitQueued(1);
    Future<?> stopping = requests.submit((Runnable) batcher::stop);
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
    while (batcher.isRunning() && System.nanoTime() < deadline) {
      Thread.sleep(5);
    }
    assertThatThrownBy(() -> unwrap(send("user2", "REF-2", "report 2"))).isInstanceOf(IntakeBusyException.class);
    engine.release.countDown();
    stopping.get(10, TimeUnit.SECONDS);

    assertThat(blocker.get(10, TimeUnit.SECONDS)).isNotNull();
    assertThat(queued.get(10, TimeUnit.SECONDS)).isNotNull();
    assertThat(engine.committed.keySet()).extracting(key -> key.get(2)).containsExactlyInAnyOrder("BLOCK", "REF-1");
  }

  @Test
  void disabledStartsEachReportAloneOnItsRequestThread() throws Exception {
    batcher = new IntakeBatcher(engine, new IntakeBatchProperties(false, 32, 1, 10, Duration.ofSeconds(1),
        Duration.ofSeconds(1)));
    batcher.start();
    engine.authenticate(new Authentication("anna", List.of(), List.of()));
    try {
      assertThat(batcher.start(MESSAGE, report("REF-1", "report"))).isEqualTo("CASE-1");
    } finally {
      engine.authenticate(null);
    }
    assertThat(engine.startThreads).containsExactly(Thread.currentThread().getName());
    assertThat(engine.commands).hasValue(0);
  }

  private static String unwrap(Future<String> answer) throws Throwable {
    try {
      return answer.get(10, TimeUnit.SECONDS);
    } catch (java.util.concurrent.ExecutionException e) {
      throw e.getCause();
    }
  }

  /**
   * A small engine: a command commits the claims of its starts together or not at all; a start alone is its own
   * command. The idempotency rule is the register's ({@link ReportReferences}): a key claimed before — committed,
   * or earlier in the same command — is a duplicate for the same contents, a conflict for different ones.
   */
  static final class FakeEngine implements IntakeEngine {

    final Map<List<String>, String> committed = Collections.synchronizedMap(new LinkedHashMap<>());
    final Map<List<String>, String> contentsOf = Collections.synchronizedMap(new HashMap<>());
    final Map<String, String> startedAs = Collections.synchronizedMap(new HashMap<>());
    final List<Integer> commandSizes = Collections.synchronizedList(new ArrayList<>());
    final List<String> startThreads = Collections.synchronizedList(new ArrayList<>());
    final List<String> writerAuthenticationAfterwards = Collections.synchronizedList(new ArrayList<>());
    final AtomicInteger commands = new AtomicInteger();
    final AtomicInteger rolledBack = new AtomicInteger();
    final CountDownLatch blocked = new CountDownLatch(1);
    final CountDownLatch release = new CountDownLatch(1);
    private final AtomicInteger numbers = new AtomicInteger();
    private final ThreadLocal<Authentication> authentication = new ThreadLocal<>();
    private final ThreadLocal<Map<List<String>, String>> command = new ThreadLocal<>();

    @Override
    public String start(String messageName, Map<String, Object> variables) {
      Authentication caller = authentication.get();
      String reference = (String) variables.get(ReporterVariables.REPORTER_REFERENCE.name());
      String contents = (String) variables.get("contents");
      startThreads.add(Thread.currentThread().getName());
      startedAs.put(reference, caller == null ? "none"
          : caller.getUserId() + " " + caller.getGroupIds() + " " + caller.getTenantIds());
      if ("block".equals(contents)) {
        blocked.countDown();
        try {
          release.await(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
          Thread.currentThread().interrupt();
        }
      }
      if ("fail".equals(contents)) {
        throw new IllegalArgumentException("fail");
      }
      List<String> key = List.of(messageName, caller == null ? "systeem" : caller.getUserId(), reference);
      Map<List<String>, String> pending = command.get();
      String earlier = committed.containsKey(key) ? committed.get(key) : pending == null ? null : pending.get(key);
      if (earlier != null) {
        String earlierContents = contentsOf.getOrDefault(key, "report");
        if (earlierContents.equals(contents)) {
          throw new DuplicateReportException(reference, earlier);
        }
        throw new ConflictingReportException(reference, earlier);
      }
      String caseNumber = "CASE-" + numbers.incrementAndGet();
      if (pending != null) {
        pending.put(key, caseNumber);
      } else {
        committed.put(key, caseNumber);
      }
      contentsOf.putIfAbsent(key, contents);
      return caseNumber;
    }

    @Override
    public <T> T inOneCommand(Supplier<T> work) {
      commands.incrementAndGet();
      Map<List<String>, String> pending = new LinkedHashMap<>();
      command.set(pending);
      try {
        T result = work.get();
        commandSizes.add(pending.size());
        committed.putAll(pending);
        return result;
      } catch (RuntimeException e) {
        rolledBack.incrementAndGet();
        pending.keySet().forEach(contentsOf::remove);
        throw e;
      } finally {
        command.remove();
        Authentication after = authentication.get();
        writerAuthenticationAfterwards.add(after == null ? "none" : after.getUserId());
      }
    }

    @Override
    public Authentication currentAuthentication() {
      return authentication.get();
    }

    @Override
    public void authenticate(Authentication caller) {
      if (caller == null) {
        authentication.remove();
      } else {
        authentication.set(caller);
      }
    }
  }
}

package nl.wmotoezicht.cases;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import nl.wmotoezicht.kernel.ReporterVariables;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;

/**
 * Group commit of intake starts. A request thread hands its checked report, with its caller's Camunda authentication,
 * to a queue and waits; a writer thread takes everything queued at that moment (at most {@code max-size}; no waiting
 * window, so at low load a batch is one report and adds no latency) and starts all of it in one engine command and
 * one transaction: one flush, one commit, instead of one per report. Each report is started under its own caller's
 * authentication, so authorization and tenant checks are those of a start alone; each waiting request is answered
 * only after the commit.
 *
 * <p>Any exception in a batch rolls the whole batch back; then every report of it is started alone, exactly as
 * without batching, so a duplicate, conflicting or bad report gets its own answer and the others start. Reports with
 * the same idempotency key (message, sender, reference) never share a batch: the later ones are started alone after
 * the batch commits, as if sent one after the other. A full queue, a report no writer took within
 * {@code queue-timeout}, or a report sent while shutting down is answered with {@link IntakeBusyException} (503):
 * nothing of it was started. Once a writer took a report, its request waits for the real outcome.
 */
@Component
public class IntakeBatcher implements SmartLifecycle {

  private static final Logger LOG = LoggerFactory.getLogger(IntakeBatcher.class);
  /** A queued report: waiting, taken by a writer, or given up by its request (then never started). */
  private static final int QUEUED = 0;
  private static final int TAKEN = 1;
  private static final int CANCELLED = 2;

  /** How many batches and reports the writers started, and how many batches fell back to one by one. */
  public record Stats(long batches, long reports, long fallbacks) {
  }

  private final IntakeEngine engine;
  private final IntakeBatchProperties properties;
  private final BlockingQueue<Report> queue;
  private final List<Thread> writers = new ArrayList<>();
  private final AtomicLong batches = new AtomicLong();
  private final AtomicLong reports = new AtomicLong();
  private final AtomicLong fallbacks = new AtomicLong();
  private volatile boolean running;
  private volatile boolean accepting;

  IntakeBatcher(IntakeEngine engine, IntakeBatchProperties properties) {
    this.engine = engine;
    this.properties = properties;
    this.queue = new ArrayBlockingQueue<>(properties.queueCapacity());
  }

  /**
   * Starts the report, batched with others when enabled, and answers after its transaction committed.
   *
   * @return the new case's number (the business key)
   * @throws IntakeBusyException when the report could not be queued or waited too long; nothing was started
   * @throws RuntimeException what starting it alone throws (duplicate, conflict, bad input, not allowed, ...)
   */
  public String start(String messageName, Map<String, Object> variables) {
    if (!properties.enabled()) {
      return engine.start(messageName, variables);
    }
    if (!accepting) {
      throw new IntakeBusyException("De intake wordt afgesloten");
    }
    Report report = new Report(messageName, variables, engine.currentAuthentication());
    if (!queue.offer(report)) {
      throw new IntakeBusyException("De wachtrij van de intake is vol");
    }
    if (!accepting && report.state.compareAndSet(QUEUED, CANCELLED)) {
      // stopped between the check and the offer: no writer may take it any more
      throw new IntakeBusyException("De intake wordt afgesloten");
    }
    try {
      try {
        return report.answer.get(properties.queueTimeout().toMillis(), TimeUnit.MILLISECONDS);
      } catch (TimeoutException e) {
        if (report.state.compareAndSet(QUEUED, CANCELLED)) {
          throw new IntakeBusyException("De intake nam de melding niet binnen " + properties.queueTimeout().toSeconds()
              + " seconden in behandeling");
        }
        // a writer is starting it: its outcome, whatever it is, is the answer
        return report.answer.get();
      }
    } catch (ExecutionException e) {
      if (e.getCause() instanceof RuntimeException runtime) {
        throw runtime;
      }
      if (e.getCause() instanceof Error error) {
        throw error;
      }
      throw new IllegalStateException(e.getCause());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      if (report.state.compareAndSet(QUEUED, CANCELLED)) {
        throw new IntakeBusyException("Onderbroken voordat de melding werd gestart");
      }
      throw new IllegalStateException("Onderbroken terwijl de melding werd gestart", e);
    }
  }

  /** How many batches and reports the writers started so far. */
  public Stats stats() {
    return new Stats(batches.get(), reports.get(), fallbacks.get());
  }

  /** Reports waiting for a writer. */
  int queued() {
    return queue.size();
  }

  private void write() {
    List<Report> taken = new ArrayList<>(properties.maxSize());
    while (true) {
      taken.clear();
      try {
        Report first = queue.poll(100, TimeUnit.MILLISECONDS);
        if (first == null) {
          if (!running) {
            return;
          }
          continue;
        }
        taken.add(first);
        queue.drainTo(taken, properties.maxSize() - 1);
      } catch (InterruptedException e) {
        if (!running) {
          return;
        }
        continue;
      }
      taken.removeIf(report -> !report.state.compareAndSet(QUEUED, TAKEN));
      try {
        startAll(taken);
      } catch (Throwable t) {
        // never leave a request waiting
        LOG.error("Intake writer failed", t);
        taken.forEach(report -> report.answer.completeExceptionally(t));
      }
    }
  }

  /** Starts the taken reports: the first of each idempotency key together, then the repeats one by one. */
  private void startAll(List<Report> taken) {
    List<Report> batch = new ArrayList<>(taken.size());
    List<Report> repeats = new ArrayList<>();
    Set<List<String>> keys = new HashSet<>();
    for (Report report : taken) {
      List<String> key = report.key();
      (key == null || keys.add(key) ? batch : repeats).add(report);
    }
    if (batch.size() == 1) {
      startAlone(batch.get(0));
    } else if (!batch.isEmpty()) {
      startTogether(batch);
    }
    repeats.forEach(this::startAlone);
  }

  private void startTogether(List<Report> batch) {
    List<String> caseNumbers;
    try {
      caseNumbers = engine.inOneCommand(() -> {
        List<String> numbers = new ArrayList<>(batch.size());
        for (Report report : batch) {
          numbers.add(as(report, () -> engine.start(report.messageName, report.variables)));
        }
        return numbers;
      });
    } catch (RuntimeException e) {
      // all of it rolled back: each alone, so each gets its own answer and the good ones start
      fallbacks.incrementAndGet();
      LOG.debug("Batch of {} intake reports rolled back, starting each alone: {}", batch.size(), e.toString());
      batch.forEach(this::startAlone);
      return;
    }
    batches.incrementAndGet();
    reports.addAndGet(batch.size());
    // committed: only now may the requests hear that their case exists
    for (int i = 0; i < batch.size(); i++) {
      batch.get(i).answer.complete(caseNumbers.get(i));
    }
  }

  private void startAlone(Report report) {
    try {
      String caseNumber = as(report, () -> engine.start(report.messageName, report.variables));
      batches.incrementAndGet();
      reports.incrementAndGet();
      report.answer.complete(caseNumber);
    } catch (RuntimeException e) {
      report.answer.completeExceptionally(e);
    }
  }

  /** Runs the work under the report's caller's authentication, and restores the writer's (none) after it. */
  private <T> T as(Report report, java.util.function.Supplier<T> work) {
    Authentication before = engine.currentAuthentication();
    engine.authenticate(report.authentication);
    try {
      return work.get();
    } finally {
      engine.authenticate(before);
    }
  }

  @Override
  public synchronized void start() {
    if (running || !properties.enabled()) {
      return;
    }
    running = true;
    accepting = true;
    for (int i = 0; i < properties.writers(); i++) {
      Thread writer = new Thread(this::write, "intake-writer-" + (i + 1));
      writer.setDaemon(true);
      writers.add(writer);
      writer.start();
    }
  }

  /** Takes no new reports, lets the writers start every queued one, then ends them. */
  @Override
  public synchronized void stop() {
    if (!running) {
      return;
    }
    accepting = false;
    running = false;
    long deadline = System.nanoTime() + properties.shutdownTimeout().toNanos();
    for (Thread writer : writers) {
      try {
        writer.join(Math.max(1, TimeUnit.NANOSECONDS.toMillis(deadline - System.nanoTime())));
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        break;
      }
    }
    writers.clear();
    // what no writer took in time is answered, never left waiting
    for (Report left; (left = queue.poll()) != null; ) {
      if (left.state.compareAndSet(QUEUED, CANCELLED)) {
        left.answer.completeExceptionally(new IntakeBusyException("De intake is afgesloten"));
      }
    }
  }

  @Override
  public boolean isRunning() {
    return running;
  }

  /** Stops after the web server stopped taking and finished its requests, before the engine closes. */
  @Override
  public int getPhase() {
    return SmartLifecycle.DEFAULT_PHASE - 4096;
  }

  /** A report waiting for a writer. */
  private static final class Report {

    final String messageName;
    final Map<String, Object> variables;
    final Authentication authentication;
    final AtomicInteger state = new AtomicInteger(QUEUED);
    final CompletableFuture<String> answer = new CompletableFuture<>();

    Report(String messageName, Map<String, Object> variables, Authentication authentication) {
      this.messageName = messageName;
      this.variables = variables;
      this.authentication = authentication;
    }

    /** The idempotency key (message, sender, reference), or null for a report without a reference. */
    List<String> key() {
      Object reference = variables.get(ReporterVariables.REPORTER_REFERENCE.name());
      if (reference == null || reference.toString().isBlank()) {
        return null;
      }
      String sender = authentication == null ? null : authentication.getUserId();
      return List.of(messageName, String.valueOf(sender), reference.toString());
    }
  }
}

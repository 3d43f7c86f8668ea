import java.io.FileInputStream;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import org.camunda.bpm.dmn.engine.DmnDecision;
import org.camunda.bpm.dmn.engine.DmnDecisionResult;
import org.camunda.bpm.dmn.engine.DmnEngine;
import org.camunda.bpm.dmn.engine.DmnEngineConfiguration;
import org.camunda.bpm.dmn.engine.impl.DefaultDmnEngineConfiguration;
import org.camunda.bpm.dmn.feel.impl.FeelEngineFactory;
import org.camunda.bpm.engine.variable.VariableMap;
import org.camunda.bpm.engine.variable.Variables;

/**
 * P4, standalone half: the measure-matrix DRD evaluated by the Camunda DMN engine alone (default
 * configuration: FEEL by feel-scala, as in the process engine), no database, no history. Run by
 * bench/run.sh with the app's class path:
 * {@code java -cp <classpath> DmnStandalone.java <dmn file> <threads> <warm-up s> <measure s> [feel]}.
 * Prints one line of key=value pairs; evals/s counts whole DRD evaluations (the decision and its
 * required decisions), as the REST evaluate does; cpu_ms_per_eval is the JVM's CPU time over the
 * measured seconds per evaluation (comparable under load, where evals/s is not). {@code feel}: {@code default} (Camunda's default
 * FEEL engine, the goal's reference) or {@code parsed}: the same DMN engine with the platform's FEEL
 * engine ({@code nl.wmotoezicht.feel.ParsedFeelEngineFactory}, which must be on the class path),
 * for the informational row.
 */
public class DmnStandalone {

  public static void main(String[] args) throws Exception {
    String file = args[0];
    int threads = Integer.parseInt(args[1]);
    double warmup = Double.parseDouble(args[2]);
    double seconds = Double.parseDouble(args[3]);
    String feel = args.length > 4 ? args[4] : "default";

    DefaultDmnEngineConfiguration configuration =
        (DefaultDmnEngineConfiguration) DmnEngineConfiguration.createDefaultDmnEngineConfiguration();
    if (feel.equals("parsed")) {
      configuration.feelEngineFactory((FeelEngineFactory) Class
          .forName("nl.wmotoezicht.feel.ParsedFeelEngineFactory").getConstructor().newInstance());
    } else if (!feel.equals("default")) {
      throw new IllegalArgumentException("feel: default or parsed, not " + feel);
    }
    DmnEngine engine = configuration.buildEngine();
    DmnDecision decision;
    try (InputStream in = new FileInputStream(file)) {
      decision = engine.parseDecision("maatregelcategorie", in);
    }
    VariableMap variables = Variables.createVariables()
        .putValue("seriousness", "groot")
        .putValue("recurrenceChance", "gemiddeld")
        .putValue("recidive", false);
    DmnDecisionResult check = engine.evaluateDecision(decision, variables);
    Map<String, Object> result = check.getSingleResult().getEntryMap();

    run(engine, decision, variables, threads, warmup);
    com.sun.management.OperatingSystemMXBean os = (com.sun.management.OperatingSystemMXBean)
        java.lang.management.ManagementFactory.getOperatingSystemMXBean();
    long cpuBefore = os.getProcessCpuTime();
    long[] measured = run(engine, decision, variables, threads, seconds);
    double cpuMs = (os.getProcessCpuTime() - cpuBefore) / 1e6;
    double elapsed = measured[1] / 1e9;
    System.out.printf(Locale.ROOT, "label=dmn-standalone feel=%s threads=%d evals=%d seconds=%.2f eps=%.1f cpu_ms_per_eval=%.3f categorie=%s%n",
        feel, threads, measured[0], elapsed, measured[0] / elapsed, cpuMs / measured[0], result.get("categorie"));
  }

  /** Evaluates from {@code threads} threads for {@code seconds}; returns {evaluations, nanos}. */
  private static long[] run(DmnEngine engine, DmnDecision decision, VariableMap variables, int threads,
      double seconds) throws InterruptedException {
    AtomicLong count = new AtomicLong();
    long start = System.nanoTime();
    long end = start + (long) (seconds * 1e9);
    List<Thread> workers = new ArrayList<>();
    for (int t = 0; t < threads; t++) {
      Thread worker = new Thread(() -> {
        long local = 0;
        while (System.nanoTime() < end) {
          for (int i = 0; i < 100; i++) {
            engine.evaluateDecision(decision, variables);
          }
          local += 100;
        }
        count.addAndGet(local);
      });
      workers.add(worker);
      worker.start();
    }
    for (Thread worker : workers) {
      worker.join();
    }
    return new long[] {count.get(), System.nanoTime() - start};
  }
}

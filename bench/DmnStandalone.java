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
import org.camunda.bpm.engine.variable.VariableMap;
import org.camunda.bpm.engine.variable.Variables;

/**
 * P4, standalone half: the measure-matrix DRD evaluated by the Camunda DMN engine alone (default
 * configuration: FEEL by feel-scala, as in the process engine), no database, no history. Run by
 * bench/run.sh with the app's class path:
 * {@code java -cp <classpath> DmnStandalone.java <dmn file> <threads> <warm-up s> <measure s>}.
 * Prints one line of key=value pairs; evals/s counts whole DRD evaluations (the decision and its
 * required decisions), as the REST evaluate does.
 */
public class DmnStandalone {

  public static void main(String[] args) throws Exception {
    String file = args[0];
    int threads = Integer.parseInt(args[1]);
    double warmup = Double.parseDouble(args[2]);
    double seconds = Double.parseDouble(args[3]);

    DmnEngine engine = DmnEngineConfiguration.createDefaultDmnEngineConfiguration().buildEngine();
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
    long[] measured = run(engine, decision, variables, threads, seconds);
    double elapsed = measured[1] / 1e9;
    System.out.printf(Locale.ROOT, "label=dmn-standalone threads=%d evals=%d seconds=%.2f eps=%.1f categorie=%s%n",
        threads, measured[0], elapsed, measured[0] / elapsed, result.get("categorie"));
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

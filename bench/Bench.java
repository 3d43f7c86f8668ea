import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Collectors;

/**
 * The HTTP load generator of bench/run.sh. JDK 17 only (java.net.http), run as
 * {@code java Bench.java key=value ...}.
 *
 * <p>C clients (a fixed thread pool, one HTTP/1.1 connection each) send requests back to back, each
 * waiting for its response (closed loop): {@code n} requests in all, or for {@code seconds}.
 * Every request's latency is recorded; the result is one line of key=value pairs on stdout:
 * requests, errors, seconds, rps and p50/p95/p99/max in milliseconds. Exit code 0 even with
 * errors (the caller prints them); 2 for bad arguments.
 *
 * <p>Arguments: {@code url} (may hold placeholders), {@code method} (POST), {@code user},
 * {@code password} (HTTP Basic, none if absent), {@code body} (a file; placeholders replaced per
 * request), {@code clients} (16), {@code n} and/or {@code seconds} (stops at whichever comes
 * first; a request under way is finished), {@code expect} (accepted status
 * codes, default 200,201,204), {@code label}, {@code run} (a run id for unique references),
 * {@code municipalities} (comma list for {{muni}}), {@code timeout} (seconds per request, 60),
 * {@code accept} (the Accept header, application/json), {@code prime} (1: each client first sends one
 * untimed request, so that neither the client's cold start nor its connection set-up is measured).
 *
 * <p>Per-request times: with {@code times=<file>}, or the environment variable {@code BENCH_TIMES_DIR}
 * (then {@code <dir>/times-<label>.tsv}), every request is written as one tab-separated line: its
 * number, start in ms since the first request, latency in ms, HTTP status (-1: no answer), client
 * thread; so an outlier can be traced to its moment (and to the server's log of that moment).
 *
 * <p>Placeholders: {@code {{i}}} the request's number, {@code {{run}}} the run id, {@code {{muni}}}
 * the i-th municipality of the list (round robin).
 */
public class Bench {

  public static void main(String[] args) throws Exception {
    Map<String, String> a = new HashMap<>();
    for (String arg : args) {
      int eq = arg.indexOf('=');
      if (eq < 1) {
        System.err.println("Bench: argument not key=value: " + arg);
        System.exit(2);
      }
      a.put(arg.substring(0, eq), arg.substring(eq + 1));
    }
    String url = req(a, "url");
    String method = a.getOrDefault("method", "POST").toUpperCase(Locale.ROOT);
    String label = a.getOrDefault("label", "bench");
    String run = a.getOrDefault("run", Long.toString(System.currentTimeMillis(), 36));
    int clients = Integer.parseInt(a.getOrDefault("clients", "16"));
    int n = Integer.parseInt(a.getOrDefault("n", "0"));
    double seconds = Double.parseDouble(a.getOrDefault("seconds", "0"));
    if (n <= 0 && seconds <= 0) {
      System.err.println("Bench: give n=... or seconds=... (or both: whichever comes first)");
      System.exit(2);
    }
    Set<Integer> expect = Arrays.stream(a.getOrDefault("expect", "200,201,204").split(","))
        .map(String::trim).map(Integer::valueOf).collect(Collectors.toSet());
    String body = a.containsKey("body") ? Files.readString(Path.of(a.get("body")), StandardCharsets.UTF_8) : null;
    String[] municipalities = a.getOrDefault("municipalities", "GM0917").split(",");
    Duration timeout = Duration.ofSeconds(Long.parseLong(a.getOrDefault("timeout", "60")));
    String accept = a.getOrDefault("accept", "application/json");
    boolean prime = "1".equals(a.get("prime"));
    String auth = a.containsKey("user")
        ? "Basic " + Base64.getEncoder().encodeToString((a.get("user") + ":" + a.getOrDefault("password", ""))
            .getBytes(StandardCharsets.UTF_8))
        : null;

    String timesFile = a.get("times");
    if (timesFile == null && System.getenv("BENCH_TIMES_DIR") != null) {
      timesFile = Path.of(System.getenv("BENCH_TIMES_DIR"), "times-" + label + ".tsv").toString();
    }
    List<String> times = java.util.Collections.synchronizedList(new ArrayList<>());

    ExecutorService pool = Executors.newFixedThreadPool(clients);
    // one client per thread: the JDK client pools connections, so each thread keeps its own
    HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
        .connectTimeout(Duration.ofSeconds(10)).executor(Executors.newFixedThreadPool(2)).build();

    AtomicInteger next = new AtomicInteger();
    AtomicInteger errors = new AtomicInteger();
    AtomicInteger errorsShown = new AtomicInteger();
    AtomicLong deadline = new AtomicLong(Long.MAX_VALUE);
    List<long[]> perThread = new ArrayList<>();
    List<Future<?>> futures = new ArrayList<>();
    long start = System.nanoTime();
    if (seconds > 0) {
      deadline.set(start + (long) (seconds * 1e9));
    }
    for (int t = 0; t < clients; t++) {
      int thread = t;
      long[][] lat = {new long[n > 0 ? n / clients + 16 : 4096]};
      int[] count = {0};
      futures.add(pool.submit(() -> {
        if (prime) {
          HttpRequest.Builder pb = HttpRequest.newBuilder(URI.create(fill(url, 0, run, municipalities[0])))
              .timeout(timeout).header("Accept", accept);
          if (auth != null) {
            pb.header("Authorization", auth);
          }
          pb.method(method, body == null ? HttpRequest.BodyPublishers.noBody()
              : HttpRequest.BodyPublishers.ofString(fill(body, 0, run, municipalities[0])));
          if (body != null) {
            pb.header("Content-Type", "application/json");
          }
          try {
            http.send(pb.build(), HttpResponse.BodyHandlers.discarding());
          } catch (IOException | InterruptedException e) {
            // the measured requests will show it
          }
        }
        while (true) {
          int i = next.getAndIncrement();
          if (n > 0 && i >= n) {
            break;
          }
          if (System.nanoTime() >= deadline.get()) {
            break;
          }
          String mun = municipalities[i % municipalities.length];
          String u = fill(url, i, run, mun);
          HttpRequest.Builder rb = HttpRequest.newBuilder(URI.create(u)).timeout(timeout)
              .header("Accept", accept);
          if (auth != null) {
            rb.header("Authorization", auth);
          }
          if (body != null) {
            rb.header("Content-Type", "application/json")
                .method(method, HttpRequest.BodyPublishers.ofString(fill(body, i, run, mun)));
          } else {
            rb.method(method, HttpRequest.BodyPublishers.noBody());
          }
          long t0 = System.nanoTime();
          int status;
          String answer;
          try {
            HttpResponse<String> response = http.send(rb.build(), HttpResponse.BodyHandlers.ofString());
            status = response.statusCode();
            answer = response.body();
          } catch (IOException | InterruptedException e) {
            status = -1;
            answer = e.toString();
          }
          long took = System.nanoTime() - t0;
          times.add(String.format(Locale.ROOT, "%d\t%.1f\t%.2f\t%d\t%d", i, (t0 - start) / 1e6, took / 1e6, status, thread));
          if (!expect.contains(status)) {
            errors.incrementAndGet();
            if (errorsShown.getAndIncrement() < 5) {
              System.err.println(label + ": request " + i + " got " + status + ": "
                  + (answer.length() > 400 ? answer.substring(0, 400) : answer));
            }
            continue;
          }
          if (count[0] == lat[0].length) {
            lat[0] = Arrays.copyOf(lat[0], lat[0].length * 2);
          }
          lat[0][count[0]++] = took;
        }
        synchronized (perThread) {
          perThread.add(Arrays.copyOf(lat[0], count[0]));
        }
        return null;
      }));
    }
    for (Future<?> f : futures) {
      f.get();
    }
    long end = System.nanoTime();
    pool.shutdown();
    pool.awaitTermination(10, TimeUnit.SECONDS);

    if (timesFile != null) {
      List<String> lines = new ArrayList<>();
      lines.add("request\tstart_ms\tlatency_ms\tstatus\tclient");
      synchronized (times) {
        lines.addAll(times);
      }
      Files.write(Path.of(timesFile), lines, StandardCharsets.UTF_8);
    }
    long[] all = perThread.stream().flatMapToLong(Arrays::stream).sorted().toArray();
    double elapsed = (end - start) / 1e9;
    System.out.printf(Locale.ROOT,
        "label=%s requests=%d ok=%d errors=%d clients=%d seconds=%.2f rps=%.1f p50=%.1f p95=%.1f p99=%.1f max=%.1f%n",
        label, all.length + errors.get(), all.length, errors.get(), clients, elapsed, all.length / elapsed,
        pct(all, 50), pct(all, 95), pct(all, 99), all.length == 0 ? 0 : all[all.length - 1] / 1e6);
    System.exit(0);
  }

  private static String fill(String template, int i, String run, String mun) {
    return template.replace("{{i}}", Integer.toString(i)).replace("{{run}}", run).replace("{{muni}}", mun);
  }

  /** Nearest-rank percentile of sorted nanoseconds, in milliseconds. */
  private static double pct(long[] sorted, double p) {
    if (sorted.length == 0) {
      return 0;
    }
    int rank = (int) Math.ceil(p / 100.0 * sorted.length);
    return sorted[Math.max(0, Math.min(sorted.length - 1, rank - 1))] / 1e6;
  }

  private static String req(Map<String, String> a, String key) {
    String v = a.get(key);
    if (v == null) {
      System.err.println("Bench: missing " + key + "=...");
      System.exit(2);
    }
    return v;
  }
}

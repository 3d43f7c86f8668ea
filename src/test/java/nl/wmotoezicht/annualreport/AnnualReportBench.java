package nl.wmotoezicht.annualreport;
import static nl.wmotoezicht.calamity.CalamityProcess.Variables.KIND;
import static nl.wmotoezicht.dwangsom.DwangsomProcess.Variables.DECISION;
import static nl.wmotoezicht.dwangsom.DwangsomProcess.Variables.DECISION_SENT_ON;
import static nl.wmotoezicht.dwangsom.DwangsomProcess.Variables.OBJECTION_OUTCOME;
import static nl.wmotoezicht.dwangsom.DwangsomProcess.Variables.SANCTION_TYPE;
import static nl.wmotoezicht.investigation.InvestigationProcess.Variables.REPAIR_ROUTE;
import static nl.wmotoezicht.investigation.InvestigationProcess.Variables.REPAIR_SUFFICIENT;
import static nl.wmotoezicht.investigation.InvestigationProcess.Variables.SIGNAL_SOURCE;
import static nl.wmotoezicht.investigation.InvestigationProcess.Variables.SUBJECT;
import static nl.wmotoezicht.investigation.InvestigationProcess.Variables.THEME_CLIENT_CENTRED;
import static nl.wmotoezicht.investigation.InvestigationProcess.Variables.THEME_PROFESSIONALISM;
import static nl.wmotoezicht.investigation.InvestigationProcess.Variables.THEME_SAFETY;
import static nl.wmotoezicht.kernel.ProviderVariables.PROVIDER_KVK_NUMBER;

import java.time.LocalDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import nl.wmotoezicht.annualreport.AnnualReport.Scope;
import nl.wmotoezicht.testsupport.WmoIntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The benchmark row of the annual report (bench/annual-report.sh), not part of the suite (the name does not end in
 * Test; Surefire runs it only when named with -Dtest). Loads {@code -Dbench.cases} historic cases (default 100,000)
 * spread over five years, three municipalities and the six counted processes, with their variables and a completed
 * task each, by batched SQL; then prints the time of the report of one municipality and of a purchasing region for
 * the middle year (first run and the median of five more). Prints, asserts nothing about speed.
 */
@WmoIntegrationTest
class AnnualReportBench {

  static final List<String> KEYS = List.of("calamiteit", "signaalonderzoek", "kwaliteitsonderzoek",
      "interventiepiramide", "lastOnderDwangsom", "bezwaar");
  static final List<String> TENANTS = List.of("GM0917", "GM0928", "GM0935");

  @Autowired JdbcTemplate jdbc;
  @Autowired AnnualReports reports;
  @Autowired ReportScopes scopes;

  @Test
  void loadAndTime() {
    int cases = Integer.getInteger("bench.cases", 100_000);
    Random random = new Random(42);
    HistorySeeder seeder = new HistorySeeder(jdbc);
    long loadStart = System.nanoTime();
    for (int i = 0; i < cases; i++) {
      String key = KEYS.get(i % KEYS.size());
      String tenant = TENANTS.get(random.nextInt(TENANTS.size()));
      LocalDateTime start = LocalDateTime.of(2040, 1, 1, 8, 0).plusMinutes(random.nextInt(5 * 365 * 24 * 60));
      LocalDateTime end = random.nextInt(10) < 8 ? start.plusHours(24 + random.nextInt(120 * 24)) : null;
      Map<String, Object> vars = new HashMap<>();
      vars.put(PROVIDER_KVK_NUMBER.name(), String.valueOf(60_000_000 + random.nextInt(500)));
      switch (key) {
        case "calamiteit" -> vars.put(KIND.name(), random.nextBoolean() ? "calamiteit" : "geweld");
        case "signaalonderzoek" -> {
          vars.put(SIGNAL_SOURCE.name(), List.of("burger", "toegang", "contractmanager", "ikz").get(random.nextInt(4)));
          vars.put(SUBJECT.name(), random.nextBoolean() ? "kwaliteit" : "rechtmatigheid");
          vars.put(THEME_CLIENT_CENTRED.name(), "voldoet");
          vars.put(THEME_PROFESSIONALISM.name(), "voldoetDeels");
          vars.put(THEME_SAFETY.name(), "voldoetNiet");
          vars.put(REPAIR_ROUTE.name(), "herstelaanbod");
          vars.put(REPAIR_SUFFICIENT.name(), random.nextBoolean());
        }
        case "interventiepiramide" -> {
          vars.put("step" + (1 + random.nextInt(5)), true);
        }
        case "lastOnderDwangsom" -> {
          vars.put(SANCTION_TYPE.name(), "dwangsom");
          vars.put(DECISION.name(), "opleggen");
          vars.put(DECISION_SENT_ON.name(), start.toLocalDate().plusDays(30).toString());
        }
        case "bezwaar" -> vars.put(OBJECTION_OUTCOME.name(), random.nextBoolean() ? "ongegrond" : "gegrond");
        default -> { }
      }
      String id = seeder.instance(key, tenant, start, end, vars);
      LocalDateTime taskEnd = start.plusDays(1 + random.nextInt(20));
      seeder.task(id, key, "Task_Bench", tenant, taskEnd.plusDays(random.nextInt(10) - 3), taskEnd, true);
      if (i % 5_000 == 4_999) {
        seeder.flush();
      }
    }
    seeder.flush();
    long loadMillis = (System.nanoTime() - loadStart) / 1_000_000;
    System.out.printf("BENCH annual-report [%s] load: %d cases in %d ms%n", db(), cases, loadMillis);
    time("municipality GM0917", scopes.municipality("GM0917").orElseThrow());
    time("region parkstad", scopes.purchasingRegion("parkstad").orElseThrow());
  }

  private void time(String label, Scope scope) {
    long first = timed(scope);
    long[] runs = new long[5];
    for (int i = 0; i < runs.length; i++) {
      runs[i] = timed(scope);
    }
    java.util.Arrays.sort(runs);
    System.out.printf("BENCH annual-report [%s] %s year 2042: first %d ms, median of 5 %d ms%n", db(), label, first,
        runs[2]);
  }

  private static String db() {
    return System.getProperty("wmo.test.database", "h2");
  }

  private long timed(Scope scope) {
    long start = System.nanoTime();
    AnnualReport report = reports.compute(scope, 2042);
    long millis = (System.nanoTime() - start) / 1_000_000;
    if (report.calamities().total() < 0) {
      throw new IllegalStateException();
    }
    return millis;
  }
}

package nl.wmotoezicht.annualreport;

import static nl.wmotoezicht.annualplan.AnnualPlanProcess.Variables.REGION;
import static nl.wmotoezicht.bezwaar.BezwaarProcess.Variables.DECISION_KIND;
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
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.entry;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.nio.charset.StandardCharsets;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;
import nl.wmotoezicht.annualreport.AnnualReport.PlanRealisation;
import nl.wmotoezicht.annualreport.AnnualReport.TermsMet;
import javax.imageio.ImageIO;
import nl.wmotoezicht.testsupport.ApiClient;
import nl.wmotoezicht.testsupport.BeanCalls;
import nl.wmotoezicht.testsupport.EngineStatements;
import org.camunda.bpm.engine.ProcessEngine;
import nl.wmotoezicht.testsupport.WmoIntegrationTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.core.io.ClassPathResource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import nl.wmotoezicht.annualplan.AnnualPlanProcess;

/**
 * Every figure of the annual report of a seeded year (2017, a year no other test writes in), counted by hand below,
 * for Kerkrade (GM0928), for the purchasing region Parkstad (Kerkrade and Heerlen GM0917), and against rows that must
 * not count: Maastricht (GM0935, another purchasing region) and the years before and after. Then the REST read with
 * its formats, input checks and tenancy.
 *
 * <p>The seeded year, case by case (K = Kerkrade, H = Heerlen, M = Maastricht):
 * <pre>
 * calamiteit   K1 K 2017-02-01..03-01 (28 d) calamiteit, provider A (contract with K)
 *              K2 K 2017-05-10..05-20 (10 d) geweld, provider B (subsidie with K)
 *              K3 K 2017-12-31 23:00 running calamiteit, provider C (no relation)
 *              K4 H 2017-06-01..06-15 (14 d) calamiteit, provider A (no relation with H)
 *              K5 K 2016-12-31 23:59 running geweld (previous year)
 *              K6 M 2017-04-01..04-05 calamiteit (other region)
 * signaal      S1 K 2017-01-15..04-15 (90 d) burger, kwaliteit, v/vd/vn, herstelaanbod sufficient
 *              S2 K 2017-03-01..03-31 (30 d) contractmanager, rechtmatigheid, v/v/v
 *              S3 K 2017-08-01 running, calamiteit, not triaged
 *              S4 K 2016-11-01..2017-02-01 (92 d) burger, kwaliteit, vn/vn/vd, escaleren
 *              S5 H 2017-02-01..05-01 (89 d) toegang, kwaliteit, vd/v/v, herstelaanbod not sufficient
 *              S6 H 2017-09-01..2018-01-10 ikz, beide, herstelaanbod sufficient (completed next year)
 * inspection   Q1 K 2017-05-01..06-01 (31 d), Q2 K 2017-11-01 running, Q3 H 2017-07-01..08-01 (31 d)
 * visits       I1 K 2017-05-05 v/v/vd, I2 K 2016-12-01 (previous year), I3 H 2017-07-07 vn/vd/v
 * plan items   parkstad 2017: K visited (I1), K not started late, H visited (I3), H started not visited late;
 *              maastricht-heuvelland 2017 M; parkstad 2016 K
 * pyramid      E1 K 2017-03-03 treden 1+3, E2 K 2017-09-09 treden 4+5, E3 H 2017-10-10 trede 2, E4 K 2018
 * lasts        L1 K dwangsom opleggen 2017-04-04, L2 K bestuursdwang opleggen 2017-06-06, L3 K afzien 2017,
 *              L4 K opleggen 2016-12-12, L5 H dwangsom opleggen 2017-02-02
 * ledger       F1 K 2017-05-01 1000.00 PAID 2017-06-01; F2 K 2017-06-01 1500.00 IN_COLLECTION 2017-08-01;
 *              F3 K 2016-10-01 500.00 LAPSED 2017-10-02; F4 K 2017-11-01 250.50 OPEN;
 *              F5 K 2017-03-01 300.00 WITHDRAWN 2017-04-01; F6 H 2017-02-15 2000.00 PAID 2018-01-05
 * bezwaar      B1 K 2017-02-02..03-20 (46 d) ongegrond, B2 K 2017-10-10 running,
 *              B3 K 2016-12-01..2017-01-20 (50 d) gegrond, B4 H 2017-04-04..05-05 (31 d) deelsGegrond
 * tasks        T1 K bezwaar decide, in time (statutory); T2 K bezwaar decide, late (statutory);
 *              T3 K calamity contact, in time; T4 K signal task, late; T5 K calamity contact, on the due moment;
 *              T6 K no due date; T7 K deleted; T8 H last objection decide, in time (statutory); T9 K 2018
 * publication  P1 K published 2017-06-01, P2 K not published 2017-07-01, P3 K published 2018, P4 H published 2017
 * </pre>
 */
@WmoIntegrationTest
class AnnualReportTest {

  static final int YEAR = 2017;
  static final String K = "GM0928";
  static final String H = "GM0917";
  static final String M = "GM0935";
  static final String A = "17000001";
  static final String B = "17000002";
  static final String C = "17000003";
  private static boolean seeded;

  @LocalServerPort int port;
  @Autowired JdbcTemplate jdbc;
  @Autowired AnnualReports reports;
  @Autowired ReportScopes scopes;
  @Autowired ProcessEngine engine;
  private final ObjectMapper json = new ObjectMapper();

  @BeforeEach
  void seedOnce() {
    if (!seeded) {
      seed(new HistorySeeder(jdbc));
      seeded = true;
    }
  }

  /**
   * Kerkrade's figures are the hand-counted ones of the class comment; Parkstad's add Heerlen's and leave Maastricht
   * out. The expected figures of each scope are in {@code src/test/resources/annualreport/}, one figure a line.
   */
  @ParameterizedTest(name = "{0}")
  @CsvSource({"kerkrade-2017, municipality, GM0928", "parkstad-2017, region, parkstad"})
  void figuresAreTheHandCountedOnes(String expected, String scopeKind, String scopeCode) throws Exception {
    AnnualReport.Scope scope = (scopeKind.equals("municipality") ? scopes.municipality(scopeCode)
        : scopes.purchasingRegion(scopeCode)).orElseThrow();

    assertThat(figures(reports.compute(scope, YEAR))).isEqualTo(expectedFigures(expected));
  }

  /** Every figure of the report, one a line in a fixed order; maps in their report order, percentages rounded. */
  private static String figures(AnnualReport r) {
    List<String> lines = new ArrayList<>();
    lines.add("gemeenten: " + r.scope().municipalities().stream().sorted().toList());
    lines.add("calamiteiten: " + r.calamities().total() + ", per soort " + r.calamities().byKind()
        + ", per aanbieder " + r.calamities().byProviderType());
    lines.add("signalen: " + r.signals().total() + ", per bron " + r.signals().bySource() + ", per onderwerp "
        + r.signals().bySubject());
    lines.add("onderzoeken: " + r.investigations());
    lines.add("kwaliteitsonderzoeken: " + r.inspections());
    lines.add("jaarplan: " + String.join("; ", r.planRealisation().stream()
        .map(plan -> plan + " " + plan.realisedPercent() + " %").toList()));
    for (String theme : List.of("clientgerichtheid", "professionaliteit", "veiligheid")) {
      lines.add("oordelen " + theme + ": " + r.judgements().get(theme));
    }
    lines.add("herstelaanbod: " + r.repairOffers());
    lines.add("handhaving: " + r.enforcement().cases() + ", per trede " + r.enforcement().byStep());
    AnnualReport.Dwangsommen lasts = r.dwangsommen();
    lines.add("lasten: opgelegd " + lasts.imposed() + ", bestuursdwang " + lasts.bestuursdwang());
    lines.add("verbeurd: " + lasts.forfeited());
    lines.add("betaald: " + lasts.paid());
    lines.add("in invordering: " + lasts.inCollection());
    lines.add("verjaard: " + lasts.lapsed());
    lines.add("ingetrokken: " + lasts.withdrawn());
    lines.add("bezwaren: ontvangen " + r.objections().received() + ", beslist " + r.objections().decided()
        + ", per uitkomst " + r.objections().byOutcome());
    TermsMet statutory = r.timeliness().statutory();
    TermsMet customary = r.timeliness().customary();
    lines.add("wettelijke termijnen: " + statutory + " " + statutory.metPercent() + " %");
    lines.add("gebruikelijke termijnen: " + customary + " " + customary.metPercent() + " %");
    lines.add("doorlooptijd mediaan: " + r.timeliness().medianLeadTimeDays());
    lines.add("openbaarmaking: " + r.publications());
    return String.join("\n", lines) + "\n";
  }

  private static String expectedFigures(String name) throws IOException {
    try (InputStream in = new ClassPathResource("annualreport/" + name + ".txt").getInputStream()) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }

  @Test
  void maastrichtSeesOnlyItsOwnCalamity() {
    AnnualReport r = reports.compute(scopes.municipality(M).orElseThrow(), YEAR);
    assertThat(r.calamities().total()).isEqualTo(1);
    assertThat(r.calamities().byProviderType()).containsEntry("onbekend", 1L);
    assertThat(r.signals().total()).isZero();
    assertThat(r.planRealisation()).containsExactly(new PlanRealisation("maastricht-heuvelland", 1, 0, 0));
    assertThat(r.timeliness().medianLeadTimeDays()).containsExactly(entry("calamiteit", 4.0));
  }

  @Test
  void restAnswersJsonCsvAndPdfToThoseWhoMayReadIt() throws Exception {
    ApiClient api = new ApiClient(port);
    HttpResponse<String> ok = api.send("GET", "/api/reports/annual?year=2017&municipality=GM0928",
        "manager-kerkrade", null);
    assertThat(ok.statusCode()).isEqualTo(200);
    JsonNode body = json.readTree(ok.body());
    assertThat(body.at("/calamities/total").asInt()).isEqualTo(3);
    assertThat(body.at("/dwangsommen/forfeited/amount").decimalValue()).isEqualByComparingTo("3050.50");
    assertThat(body.at("/timeliness/statutory/metPercent").asInt()).isEqualTo(50);
    assertThat(ok.body()).doesNotContain("17000001").doesNotContain("JR17-");

    HttpResponse<String> region = api.send("GET", "/api/reports/annual?year=2017&region=parkstad",
        "manager-kerkrade", null);
    assertThat(region.statusCode()).isEqualTo(200);
    assertThat(json.readTree(region.body()).at("/signals/total").asInt()).isEqualTo(5);

    HttpResponse<byte[]> csv = api.download("/api/reports/annual?year=2017&municipality=GM0928&format=csv",
        "manager-kerkrade");
    assertThat(csv.statusCode()).isEqualTo(200);
    assertThat(csv.headers().firstValue("Content-Type").orElse("")).startsWith("text/csv");
    String text = new String(csv.body(), java.nio.charset.StandardCharsets.UTF_8);
    assertThat(text.split("\r\n")).contains("onderdeel,kenmerk,waarde", "calamiteiten,totaal,3",
        "calamiteiten-aanbieder,subsidie,1", "jaarplan-parkstad,gepland,2", "dwangsommen-bedrag,verbeurd,3050.50",
        "termijnen-gebruikelijk,percentage,67", "doorlooptijd-mediaan-dagen,bezwaar,48.0",
        "openbaarmaking,gepubliceerd,1");

    HttpResponse<byte[]> pdf = api.download("/api/reports/annual?year=2017&region=parkstad&format=pdf",
        "toezichthouder");
    assertThat(pdf.statusCode()).isEqualTo(200);
    assertThat(new String(pdf.body(), 0, 4, java.nio.charset.StandardCharsets.ISO_8859_1)).isEqualTo("%PDF");

    // tenancy: another municipality, another purchasing region, nobody without a reading group
    assertThat(api.send("GET", "/api/reports/annual?year=2017&municipality=GM0917", "manager-kerkrade", null)
        .statusCode()).isEqualTo(403);
    assertThat(api.send("GET", "/api/reports/annual?year=2017&region=maastricht-heuvelland", "manager-kerkrade",
        null).statusCode()).isEqualTo(403);
    assertThat(api.send("GET", "/api/reports/annual?year=2017&municipality=GM0928", "intake-systeem", null)
        .statusCode()).isEqualTo(403);
    assertThat(api.send("GET", "/api/reports/annual?year=2017&municipality=GM0928", null, null).statusCode())
        .isEqualTo(401);
    assertThat(api.send("GET", "/api/reports/annual?year=2017&municipality=GM0935", "proceseigenaar", null)
        .statusCode()).isEqualTo(200);

    // bad input names each field
    HttpResponse<String> bad = api.send("GET", "/api/reports/annual?year=2014&municipality=GM9999&format=xml",
        "toezichthouder", null);
    assertThat(bad.statusCode()).isEqualTo(400);
    JsonNode problem = json.readTree(bad.body());
    assertThat(problem.get("errors").toString()).contains("year", "municipality", "format");
    assertThat(api.send("GET", "/api/reports/annual?year=2999&region=parkstad", "toezichthouder", null)
        .statusCode()).isEqualTo(400);
    assertThat(api.send("GET", "/api/reports/annual?year=twee&region=parkstad", "toezichthouder", null)
        .statusCode()).isEqualTo(400);
    assertThat(api.send("GET", "/api/reports/annual?year=2017&region=nergens", "toezichthouder", null)
        .statusCode()).isEqualTo(400);
    assertThat(api.send("GET", "/api/reports/annual?year=2017&region=parkstad&municipality=GM0928",
        "toezichthouder", null).statusCode()).isEqualTo(400);
    assertThat(api.send("GET", "/api/reports/annual?year=2017", "toezichthouder", null).statusCode())
        .isEqualTo(400);
  }

  /**
   * The Cockpit page's one request: the same figures as the JSON endpoint and the six charts as PNG data URIs (the
   * same pictures as {@code /charts/{name}}), from one computation of the report; the same 400/403 as the others.
   */
  @Test
  void theViewIsTheFiguresWithEveryChartFromOneComputation() throws Exception {
    ApiClient api = new ApiClient(port);
    String path = "/api/reports/annual/view?year=2017&municipality=GM0928";
    HttpResponse<String> view;
    try (BeanCalls computed = BeanCalls.of(reports, "compute")) {
      view = api.send("GET", path, "manager-kerkrade", null);
      assertThat(view.statusCode()).isEqualTo(200);
      assertThat(computed.count()).isEqualTo(1);
    }
    assertThat(view.headers().firstValue("Content-Type").orElse("")).startsWith("application/json");
    JsonNode body = json.readTree(view.body());
    JsonNode figures = json.readTree(api.send("GET", "/api/reports/annual?year=2017&municipality=GM0928",
        "manager-kerkrade", null).body());
    assertThat(body.get("report")).isEqualTo(figures);
    assertThat(body.at("/report/calamities/total").asInt()).isEqualTo(3);
    List<String> names = new ArrayList<>();
    body.get("charts").fieldNames().forEachRemaining(names::add);
    assertThat(names).containsExactlyElementsOf(AnnualReportCharts.NAMES);
    String prefix = "data:image/png;base64,";
    for (String name : AnnualReportCharts.NAMES) {
      String uri = body.at("/charts/" + name).asText();
      assertThat(uri).as(name).startsWith(prefix);
      byte[] png = Base64.getDecoder().decode(uri.substring(prefix.length()));
      BufferedImage image = ImageIO.read(new ByteArrayInputStream(png));
      assertThat(image).as(name).isNotNull();
      assertThat(image.getWidth()).isEqualTo(640);
      assertThat(image.getHeight()).isEqualTo(320);
      HttpResponse<byte[]> alone = api.download("/api/reports/annual/charts/" + name
          + "?year=2017&municipality=GM0928", "manager-kerkrade");
      assertThat(alone.statusCode()).isEqualTo(200);
      assertThat(png).as(name + " is the picture of /charts/" + name).isEqualTo(alone.body());
    }
    HttpResponse<String> region = api.send("GET", "/api/reports/annual/view?year=2017&region=parkstad",
        "manager-kerkrade", null);
    assertThat(region.statusCode()).isEqualTo(200);
    assertThat(json.readTree(region.body()).at("/report/signals/total").asInt()).isEqualTo(5);

    // tenancy as the other endpoints, and nothing computed for a refused or bad request
    try (BeanCalls computed = BeanCalls.of(reports, "compute")) {
      assertForbidden(api.send("GET", "/api/reports/annual/view?year=2017&municipality=GM0917", "manager-kerkrade",
          null), "Heerlen");
      assertForbidden(api.send("GET", "/api/reports/annual/view?year=2017&region=maastricht-heuvelland",
          "manager-kerkrade", null), "Maastricht");
      assertForbidden(api.send("GET", path, "intake-systeem", null), "jaarcijfers");
      assertThat(api.send("GET", path, null, null).statusCode()).isEqualTo(401);
      assertThat(api.send("GET", "/api/reports/annual/view?year=2017&municipality=GM0935", "proceseigenaar", null)
          .statusCode()).isEqualTo(200);
      assertThat(computed.count()).isEqualTo(1);

      HttpResponse<String> bad = api.send("GET", "/api/reports/annual/view?year=2014&municipality=GM9999",
          "toezichthouder", null);
      assertThat(bad.statusCode()).isEqualTo(400);
      JsonNode problem = json.readTree(bad.body());
      assertThat(problem.at("/type").asText()).endsWith("ongeldige-invoer");
      assertThat(problem.get("errors").toString()).contains("year", "municipality");
      for (String query : List.of("year=twee&region=parkstad", "year=2017&region=nergens",
          "year=2017&region=parkstad&municipality=GM0928", "year=2017", "region=parkstad")) {
        assertThat(api.send("GET", "/api/reports/annual/view?" + query, "toezichthouder", null).statusCode())
            .as(query).isEqualTo(400);
      }
      assertThat(computed.count()).isEqualTo(1);
    }
  }

  /**
   * The timeliness figure needs the statutory tasks of the latest models: a report reads which versions are the latest
   * (one engine query), not every definition and its model again (issue 16, wave 9: 30 of a report's 51 statements).
   */
  @Test
  void aReportReadsTheLatestDefinitionsOnceAndEachModelOnlyOnce() throws Exception {
    AnnualReport.Scope kerkrade = scopes.municipality(K).orElseThrow();
    AnnualReport first = reports.compute(kerkrade, YEAR);
    EngineStatements.installOn(engine.getProcessEngineConfiguration());
    AtomicReference<AnnualReport> again = new AtomicReference<>();
    List<String> statements = EngineStatements.onThisThread(() -> again.set(reports.compute(kerkrade, YEAR)));
    assertThat(statements).hasSize(1)
        .allSatisfy(id -> assertThat(id).endsWith(".selectProcessDefinitionsByQueryCriteria"));
    assertThat(again.get()).isEqualTo(first);
    assertThat(again.get().timeliness().statutory()).isEqualTo(new TermsMet(2, 1));
  }

  private void assertForbidden(HttpResponse<String> response, String about) throws IOException {
    assertThat(response.statusCode()).isEqualTo(403);
    JsonNode problem = json.readTree(response.body());
    assertThat(problem.at("/type").asText()).endsWith("geen-toegang");
    assertThat(problem.at("/detail").asText()).contains(about);
  }

  private static LocalDateTime at(int year, int month, int day) {
    return LocalDateTime.of(year, month, day, 9, 0);
  }

  private static Map<String, Object> vars(Object... pairs) {
    Map<String, Object> map = new HashMap<>();
    for (int i = 0; i < pairs.length; i += 2) {
      map.put((String) pairs[i], pairs[i + 1]);
    }
    return map;
  }

  private static void seed(HistorySeeder s) {
    s.provider(A, "Aanbieder A B.V.");
    s.provider(B, "Aanbieder B B.V.");
    s.provider(C, "Aanbieder C B.V.");
    s.relation(A, K, "contract");
    s.relation(B, K, "subsidie");

    String cal = "calamiteit";
    s.instance(cal, K, at(2017, 2, 1), at(2017, 3, 1), vars(KIND.name(), "calamiteit", PROVIDER_KVK_NUMBER.name(), A));
    s.instance(cal, K, at(2017, 5, 10), at(2017, 5, 20), vars(KIND.name(), "geweld", PROVIDER_KVK_NUMBER.name(), B));
    s.instance(cal, K, LocalDateTime.of(2017, 12, 31, 23, 0), null, vars(KIND.name(), "calamiteit",
        PROVIDER_KVK_NUMBER.name(), C));
    s.instance(cal, H, at(2017, 6, 1), at(2017, 6, 15), vars(KIND.name(), "calamiteit", PROVIDER_KVK_NUMBER.name(), A));
    s.instance(cal, K, LocalDateTime.of(2016, 12, 31, 23, 59), null, vars(KIND.name(), "geweld", PROVIDER_KVK_NUMBER.name(), A));
    s.instance(cal, M, at(2017, 4, 1), at(2017, 4, 5), vars(KIND.name(), "calamiteit", PROVIDER_KVK_NUMBER.name(), A));

    String sig = "signaalonderzoek";
    s.instance(sig, K, at(2017, 1, 15), at(2017, 4, 15), vars(SIGNAL_SOURCE.name(), "burger", SUBJECT.name(), "kwaliteit",
        THEME_CLIENT_CENTRED.name(), "voldoet", THEME_PROFESSIONALISM.name(), "voldoetDeels",
        THEME_SAFETY.name(), "voldoetNiet", REPAIR_ROUTE.name(), "herstelaanbod", REPAIR_SUFFICIENT.name(), true));
    s.instance(sig, K, at(2017, 3, 1), at(2017, 3, 31), vars(SIGNAL_SOURCE.name(), "contractmanager", SUBJECT.name(),
        "rechtmatigheid", THEME_CLIENT_CENTRED.name(), "voldoet", THEME_PROFESSIONALISM.name(), "voldoet",
        THEME_SAFETY.name(), "voldoet"));
    s.instance(sig, K, at(2017, 8, 1), null, vars(SIGNAL_SOURCE.name(), "calamiteit"));
    s.instance(sig, K, at(2016, 11, 1), at(2017, 2, 1), vars(SIGNAL_SOURCE.name(), "burger", SUBJECT.name(), "kwaliteit",
        THEME_CLIENT_CENTRED.name(), "voldoetNiet", THEME_PROFESSIONALISM.name(), "voldoetNiet",
        THEME_SAFETY.name(), "voldoetDeels", REPAIR_ROUTE.name(), "escaleren"));
    s.instance(sig, H, at(2017, 2, 1), at(2017, 5, 1), vars(SIGNAL_SOURCE.name(), "toegang", SUBJECT.name(), "kwaliteit",
        THEME_CLIENT_CENTRED.name(), "voldoetDeels", THEME_PROFESSIONALISM.name(), "voldoet",
        THEME_SAFETY.name(), "voldoet", REPAIR_ROUTE.name(), "herstelaanbod", REPAIR_SUFFICIENT.name(), false));
    s.instance(sig, H, at(2017, 9, 1), at(2018, 1, 10), vars(SIGNAL_SOURCE.name(), "ikz", SUBJECT.name(), "beide",
        REPAIR_ROUTE.name(), "herstelaanbod", REPAIR_SUFFICIENT.name(), true));

    String kwo = "kwaliteitsonderzoek";
    s.instance(kwo, K, at(2017, 5, 1), at(2017, 6, 1), vars(REGION.name(), "parkstad", AnnualPlanProcess.Variables.YEAR.name(), 2017));
    s.instance(kwo, K, at(2017, 11, 1), null, vars(REGION.name(), "parkstad"));
    s.instance(kwo, H, at(2017, 7, 1), at(2017, 8, 1), vars(REGION.name(), "parkstad", AnnualPlanProcess.Variables.YEAR.name(), 2017));
    s.inspectionResult("JR17-KWO-I1", A, "parkstad", K, LocalDate.of(2017, 5, 5), "voldoet", "voldoet",
        "voldoetDeels");
    s.inspectionResult("JR17-KWO-I2", B, "parkstad", K, LocalDate.of(2016, 12, 1), "voldoetNiet", "voldoetNiet",
        "voldoetNiet");
    s.inspectionResult("JR17-KWO-I3", C, "parkstad", H, LocalDate.of(2017, 7, 7), "voldoetNiet", "voldoetDeels",
        "voldoet");
    s.planItem("parkstad", 2017, A, K, "JR17-KWO-I1", false);
    s.planItem("parkstad", 2017, B, K, null, true);
    s.planItem("parkstad", 2017, C, H, "JR17-KWO-I3", false);
    s.planItem("parkstad", 2017, "17000004", H, "JR17-KWO-X", true);
    s.planItem("maastricht-heuvelland", 2017, A, M, null, false);
    s.planItem("parkstad", 2016, A, K, "JR17-KWO-I2", false);

    String hh = "interventiepiramide";
    s.instance(hh, K, at(2017, 3, 3), null, vars("step1", true, "step2", false, "step3", true, "step4", false,
        "step5", false));
    s.instance(hh, K, at(2017, 9, 9), null, vars("step1", false, "step3", false, "step4", true, "step5", true));
    s.instance(hh, H, at(2017, 10, 10), null, vars("step2", true));
    s.instance(hh, K, at(2018, 1, 2), null, vars("step1", true));

    String lod = "lastOnderDwangsom";
    s.instance(lod, K, at(2017, 3, 1), null, vars(SANCTION_TYPE.name(), "dwangsom", DECISION.name(), "opleggen",
        DECISION_SENT_ON.name(), "2017-04-04"));
    s.instance(lod, K, at(2017, 5, 1), null, vars(SANCTION_TYPE.name(), "bestuursdwang", DECISION.name(), "opleggen",
        DECISION_SENT_ON.name(), "2017-06-06"));
    s.instance(lod, K, at(2017, 6, 1), null, vars(SANCTION_TYPE.name(), "dwangsom", DECISION.name(), "afzien",
        DECISION_SENT_ON.name(), "2017-07-07"));
    s.instance(lod, K, at(2016, 11, 1), null, vars(SANCTION_TYPE.name(), "dwangsom", DECISION.name(), "opleggen",
        DECISION_SENT_ON.name(), "2016-12-12"));
    s.instance(lod, H, at(2017, 1, 10), null, vars(SANCTION_TYPE.name(), "dwangsom", DECISION.name(), "opleggen",
        DECISION_SENT_ON.name(), "2017-02-02"));
    s.forfeiture("JR17-LOD-F1", K, LocalDate.of(2017, 5, 1), "1000.00", "PAID", LocalDate.of(2017, 6, 1));
    s.forfeiture("JR17-LOD-F2", K, LocalDate.of(2017, 6, 1), "1500.00", "IN_COLLECTION", LocalDate.of(2017, 8, 1));
    s.forfeiture("JR17-LOD-F3", K, LocalDate.of(2016, 10, 1), "500.00", "LAPSED", LocalDate.of(2017, 10, 2));
    s.forfeiture("JR17-LOD-F4", K, LocalDate.of(2017, 11, 1), "250.50", "OPEN", null);
    s.forfeiture("JR17-LOD-F5", K, LocalDate.of(2017, 3, 1), "300.00", "WITHDRAWN", LocalDate.of(2017, 4, 1));
    s.forfeiture("JR17-LOD-F6", H, LocalDate.of(2017, 2, 15), "2000.00", "PAID", LocalDate.of(2018, 1, 5));

    String bzw = "bezwaar";
    s.instance(bzw, K, at(2017, 2, 2), at(2017, 3, 20), vars(OBJECTION_OUTCOME.name(), "ongegrond"));
    s.instance(bzw, K, at(2017, 10, 10), null, vars(DECISION_KIND.name(), "last"));
    s.instance(bzw, K, at(2016, 12, 1), at(2017, 1, 20), vars(OBJECTION_OUTCOME.name(), "gegrond"));
    s.instance(bzw, H, at(2017, 4, 4), at(2017, 5, 5), vars(OBJECTION_OUTCOME.name(), "deelsGegrond"));

    String t = s.instance("taakhouder", K, at(2017, 1, 2), null, vars());
    s.task(t, bzw, "Task_DecideObjection", K, at(2017, 3, 20), at(2017, 3, 19), true);
    s.task(t, bzw, "Task_DecideObjection", K, at(2017, 1, 10), at(2017, 1, 20), true);
    s.task(t, cal, "Task_ContactReporter", K, at(2017, 2, 5), at(2017, 2, 3), true);
    s.task(t, sig, "Task_Triage", K, at(2017, 4, 1), at(2017, 4, 2), true);
    s.task(t, cal, "Task_ContactReporter", K, at(2017, 5, 1), at(2017, 5, 1), true);
    s.task(t, cal, "Task_AssessInvestigation", K, null, at(2017, 6, 1), true);
    s.task(t, cal, "Task_ContactReporter", K, at(2017, 7, 1), at(2017, 7, 2), false);
    s.task(t, lod, "Task_DecideLifting", H, at(2017, 6, 1), at(2017, 5, 30), true);
    s.task(t, cal, "Task_ContactReporter", K, at(2018, 2, 1), at(2018, 1, 1), true);
    s.flush();

    s.publication("JR17-SIG-P1", K, "GEPUBLICEERD", LocalDate.of(2017, 6, 1));
    s.publication("JR17-SIG-P2", K, "NIET_GEPUBLICEERD", LocalDate.of(2017, 7, 1));
    s.publication("JR17-SIG-P3", K, "GEPUBLICEERD", LocalDate.of(2018, 2, 1));
    s.publication("JR17-SIG-P4", H, "GEPUBLICEERD", LocalDate.of(2017, 9, 1));
  }

}

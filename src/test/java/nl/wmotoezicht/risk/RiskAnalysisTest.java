package nl.wmotoezicht.risk;

import static nl.wmotoezicht.calamity.CalamityProcess.Variables.DESCRIPTION;
import static nl.wmotoezicht.calamity.CalamityProcess.Variables.EVENT_DATE;
import static nl.wmotoezicht.calamity.CalamityProcess.Variables.KIND;
import static nl.wmotoezicht.calamity.CalamityProcess.Variables.LOCATION;
import static nl.wmotoezicht.calamity.CalamityProcess.Variables.REPORTER_EMAIL;
import static nl.wmotoezicht.calamity.CalamityProcess.Variables.REPORTER_NAME;
import static nl.wmotoezicht.calamity.CalamityProcess.Variables.REPORTER_REFERENCE;
import static nl.wmotoezicht.investigation.InvestigationProcess.Variables.OBSERVED_ON;
import static nl.wmotoezicht.investigation.InvestigationProcess.Variables.SIGNAL_SOURCE;
import static nl.wmotoezicht.kernel.CaseVariables.MUNICIPALITY_CODE;
import static nl.wmotoezicht.testsupport.ProcessTestSupport.setClock;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.InputStream;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import nl.wmotoezicht.calamity.CalamityProcess;
import nl.wmotoezicht.investigation.InvestigationProcess;
import nl.wmotoezicht.provider.ProviderRegister;
import nl.wmotoezicht.provider.ProviderRegister.Location;
import nl.wmotoezicht.provider.ProviderRegister.Provider;
import nl.wmotoezicht.provider.ProviderRegister.Relation;
import nl.wmotoezicht.risk.InspectionResults.InspectionResult;
import nl.wmotoezicht.risk.ProviderServices.ProviderService;
import nl.wmotoezicht.risk.RiskAnalysis.RiskProfile;
import nl.wmotoezicht.testsupport.ApiClient;
import nl.wmotoezicht.testsupport.WmoIntegrationTest;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.core.io.ClassPathResource;
import nl.wmotoezicht.testsupport.TestProvider;

/**
 * The risk analysis on the real engine and tables: inputs gathered from calamity and signal cases, enforcement
 * history, inspection results and service kinds, evaluated by the deployed {@code risicoprofiel}, and the REST read
 * with its authorization and tenant rules.
 */
@WmoIntegrationTest
class RiskAnalysisTest {

  @LocalServerPort int port;
  @Autowired RiskAnalysis riskAnalysis;
  @Autowired ProviderRegister providers;
  @Autowired ProviderServices services;
  @Autowired InspectionResults inspections;
  @Autowired RuntimeService runtime;
  @Autowired RepositoryService repository;
  @Autowired IdentityService identity;
  private final ObjectMapper json = new ObjectMapper();

  private String kvk;

  @BeforeEach
  void newProvider() {
    kvk = String.valueOf(ThreadLocalRandom.current().nextInt(80_000_000, 90_000_000));
    providers.save(new Provider(kvk, "Risico Test Zorg B.V.", "info@risicotest.example",
        List.of(new Location("Locatie Kerkrade", "Kerkrade", "GM0928"))));
    providers.saveRelation(new Relation(kvk, "GM0928", ProviderRegister.CONTRACT, 12));
    services.save(new ProviderService(kvk, ServiceKind.BEGELEIDING, 55, LocalDate.of(2020, 1, 1), 5.5));
  }

  @AfterEach
  void resetClock() {
    ClockUtil.reset();
    identity.clearAuthentication();
  }

  private ProcessInstance calamity(String startedAt, String seriousness) {
    setClock(startedAt);
    Map<String, Object> report = new HashMap<>();
    report.put(REPORTER_REFERENCE.name(), "RISK-" + kvk + "-" + startedAt);
    new TestProvider("Risico Test Zorg B.V.", kvk, "info@risicotest.example").into(report);
    report.put(LOCATION.name(), "Locatie Kerkrade");
    report.put(MUNICIPALITY_CODE.name(), "GM0928");
    report.put(EVENT_DATE.name(), startedAt.substring(0, 10));
    report.put(KIND.name(), "calamiteit");
    report.put(DESCRIPTION.name(), "Cliënt gevallen.");
    report.put(REPORTER_NAME.name(), "J. Smeets");
    report.put(REPORTER_EMAIL.name(), "j.smeets@risicotest.example");
    ProcessInstance pi = runtime.createMessageCorrelation(CalamityProcess.Messages.REPORTED).setVariables(report)
        .correlateStartMessage();
    if (seriousness != null) {
      runtime.setVariable(pi.getId(), CalamityProcess.Variables.SERIOUSNESS.name(), seriousness);
    }
    return pi;
  }

  private ProcessInstance signal(String startedAt, String source) {
    setClock(startedAt);
    Map<String, Object> signal = new HashMap<>();
    signal.put(REPORTER_REFERENCE.name(), "RISK-S-" + kvk + "-" + startedAt);
    signal.put(SIGNAL_SOURCE.name(), source);
    new TestProvider("Risico Test Zorg B.V.", kvk, "info@risicotest.example").into(signal);
    signal.put(LOCATION.name(), "Locatie Kerkrade");
    signal.put(MUNICIPALITY_CODE.name(), "GM0928");
    signal.put(DESCRIPTION.name(), "Begeleiding komt niet opdagen.");
    signal.put(OBSERVED_ON.name(), startedAt.substring(0, 10));
    signal.put(REPORTER_NAME.name(), "Team Toegang Kerkrade");
    signal.put(REPORTER_EMAIL.name(), "toegang@kerkrade.example");
    return runtime.createMessageCorrelation(InvestigationProcess.Messages.SIGNAL_RECEIVED).setVariables(signal)
        .correlateStartMessage();
  }

  private RiskProfile only(List<RiskProfile> profiles) {
    assertThat(profiles).hasSize(1);
    return profiles.get(0);
  }

  @Test
  void aProviderWithoutHistoryScoresOnItsServiceAndSize() {
    RiskProfile profile = only(riskAnalysis.profiles(kvk, LocalDate.of(2026, 10, 1), null));
    RiskInputs inputs = profile.inputs();
    assertThat(inputs.calamities()).isZero();
    assertThat(inputs.signals()).isZero();
    assertThat(inputs.neverVisited()).isTrue();
    assertThat(inputs.monthsSinceVisit()).isNull();
    assertThat(inputs.clients()).isEqualTo(55);
    assertThat(inputs.monthsActive()).isEqualTo(81);
    // begeleiding 10, never visited 10, 55 clients 10, experience 5.5: 10
    assertThat(profile.score()).isEqualTo(40);
    assertThat(profile.riskClass()).isEqualTo("midden");
    assertThat(profile.decisionTenant()).isNull();
    assertThat(profile.reasons()).extracting(RiskAnalysis.Reason::points).containsExactly(10, 10, 10, 10);
    assertThat(profile.reasons()).extracting(RiskAnalysis.Reason::reason)
        .contains("Nog nooit door de toezichthouder bezocht", "Veel cliënten (50 of meer)");
  }

  @Test
  void casesOfTheLast24MonthsEnforcementAndVisitsCount() {
    calamity("2026-03-02T10:00", "groot");
    calamity("2026-05-04T10:00", null);
    calamity("2024-01-08T10:00", "groot"); // older than 24 months on 2026-10-01: does not count
    ProcessInstance contract = signal("2026-06-01T10:00", "contractmanager");
    runtime.setVariable(contract.getId(), InvestigationProcess.Variables.THEME_SAFETY.name(), "voldoetNiet");
    runtime.setVariable(contract.getId(), InvestigationProcess.Variables.REPAIR_ROUTE.name(), "herstelaanbod");
    signal("2026-07-01T10:00", "burger");
    signal("2026-12-01T10:00", "burger"); // after the date: does not count
    ClockUtil.reset();
    providers.recordCaseStarted(kvk, "LOD-RISK-" + kvk, "GM0928", "lastOnderDwangsom", LocalDate.of(2025, 2, 1));
    providers.recordCaseOutcome("LOD-RISK-" + kvk, LocalDate.of(2025, 8, 1), "maximumBereikt", true);
    inspections.record(new InspectionResult("KWO-RISK-" + kvk, kvk, ServiceKind.BEGELEIDING, "parkstad", "GM0928",
        2023, 4, LocalDate.of(2023, 4, 20), "voldoet", "voldoetDeels", "voldoet"));

    RiskProfile profile = only(riskAnalysis.profiles(kvk, LocalDate.of(2026, 10, 1), null));
    RiskInputs inputs = profile.inputs();
    assertThat(inputs.calamities()).isEqualTo(2);
    assertThat(inputs.seriousCalamities()).isEqualTo(1);
    assertThat(inputs.signals()).isEqualTo(2);
    assertThat(inputs.contractSignals()).isEqualTo(1);
    assertThat(inputs.themesNotMet()).isEqualTo(1);
    assertThat(inputs.themesPartlyMet()).isZero(); // the visit of 2023 lies outside the 24 months
    assertThat(inputs.openRepairOffers()).isEqualTo(1);
    assertThat(inputs.enforcementCases()).isEqualTo(1);
    assertThat(inputs.recidive()).isTrue();
    assertThat(inputs.neverVisited()).isFalse();
    assertThat(inputs.monthsSinceVisit()).isEqualTo(41);
    // 10 begeleiding + 25 serious + 10 two calamities + 5 signals + 10 contract + 20 not met + 10 repair
    // + 15 enforcement + 15 recidive + 10 visit >= 36 months + 10 clients + 10 experience
    assertThat(profile.score()).isEqualTo(150);
    assertThat(profile.riskClass()).isEqualTo("hoog");
    assertThat(profile.reasons().get(0).points()).isEqualTo(25);

    // as of a date before the cases: nothing of them counts, the enforcement case had not started
    RiskInputs earlier = only(riskAnalysis.profiles(kvk, LocalDate.of(2025, 1, 1), null)).inputs();
    assertThat(earlier.calamities()).isEqualTo(1);
    assertThat(earlier.signals()).isZero();
    assertThat(earlier.enforcementCases()).isZero();
    assertThat(earlier.recidive()).isFalse();
  }

  @Test
  void aMunicipalityWithItsOwnTablesGetsItsOwnProfile() throws Exception {
    String dmn;
    try (InputStream in = new ClassPathResource("decisions/risicoprofiel.dmn").getInputStream()) {
      dmn = new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
    // Kerkrade weighs begeleiding at 40 points instead of 10
    String own = dmn.replace("<outputEntry id=\"Rule_risicopunten_03_punten\"><text>10</text>",
        "<outputEntry id=\"Rule_risicopunten_03_punten\"><text>40</text>");
    assertThat(own).isNotEqualTo(dmn);
    String deployment = repository.createDeployment().tenantId("GM0928").name("risk-test-GM0928")
        .addString("risicoprofiel.dmn", own).deploy().getId();
    try {
      RiskProfile region = only(riskAnalysis.profiles(kvk, LocalDate.of(2026, 10, 1), null));
      RiskProfile kerkrade = only(riskAnalysis.profiles(kvk, LocalDate.of(2026, 10, 1), "GM0928"));
      RiskProfile heerlen = only(riskAnalysis.profiles(kvk, LocalDate.of(2026, 10, 1), "GM0917"));
      assertThat(kerkrade.decisionTenant()).isEqualTo("GM0928");
      assertThat(kerkrade.score()).isEqualTo(region.score() + 30);
      assertThat(kerkrade.riskClass()).isEqualTo("hoog");
      assertThat(heerlen.decisionTenant()).isNull();
      assertThat(heerlen.score()).isEqualTo(region.score());
    } finally {
      repository.deleteDeployment(deployment, true);
    }
  }

  private HttpResponse<String> get(String path, String user) throws Exception {
    return new ApiClient(port).send("GET", path, user, null);
  }

  @Test
  void restShowsInputsAndReasonsToWhoMaySeeThem() throws Exception {
    HttpResponse<String> ok = get("/api/providers/" + kvk + "/risk?date=2026-10-01", "toezichthouder");
    assertThat(ok.statusCode()).as(ok.body()).isEqualTo(200);
    JsonNode body = json.readTree(ok.body());
    assertThat(body.get("date").asText()).isEqualTo("2026-10-01");
    JsonNode profile = body.get("profiles").get(0);
    assertThat(profile.get("serviceKind").asText()).isEqualTo("begeleiding");
    assertThat(profile.get("riskClass").asText()).isEqualTo("midden");
    assertThat(profile.get("score").asInt()).isEqualTo(40);
    assertThat(profile.get("inputs").get("clienten").asInt()).isEqualTo(55);
    assertThat(profile.get("reasons")).hasSize(4);

    // a contract manager of the provider's municipality may read it, of another municipality not
    assertThat(get("/api/providers/" + kvk + "/risk", "contractmanager-kerkrade").statusCode()).isEqualTo(200);
    assertThat(get("/api/providers/" + kvk + "/risk", "contractmanager-heerlen").statusCode()).isEqualTo(403);
    assertThat(get("/api/providers/" + kvk + "/risk?municipality=GM0917", "contractmanager-kerkrade").statusCode())
        .isEqualTo(403);
    assertThat(get("/api/providers/" + kvk + "/risk", null).statusCode()).isEqualTo(401);

    HttpResponse<String> bad = get("/api/providers/" + kvk + "/risk?date=1-10-2026&municipality=GM9999",
        "toezichthouder");
    assertThat(bad.statusCode()).isEqualTo(400);
    assertThat(bad.body()).contains("\"date\"", "\"municipality\"");
    assertThat(get("/api/providers/" + kvk + "/risk?date=2999-01-01", "toezichthouder").statusCode()).isEqualTo(400);
    assertThat(get("/api/providers/00000001/risk", "toezichthouder").statusCode()).isEqualTo(404);
  }
}

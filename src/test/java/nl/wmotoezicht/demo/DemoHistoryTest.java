package nl.wmotoezicht.demo;

import static nl.wmotoezicht.dwangsom.DwangsomProcess.Variables.OBJECTION_OUTCOME;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.math.BigDecimal;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import nl.wmotoezicht.dwangsom.Forfeiture;
import nl.wmotoezicht.dwangsom.ForfeitureLedger;
import nl.wmotoezicht.dwangsom.ForfeitureStatus;
import nl.wmotoezicht.risk.InspectionResults;
import nl.wmotoezicht.testsupport.ApiClient;
import nl.wmotoezicht.testsupport.TestMailServer;
import nl.wmotoezicht.testsupport.WmoIntegrationTest;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The demo history: one calendar year of every kind of case, made by the real processes, with their outcomes, dated
 * in that year, and made once. The test makes a year long past (2019) so it meets no other test's data; the demo
 * profile makes last year at start-up ({@code wmo.demo.history.enabled}, off in the test profile).
 */
@WmoIntegrationTest
class DemoHistoryTest {

  static final int YEAR = 2019;

  @Autowired DemoHistory demoHistory;
  @Autowired HistoryService history;
  @Autowired InspectionResults inspections;
  @Autowired ForfeitureLedger ledger;
  @LocalServerPort int port;
  @Value("${wmo.demo.history.enabled}") boolean enabledAtStartUp;

  private List<HistoricProcessInstance> ofYear() {
    ZoneId zone = ZoneId.of("Europe/Amsterdam");
    return history.createHistoricProcessInstanceQuery()
        .startedAfter(Date.from(LocalDate.of(YEAR, 1, 1).atStartOfDay(zone).toInstant()))
        .startedBefore(Date.from(LocalDate.of(YEAR + 1, 1, 1).atStartOfDay(zone).toInstant())).list();
  }

  @Test
  void makesLastYearsHistoryOfEveryKindWithOutcomesOnce() throws Exception {
    assertThat(enabledAtStartUp).isFalse();
    TestMailServer.get(); // the letters of the processes are sent
    demoHistory.seed(YEAR);
    assertThat(ClockUtil.getCurrentTime()).isCloseTo(new Date(), 60_000); // the clock is back

    List<HistoricProcessInstance> year = ofYear();
    Map<String, Long> perProcess = year.stream()
        .collect(Collectors.groupingBy(HistoricProcessInstance::getProcessDefinitionKey, Collectors.counting()));
    assertThat(perProcess).containsEntry("calamiteit", 2L).containsEntry("signaalonderzoek", 3L)
        .containsEntry("kwaliteitsonderzoek", 2L).containsEntry("rapportage", 4L)
        .containsEntry("openbaarmaking", 4L).containsEntry("interventiepiramide", 2L)
        .containsEntry("lastOnderDwangsom", 1L).containsEntry("invorderingDwangsom", 3L).containsEntry("bezwaar", 1L);
    // case numbers of that year, every case closed with an outcome except the enforcement and publications it started
    assertThat(year).filteredOn(p -> p.getProcessDefinitionKey().equals("signaalonderzoek"))
        .allSatisfy(p -> {
          assertThat(p.getBusinessKey()).startsWith("SIG-" + YEAR + "-");
          assertThat(p.getEndTime()).isNotNull();
        });
    assertThat(year).filteredOn(p -> p.getProcessDefinitionKey().matches("calamiteit|kwaliteitsonderzoek|rapportage"))
        .allSatisfy(p -> assertThat(p.getEndTime()).isNotNull());
    assertThat(history.createHistoricActivityInstanceQuery().activityId("EndEvent_NotInScope").list())
        .anySatisfy(a -> assertThat(a.getStartTime()).isBefore(Date.from(LocalDate.of(YEAR + 1, 1, 1)
            .atStartOfDay(ZoneId.of("Europe/Amsterdam")).toInstant())));
    assertThat(outcomes("adviceOutcome")).contains("geenActie", "handhaven", "verbeteringMonitoren");
    assertThat(outcomes("repairRoute")).contains("herstelaanbod", "escaleren");
    assertThat(outcomes("zienswijzeReceived")).contains(true, false);
    // the inspections' outcomes, which the next risk analysis reads
    LocalDate end = LocalDate.of(YEAR, 12, 31);
    assertThat(List.of(DemoHistory.ZORG_THUIS_ZUID, DemoHistory.PARKSTAD)).flatMap(kvk -> inspections.ofProvider(kvk, end))
        .filteredOn(r -> r.visitedOn().getYear() == YEAR && r.caseNumber().startsWith("KWO-" + YEAR))
        .extracting(InspectionResults.InspectionResult::judgementSafety).containsExactlyInAnyOrder("voldoet", "voldoetNiet");

    // the last onder dwangsom: decided, not complied with for three weeks, then complied with
    HistoricProcessInstance last = year.stream().filter(p -> p.getProcessDefinitionKey().equals("lastOnderDwangsom"))
        .findFirst().orElseThrow();
    assertThat(last.getBusinessKey()).startsWith("LOD-" + YEAR + "-");
    assertThat(last.getEndTime()).isNotNull();
    assertThat(outcomes("outcome")).contains("nageleefd");
    List<Forfeiture> forfeitures = ledger.forCase(last.getBusinessKey());
    assertThat(forfeitures).extracting(Forfeiture::status)
        .containsExactly(ForfeitureStatus.PAID, ForfeitureStatus.IN_COLLECTION, ForfeitureStatus.WITHDRAWN);
    assertThat(forfeitures).extracting(Forfeiture::amount).usingElementComparator(BigDecimal::compareTo)
        .containsExactly(new BigDecimal("1000"), new BigDecimal("1000"), new BigDecimal("1000"));
    assertThat(forfeitures).extracting(Forfeiture::forfeitedOn).containsExactly(LocalDate.of(YEAR, 8, 13),
        LocalDate.of(YEAR, 8, 20), LocalDate.of(YEAR, 8, 27));
    assertThat(forfeitures).allSatisfy(f -> assertThat(f.statusChangedOn().getYear()).isEqualTo(YEAR));
    // the dwangbevel of 18 December keeps the claim in collection until the next December (art. 4:106 Awb)
    assertThat(forfeitures.get(1).verjaringDate()).isEqualTo(LocalDate.of(YEAR + 1, 12, 18));
    // the objection against the last: decided ongegrond, irrevocable after the beroep term
    HistoricProcessInstance objection = year.stream().filter(p -> p.getProcessDefinitionKey().equals("bezwaar"))
        .findFirst().orElseThrow();
    assertThat(objection.getBusinessKey()).startsWith("BZW-" + YEAR + "-");
    assertThat(objection.getEndTime()).isNotNull();
    assertThat(history.createHistoricVariableInstanceQuery().processInstanceId(objection.getId())
        .variableName(OBJECTION_OUTCOME.name()).singleResult().getValue()).isEqualTo("ongegrond");
    assertThat(history.createHistoricActivityInstanceQuery().processInstanceId(objection.getId())
        .activityId("EndEvent_ObjectionIrrevocable").count()).isEqualTo(1);
    // the annual report of that year shows them
    HttpResponse<String> report = new ApiClient(port).send("GET",
        "/api/reports/annual?year=" + YEAR + "&municipality=GM0917", "toezichthouder", null);
    assertThat(report.statusCode()).isEqualTo(200);
    JsonNode figures = new ObjectMapper().readTree(report.body());
    assertThat(figures.at("/dwangsommen/imposed").asLong()).isEqualTo(1);
    assertThat(figures.at("/dwangsommen/forfeited/count").asLong()).isEqualTo(3);
    assertThat(figures.at("/dwangsommen/forfeited/amount").decimalValue()).isEqualByComparingTo("3000");
    assertThat(figures.at("/dwangsommen/paid/count").asLong()).isEqualTo(1);
    assertThat(figures.at("/dwangsommen/inCollection/amount").decimalValue()).isEqualByComparingTo("1000");
    assertThat(figures.at("/dwangsommen/withdrawn/count").asLong()).isEqualTo(1);
    assertThat(figures.at("/objections/received").asLong()).isEqualTo(1);
    assertThat(figures.at("/objections/decided").asLong()).isEqualTo(1);
    assertThat(figures.at("/objections/byOutcome/ongegrond").asLong()).isEqualTo(1);

    // made once: a second start-up adds nothing
    demoHistory.seed(YEAR);
    assertThat(ofYear()).hasSameSizeAs(year);
  }

  private List<Object> outcomes(String variable) {
    List<String> ids = ofYear().stream().map(HistoricProcessInstance::getId).toList();
    return history.createHistoricVariableInstanceQuery().processInstanceIdIn(ids.toArray(String[]::new))
        .variableName(variable).list().stream().map(v -> v.getValue()).filter(v -> v != null).toList();
  }
}

package nl.wmotoezicht.dwangsom;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.math.BigDecimal;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import nl.wmotoezicht.calamity.CalamityFixtures;
import nl.wmotoezicht.testsupport.ApiClient;
import nl.wmotoezicht.testsupport.WmoIntegrationTest;
import org.camunda.bpm.engine.RuntimeService;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/** The forfeiture endpoints as users and systems call them, with the municipalities they work for. */
@WmoIntegrationTest
class ForfeitureControllerTest {

  private static final BigDecimal MAXIMUM = new BigDecimal("2500.00");
  private static final LocalDate MONDAY = LocalDate.of(2026, 11, 23);

  @LocalServerPort int port;
  @Autowired RuntimeService runtime;
  @Autowired ForfeitureLedger ledger;
  private final ObjectMapper json = new ObjectMapper();

  private String caseNumber;
  private String kvk;

  /** A real case in Heerlen (GM0917), with two forfeitures of a provider that also has one in Maastricht. */
  @BeforeEach
  void caseWithForfeitures() {
    caseNumber = runtime.createMessageCorrelation("CalamiteitGemeld")
        .setVariables(CalamityFixtures.report(UUID.randomUUID().toString()))
        .correlateStartMessage().getBusinessKey();
    kvk = String.valueOf(ThreadLocalRandom.current().nextLong(10_000_000L, 100_000_000L));
    ledger.record(caseNumber, kvk, "Zorg Thuis Zuid B.V.", "GM0917", MONDAY, new BigDecimal("1000.00"), MAXIMUM);
    ledger.record(caseNumber, kvk, "Zorg Thuis Zuid B.V.", "GM0917", MONDAY.plusWeeks(1), new BigDecimal("2000"),
        MAXIMUM);
    ledger.record("LOD-TEST-" + UUID.randomUUID().toString().substring(0, 18), kvk, "Zorg Thuis Zuid B.V.",
        "GM0935", MONDAY.minusDays(3), new BigDecimal("250.00"), MAXIMUM);
  }

  private HttpResponse<String> get(String path, String user) throws Exception {
    return new ApiClient(port).send("GET", path, user, null);
  }

  private JsonNode body(HttpResponse<String> response) throws Exception {
    return json.readTree(response.body());
  }

  private static List<String> values(JsonNode rows, String field) {
    List<String> values = new ArrayList<>();
    rows.forEach(row -> values.add(row.get(field).asText()));
    return values;
  }

  @Test
  void showsTheCasesForfeituresToItsSupervisorAndMunicipality() throws Exception {
    for (String user : List.of("toezichthouder", "manager-heerlen")) {
      HttpResponse<String> response = get("/api/cases/" + caseNumber + "/forfeitures", user);

      assertThat(response.statusCode()).as(user).isEqualTo(200);
      JsonNode rows = body(response);
      assertThat(rows).hasSize(2);
      JsonNode first = rows.get(0);
      assertThat(first.get("caseNumber").asText()).isEqualTo(caseNumber);
      assertThat(first.get("sequenceNo").asInt()).isEqualTo(1);
      assertThat(first.get("forfeitedOn").asText()).isEqualTo("2026-11-23");
      assertThat(first.get("payBy").asText()).isEqualTo("2027-01-04");
      assertThat(first.get("verjaringDate").asText()).isEqualTo("2027-11-23");
      assertThat(first.get("amount").isTextual()).isTrue();
      assertThat(first.get("status").asText()).isEqualTo("OPEN");
      assertThat(first.get("statusLabel").asText()).isEqualTo("open");
      assertThat(first.get("statusChangedOn").isNull()).isTrue();
      assertThat(values(rows, "amount")).containsExactly("1000.00", "1500.00");
      assertThat(values(rows, "runningTotal")).containsExactly("1000.00", "2500.00");
      assertThat(values(rows, "maximum")).containsExactly("2500.00", "2500.00");
    }
  }

  @Test
  void showsAChangedStatusWithItsDutchLabel() throws Exception {
    long id = ledger.find(caseNumber, 1).orElseThrow().id();
    ledger.markInCollection(id, LocalDate.of(2027, 1, 11));

    JsonNode first = body(get("/api/cases/" + caseNumber + "/forfeitures", "toezichthouder")).get(0);

    assertThat(first.get("status").asText()).isEqualTo("IN_COLLECTION");
    assertThat(first.get("statusLabel").asText()).isEqualTo("in invordering");
    assertThat(first.get("statusChangedOn").asText()).isEqualTo("2027-01-11");
  }

  @Test
  void hidesTheCaseFromOtherMunicipalitiesAndUnknownCases() throws Exception {
    HttpResponse<String> foreign = get("/api/cases/" + caseNumber + "/forfeitures", "manager-maastricht");
    assertThat(foreign.statusCode()).isEqualTo(404);
    assertThat(foreign.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).contains("problem+json"));
    assertThat(body(foreign).get("type").asText()).endsWith("/zaak-onbekend");
    assertThat(body(foreign).get("detail").asText()).contains(caseNumber);
    assertThat(body(foreign).toString()).doesNotContain("1000.00");

    assertThat(get("/api/cases/LOD-2026-99999/forfeitures", "toezichthouder").statusCode()).isEqualTo(404);
  }

  @Test
  void showsAProvidersForfeituresOnlyOfTheCallersMunicipalities() throws Exception {
    String path = "/api/providers/" + kvk + "/forfeitures";

    JsonNode all = body(get(path, "toezichthouder"));
    assertThat(values(all, "municipalityCode")).containsExactly("GM0935", "GM0917", "GM0917");
    assertThat(values(all, "providerKvkNumber")).containsOnly(kvk);
    assertThat(values(body(get(path, "demo")), "municipalityCode")).containsExactly("GM0935", "GM0917", "GM0917");

    JsonNode heerlen = body(get(path, "manager-heerlen"));
    assertThat(values(heerlen, "municipalityCode")).containsExactly("GM0917", "GM0917");
    assertThat(values(heerlen, "caseNumber")).containsOnly(caseNumber);

    HttpResponse<String> maastricht = get(path, "manager-maastricht");
    assertThat(maastricht.statusCode()).isEqualTo(200);
    assertThat(values(body(maastricht), "municipalityCode")).containsExactly("GM0935");
    assertThat(values(body(maastricht), "amount")).containsExactly("250.00");

    assertThat(body(get(path, "contractmanager-kerkrade"))).isEmpty();
  }

  @Test
  void refusesCallsWithoutCredentials() throws Exception {
    assertThat(get("/api/cases/" + caseNumber + "/forfeitures", null).statusCode()).isEqualTo(401);
    assertThat(get("/api/providers/" + kvk + "/forfeitures", null).statusCode()).isEqualTo(401);
  }

  @Test
  void refusesAKvkNumberThatIsNotEightDigits() throws Exception {
    for (String bad : List.of("1234567", "123456789", "1234567a")) {
      HttpResponse<String> response = get("/api/providers/" + bad + "/forfeitures", "toezichthouder");

      assertThat(response.statusCode()).as(bad).isEqualTo(400);
      assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).contains("problem+json"));
      JsonNode problem = body(response);
      assertThat(problem.get("detail").asText()).contains("kvkNumber");
      assertThat(problem.get("errors").get(0).get("field").asText()).isEqualTo("kvkNumber");
    }
  }
}

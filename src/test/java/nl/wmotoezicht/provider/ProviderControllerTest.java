package nl.wmotoezicht.provider;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import nl.wmotoezicht.provider.ProviderRegister.Relation;
import nl.wmotoezicht.testsupport.ApiClient;
import nl.wmotoezicht.testsupport.WmoIntegrationTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/** The provider register's endpoints as users and systems call them, with the municipalities they work for. */
@WmoIntegrationTest
class ProviderControllerTest {


  @LocalServerPort int port;
  @Autowired ProviderRegister providers;
  private final ObjectMapper json = new ObjectMapper();

  /** A provider of its own per test, so that tests that change it do not touch the demo providers. */
  private String kvk;

  @BeforeEach
  void newProvider() {
    kvk = ProviderRegisterTest.freshKvk();
  }

  private HttpResponse<String> send(String method, String path, String user, Object body) throws Exception {
    return new ApiClient(port).send(method, path, user, body == null ? null : json.writeValueAsString(body));
  }

  private HttpResponse<String> get(String path, String user) throws Exception {
    return send("GET", path, user, null);
  }

  private HttpResponse<String> put(String path, String user, Object body) throws Exception {
    return send("PUT", path, user, body);
  }

  private JsonNode body(HttpResponse<String> response) throws Exception {
    return json.readTree(response.body());
  }

  private static List<String> values(JsonNode rows, String field) {
    List<String> values = new ArrayList<>();
    rows.forEach(row -> values.add(row.get(field).asText()));
    return values;
  }

  private static Map<String, Object> provider(String name, String email) {
    return Map.of("name", name, "email", email, "locations", List.of(
        Map.of("name", "Woonlocatie Het Anker", "address", "Ankerstraat 1, Heerlen", "municipalityCode", "GM0917")));
  }

  private static Map<String, Object> relation(String kind, int indications) {
    return Map.of("kind", kind, "indications", indications);
  }

  private void assertProblem(HttpResponse<String> response, int status, String type) throws Exception {
    assertThat(response.statusCode()).as(response.body()).isEqualTo(status);
    assertThat(response.headers().firstValue("Content-Type"))
        .hasValueSatisfying(t -> assertThat(t).contains("problem+json"));
    assertThat(body(response).get("type").asText()).endsWith("/" + type);
  }

  private List<String> errorFields(HttpResponse<String> response) throws Exception {
    assertProblem(response, 400, "ongeldige-invoer");
    return values(body(response).get("errors"), "field");
  }

  @Test
  void refusesCallsWithoutCredentials() throws Exception {
    assertThat(get("/api/providers", null).statusCode()).isEqualTo(401);
    assertThat(get("/api/providers/12345678", null).statusCode()).isEqualTo(401);
    assertThat(put("/api/providers/" + kvk, null, provider("Zonder B.V.", "a@b.example")).statusCode())
        .isEqualTo(401);
    assertThat(providers.find(kvk)).isEmpty();
  }

  @Test
  void listsTheProvidersForEveryReadingGroup() throws Exception {
    for (String user : List.of("toezichthouder", "contractmanager-kerkrade", "college-heerlen", "manager-heerlen",
        "intake-systeem", "proceseigenaar", "demo")) {
      HttpResponse<String> response = get("/api/providers", user);

      assertThat(response.statusCode()).as(user).isEqualTo(200);
      assertThat(values(body(response), "kvkNumber")).as(user).contains("12345678", "34567890", "23456789");
    }
  }

  @Test
  void showsAProviderWithLocationsRelationsAndHistory() throws Exception {
    JsonNode provider = body(get("/api/providers/34567890", "toezichthouder"));

    assertThat(provider.get("kvkNumber").asText()).isEqualTo("34567890");
    assertThat(provider.get("name").asText()).isEqualTo("Thuiszorg Maasvallei B.V.");
    assertThat(provider.get("email").asText()).isEqualTo("info@maasvallei.example");
    assertThat(values(provider.get("relations"), "municipalityCode")).containsExactly("GM0917", "GM0935");
    assertThat(values(provider.get("relations"), "municipalityName")).containsExactly("Heerlen", "Maastricht");
    assertThat(values(provider.get("relations"), "indications")).containsExactly("5", "25");
    JsonNode demoCase = provider.get("history").get(0);
    assertThat(demoCase.get("caseNumber").asText()).isEqualTo("LOD-2025-00003");
    assertThat(demoCase.get("startedOn").asText()).isEqualTo("2025-03-01");
    assertThat(demoCase.get("endedOn").asText()).isEqualTo("2025-06-30");
    assertThat(demoCase.get("outcome").asText()).isEqualTo("maximumBereikt");
    assertThat(demoCase.get("violationEstablished").asBoolean()).isTrue();

    JsonNode located = body(get("/api/providers/12345678", "college-heerlen"));
    assertThat(located.get("locations").get(0).get("name").asText()).isEqualTo("Woonlocatie De Linde");
    assertThat(located.get("locations").get(0).get("municipalityCode").asText()).isEqualTo("GM0917");
  }

  @Test
  void showsRelationsAndHistoryOnlyOfTheCallersMunicipalities() throws Exception {
    JsonNode heerlen = body(get("/api/providers/12345678", "contractmanager-heerlen"));
    assertThat(values(heerlen.get("relations"), "municipalityCode")).containsExactly("GM0917");
    assertThat(heerlen.get("name").asText()).isEqualTo("Zorg Thuis Zuid B.V.");

    JsonNode supervisor = body(get("/api/providers/12345678", "toezichthouder"));
    assertThat(values(supervisor.get("relations"), "municipalityCode")).containsExactly("GM0917", "GM0935");
    assertThat(values(body(get("/api/providers/12345678", "demo")).get("relations"), "municipalityCode"))
        .containsExactly("GM0917", "GM0935");

    JsonNode maastrichtCase = body(get("/api/providers/34567890", "manager-heerlen"));
    // other tests may add Heerlen cases for this provider; Maastricht's case must never show
    assertThat(values(maastrichtCase.get("history"), "municipalityCode")).doesNotContain("GM0935");
    assertThat(values(maastrichtCase.get("history"), "caseNumber")).doesNotContain("LOD-2025-00003");
    assertThat(values(body(get("/api/providers/34567890", "manager-maastricht")).get("history"), "caseNumber"))
        .contains("LOD-2025-00003");
    assertThat(body(get("/api/providers/34567890", "contractmanager-kerkrade")).get("relations")).isEmpty();
  }

  @Test
  void answers404ForAnUnknownProviderAnd400ForABadKvkNumber() throws Exception {
    HttpResponse<String> unknown = get("/api/providers/" + kvk, "toezichthouder");
    assertProblem(unknown, 404, "aanbieder-onbekend");
    assertThat(body(unknown).get("detail").asText()).contains(kvk);

    assertThat(errorFields(get("/api/providers/1234567a", "toezichthouder"))).containsExactly("kvkNumber");
    assertProblem(put("/api/providers/" + kvk + "/relations/GM0917", "contractmanager-heerlen",
        relation("contract", 3)), 404, "aanbieder-onbekend");
  }

  @Test
  void createsAndUpdatesAProvider() throws Exception {
    HttpResponse<String> created = put("/api/providers/" + kvk, "toezichthouder", provider("Zorg Anker B.V.",
        "info@zorganker.example"));
    assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
    assertThat(body(created).get("kvkNumber").asText()).isEqualTo(kvk);
    assertThat(values(body(created).get("locations"), "name")).containsExactly("Woonlocatie Het Anker");

    Map<String, Object> update = Map.of("kvkNumber", kvk, "name", "Zorg Anker Zuid B.V.",
        "email", "kwaliteit@zorganker.example", "locations", List.of());
    HttpResponse<String> updated = put("/api/providers/" + kvk, "contractmanager-maastricht", update);
    assertThat(updated.statusCode()).as(updated.body()).isEqualTo(200);

    JsonNode stored = body(get("/api/providers/" + kvk, "manager-heerlen"));
    assertThat(stored.get("name").asText()).isEqualTo("Zorg Anker Zuid B.V.");
    assertThat(stored.get("email").asText()).isEqualTo("kwaliteit@zorganker.example");
    assertThat(stored.get("locations")).isEmpty();
    assertThat(values(body(get("/api/providers", "demo")), "kvkNumber")).contains(kvk);
  }

  @Test
  void letsOnlyTheMunicipalitysContractManagerSetItsRelation() throws Exception {
    assertThat(put("/api/providers/" + kvk, "demo", provider("Zorg Relatie B.V.", "info@relatie.example"))
        .statusCode()).isEqualTo(201);

    HttpResponse<String> heerlen = put("/api/providers/" + kvk + "/relations/GM0917", "contractmanager-heerlen",
        relation("contract", 14));
    assertThat(heerlen.statusCode()).as(heerlen.body()).isEqualTo(201);
    assertThat(body(heerlen).get("municipalityName").asText()).isEqualTo("Heerlen");
    HttpResponse<String> again = put("/api/providers/" + kvk + "/relations/GM0917", "contractmanager-heerlen",
        Map.of("kvkNumber", kvk, "municipalityCode", "GM0917", "kind", "contract", "indications", 15));
    assertThat(again.statusCode()).as(again.body()).isEqualTo(200);
    assertThat(providers.relation(kvk, "GM0917")).contains(new Relation(kvk, "GM0917", "contract", 15));

    HttpResponse<String> maastricht = put("/api/providers/" + kvk + "/relations/GM0935", "contractmanager-heerlen",
        relation("contract", 3));
    assertProblem(maastricht, 403, "geen-toegang");
    for (String user : List.of("toezichthouder", "manager-heerlen", "college-heerlen", "intake-systeem")) {
      assertProblem(put("/api/providers/" + kvk + "/relations/GM0917", user, relation("contract", 99)), 403,
          "geen-toegang");
    }
    assertThat(put("/api/providers/" + kvk + "/relations/GM0935", "demo", relation("subsidie", 2)).statusCode())
        .isEqualTo(201);

    assertThat(providers.relations(kvk)).containsExactly(new Relation(kvk, "GM0917", "contract", 15),
        new Relation(kvk, "GM0935", "subsidie", 2));
  }

  @Test
  void refusesChangesByGroupsThatMayOnlyRead() throws Exception {
    for (String user : List.of("manager-heerlen", "college-heerlen", "intake-systeem", "proceseigenaar")) {
      HttpResponse<String> response = put("/api/providers/" + kvk, user, provider("Niet B.V.", "niet@niet.example"));

      assertProblem(response, 403, "geen-toegang");
    }
    assertProblem(put("/api/providers/12345678", "manager-heerlen", provider("Overgenomen B.V.", "x@y.example")),
        403, "geen-toegang");
    assertThat(providers.find(kvk)).isEmpty();
    assertThat(providers.find("12345678").orElseThrow().name()).isEqualTo("Zorg Thuis Zuid B.V.");
  }

  @Test
  void namesEachBadFieldOfAProvider() throws Exception {
    assertThat(errorFields(put("/api/providers/1234567", "toezichthouder", provider("Kort B.V.", "a@b.example"))))
        .containsExactly("kvkNumber");
    assertThat(errorFields(put("/api/providers/" + kvk, "toezichthouder", provider("Mail B.V.", "geen-mail"))))
        .containsExactly("email");
    Map<String, Object> elsewhere = Map.of("name", "Elders B.V.", "email", "info@elders.example", "locations",
        List.of(Map.of("name", "Locatie Sittard", "municipalityCode", "GM1883")));
    HttpResponse<String> outsideRegion = put("/api/providers/" + kvk, "toezichthouder", elsewhere);
    assertThat(errorFields(outsideRegion)).containsExactly("locations[0].municipalityCode");
    assertThat(body(outsideRegion).get("detail").asText()).contains("locations[0].municipalityCode");
    Map<String, Object> mismatch = Map.of("kvkNumber", "12345678", "name", "Ander B.V.", "email", "a@b.example");
    assertThat(errorFields(put("/api/providers/" + kvk, "toezichthouder", mismatch))).containsExactly("kvkNumber");
    assertThat(providers.find(kvk)).isEmpty();
  }

  @Test
  void describesTheEndpointsInTheOpenApiDocument() throws Exception {
    HttpResponse<String> response = get("/api/openapi", "intake-systeem");

    assertThat(response.statusCode()).isEqualTo(200);
    JsonNode paths = body(response).get("paths");
    assertThat(paths.has("/api/providers")).isTrue();
    assertThat(paths.get("/api/providers/{kvkNumber}").has("put")).isTrue();
    assertThat(paths.get("/api/providers/{kvkNumber}/relations/{municipalityCode}").get("put").get("tags").get(0)
        .asText()).isEqualTo("Aanbieders");
    // the shared answers (kernel NotSignedIn, UnknownProvider, …; cases IntakeAnswers) are read as meta-annotations
    assertThat(paths.get("/api/providers/{kvkNumber}").get("get").get("responses").fieldNames())
        .toIterable().containsExactlyInAnyOrder("200", "400", "401", "403", "404");
    assertThat(paths.get("/api/providers/{kvkNumber}/postal-address").get("put").get("responses").get("403")
        .get("description").asText()).isEqualTo("Geen recht om aanbieders vast te leggen");
    assertThat(paths.get("/api/calamity-reports").get("post").get("responses").fieldNames())
        .toIterable().containsExactlyInAnyOrder("200", "201", "400", "401", "403", "409");
  }

  @Test
  void namesEachBadFieldOfARelation() throws Exception {
    assertThat(put("/api/providers/" + kvk, "demo", provider("Zorg Fout B.V.", "info@fout.example")).statusCode())
        .isEqualTo(201);

    assertThat(errorFields(put("/api/providers/" + kvk + "/relations/GM0917", "contractmanager-heerlen",
        relation("contract", -1)))).containsExactly("indications");
    assertThat(errorFields(put("/api/providers/" + kvk + "/relations/GM0917", "contractmanager-heerlen",
        relation("inkoop", 1)))).containsExactly("kind");
    assertThat(errorFields(put("/api/providers/" + kvk + "/relations/GM9999", "demo", relation("contract", 1))))
        .containsExactly("municipalityCode");
    assertThat(errorFields(put("/api/providers/" + kvk + "/relations/GM0917", "demo",
        Map.of("kvkNumber", "12345678", "kind", "contract")))).containsExactly("indications", "kvkNumber");
    assertThat(providers.relations(kvk)).isEmpty();
  }
}

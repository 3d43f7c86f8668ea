package nl.wmotoezicht.enforcement;

import static nl.wmotoezicht.enforcement.InterventionPyramid.Variables.MULTIPLE_MUNICIPALITIES;
import static nl.wmotoezicht.enforcement.InterventionPyramid.Variables.RELATION;
import static nl.wmotoezicht.kernel.CaseVariables.MUNICIPALITY_CODE;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import nl.wmotoezicht.feel.ParsedFeelEngine;
import nl.wmotoezicht.kernel.DecisionTenants;
import nl.wmotoezicht.testsupport.ApiClient;
import nl.wmotoezicht.testsupport.WmoIntegrationTest;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The decisions as deployed at start-up, evaluated over {@code /engine-rest} as an external system and a supervisor
 * call them, the Maastricht override beside the region's table, and {@link DecisionTenants} that lets a business
 * rule task choose between them.
 */
@WmoIntegrationTest
class DecisionRestApiTest {

  private static final String SYSTEM = "intake-systeem";
  private static final String SUPERVISOR = "toezichthouder";
  private static final String REGION_EVALUATE = "/engine-rest/decision-definition/key/maatregelcategorie/evaluate";
  private static final String MAASTRICHT_EVALUATE =
      "/engine-rest/decision-definition/key/maatregelcategorie/tenant-id/GM0935/evaluate";

  @LocalServerPort int port;
  @Autowired DecisionTenants decisionTenants;
  @Autowired IdentityService identityService;
  @Autowired ProcessEngine processEngine;
  @Autowired RepositoryService repositoryService;
  @Autowired RuntimeService runtimeService;
  private final ObjectMapper json = new ObjectMapper();

  private HttpResponse<String> send(String method, String path, String user, String body) throws Exception {
    return new ApiClient(port).send(method, path, user, body);
  }

  /** A request body with typed variables, as an external system sends it; names and values alternate. */
  private String variables(Object... namesAndValues) {
    ObjectNode variables = json.createObjectNode();
    for (int i = 0; i < namesAndValues.length; i += 2) {
      ObjectNode variable = variables.putObject((String) namesAndValues[i]);
      Object value = namesAndValues[i + 1];
      if (value instanceof Boolean flag) {
        variable.put("value", flag).put("type", "Boolean");
      } else {
        variable.put("value", (String) value).put("type", "String");
      }
    }
    ObjectNode body = json.createObjectNode();
    body.set("variables", variables);
    return body.toString();
  }

  /** The single result of an evaluation, after checking the status. */
  private JsonNode evaluate(String path, String user, String body) throws Exception {
    HttpResponse<String> response = send("POST", path, user, body);
    assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
    JsonNode results = json.readTree(response.body());
    assertThat(results).hasSize(1);
    return results.get(0);
  }

  @ParameterizedTest(name = "ernst {0} × kans {1} → categorie {2}")
  @CsvSource({
      "groot,     groot,     1, Ontbinding van de overeenkomst / stoppen of terugvorderen subsidie",
      "groot,     gemiddeld, 1, Ontbinding van de overeenkomst / stoppen of terugvorderen subsidie",
      "groot,     klein,     2, Last onder dwangsom of last onder bestuursdwang",
      "gemiddeld, groot,     1, Ontbinding van de overeenkomst / stoppen of terugvorderen subsidie",
      "gemiddeld, gemiddeld, 2, Last onder dwangsom of last onder bestuursdwang",
      "gemiddeld, klein,     3, 'Schriftelijke waarschuwing, overleg en overreding'",
      "klein,     groot,     2, Last onder dwangsom of last onder bestuursdwang",
      "klein,     gemiddeld, 3, 'Schriftelijke waarschuwing, overleg en overreding'",
      "klein,     klein,     3, 'Schriftelijke waarschuwing, overleg en overreding'"})
  void anExternalSystemGetsTheCategoryOfFigure3(String ernst, String kans, int categorie, String omschrijving)
      throws Exception {
    JsonNode result = evaluate(REGION_EVALUATE, SYSTEM,
        variables("seriousness", ernst, "recurrenceChance", kans, "recidive", false));

    assertThat(result.get("categorie").get("type").asText()).isEqualTo("Integer");
    assertThat(result.get("categorie").get("value").asInt()).isEqualTo(categorie);
    assertThat(result.get("categorieOmschrijving").get("value").asText()).isEqualTo(omschrijving);
  }

  @Test
  void theEnginesDecisionsUseThePlatformsFeelEngine() {
    ProcessEngineConfigurationImpl configuration =
        (ProcessEngineConfigurationImpl) processEngine.getProcessEngineConfiguration();
    assertThat(configuration.getDmnEngineConfiguration().getFeelEngine()).isInstanceOf(ParsedFeelEngine.class);
  }

  @Test
  void recidiveRaisesTheSuggestionForAProviderWithAnEarlierViolation() throws Exception {
    int firstViolation = evaluate(REGION_EVALUATE, SYSTEM, variables(
        "seriousness", "gemiddeld", "recurrenceChance", "gemiddeld", "recidive", false))
        .get("categorie").get("value").asInt();
    int earlierViolation = evaluate(REGION_EVALUATE, SYSTEM, variables(
        "seriousness", "gemiddeld", "recurrenceChance", "gemiddeld", "recidive", true))
        .get("categorie").get("value").asInt();

    assertThat(firstViolation).isEqualTo(2);
    assertThat(earlierViolation).isEqualTo(1);
  }

  @Test
  void derivesTheCategoryFromTheWeighingFactorsWithoutAJudgement() throws Exception {
    String factors = variables("ernstRisico", "ernstig", "omvangGroep", "groot",
        "structuurOrganisatie", "goed", "houdingAanbieder", "niet-kunnen", "recidive", false);
    String factorsWithRecidive = variables("ernstRisico", "ernstig", "omvangGroep", "groot",
        "structuurOrganisatie", "goed", "houdingAanbieder", "niet-kunnen", "recidive", true);

    // ernst groot; kans klein → categorie 2; with recidive kans gemiddeld → categorie 1
    assertThat(evaluate(REGION_EVALUATE, SUPERVISOR, factors).get("categorie").get("value").asInt()).isEqualTo(2);
    assertThat(evaluate(REGION_EVALUATE, SUPERVISOR, factorsWithRecidive).get("categorie").get("value").asInt())
        .isEqualTo(1);
  }

  @Test
  void maastrichtUsesItsStricterMatrixAndTheRegionKeepsFigure3() throws Exception {
    String middle = variables("seriousness", "gemiddeld", "recurrenceChance", "gemiddeld", "recidive", false);
    String otherCell = variables("seriousness", "gemiddeld", "recurrenceChance", "klein", "recidive", false);

    assertThat(evaluate(REGION_EVALUATE, SUPERVISOR, middle).get("categorie").get("value").asInt()).isEqualTo(2);
    assertThat(evaluate(MAASTRICHT_EVALUATE, SUPERVISOR, middle).get("categorie").get("value").asInt()).isEqualTo(1);
    // the other cells are the region's
    assertThat(evaluate(MAASTRICHT_EVALUATE, SUPERVISOR, otherCell).get("categorie").get("value").asInt())
        .isEqualTo(3);
    // Heerlen has no table of its own
    HttpResponse<String> heerlen = send("POST",
        "/engine-rest/decision-definition/key/maatregelcategorie/tenant-id/GM0917/evaluate", SUPERVISOR, middle);
    assertThat(heerlen.statusCode()).isEqualTo(404);
  }

  @Test
  void aBusinessRuleTaskFindsTheTenantVersionOnlyWhereOneIsDeployed() {
    assertThat(decisionTenants.tenantFor("maatregelcategorie", "GM0935")).isEqualTo("GM0935");
    assertThat(decisionTenants.tenantFor("maatregelcategorie", "GM0917")).isNull();
    assertThat(decisionTenants.tenantFor("maatregelcategorie", null)).isNull();
    assertThat(decisionTenants.tenantFor("handhavingsinstrument", "GM0935")).isNull();
    assertThat(decisionTenants.tenantFor("bestaatNiet", "GM0935")).isNull();
  }

  @Test
  void theAnswerDoesNotDependOnWhoMovesTheCase() {
    // a Heerlen contract manager, member of Heerlen only, does not see Maastricht's definitions in a query
    identityService.setAuthentication("contractmanager-heerlen", List.of("contractmanagers"), List.of("GM0917"));
    try {
      assertThat(repositoryService.createDecisionDefinitionQuery().decisionDefinitionKey("maatregelcategorie")
          .tenantIdIn("GM0935").count()).isZero();
      assertThat(decisionTenants.tenantFor("maatregelcategorie", "GM0935")).isEqualTo("GM0935");
      assertThat(decisionTenants.tenantFor("maatregelcategorie", "GM0917")).isNull();
    } finally {
      identityService.clearAuthentication();
    }
    // a user without any grant on decision definitions
    identityService.setAuthentication("manager-zonder-rechten", List.of(), List.of());
    try {
      assertThat(decisionTenants.tenantFor("maatregelcategorie", "GM0935")).isEqualTo("GM0935");
    } finally {
      identityService.clearAuthentication();
    }
  }

  @Test
  void aBusinessRuleTaskEvaluatesTheTableOfTheCasesMunicipality() {
    BpmnModelInstance probe = Bpmn.createExecutableProcess("decisionTenantsProbe")
        .camundaHistoryTimeToLive(1)
        .startEvent()
        .businessRuleTask("Task_Maatregelcategorie")
        .camundaDecisionRef("maatregelcategorie")
        .camundaDecisionRefTenantId("${decisionTenants.tenantFor('maatregelcategorie', execution.tenantId)}")
        .camundaResultVariable("advies")
        .camundaMapDecisionResult("singleResult")
        .userTask("Task_Wait")
        .endEvent()
        .done();
    String deployment = repositoryService.createDeployment().name("decisionTenantsProbe")
        .addModelInstance("decisionTenantsProbe.bpmn", probe).deploy().getId();
    try {
      assertThat(categoryOfACase("GM0935")).isEqualTo(1);
      assertThat(categoryOfACase("GM0917")).isEqualTo(2);
    } finally {
      repositoryService.deleteDeployment(deployment, true);
    }
  }

  /** Starts a probe case in the municipality's tenant with the middle cell of the matrix. */
  private Object categoryOfACase(String municipalityCode) {
    ProcessInstance instance = runtimeService.startProcessInstanceByKey("decisionTenantsProbe", Map.of(
        MUNICIPALITY_CODE.name(), municipalityCode, "seriousness", "gemiddeld", "recurrenceChance", "gemiddeld",
        "recidive", false));
    assertThat(instance.getTenantId()).isEqualTo(municipalityCode);
    Map<?, ?> advies = (Map<?, ?>) runtimeService.getVariable(instance.getId(), "advies");
    return advies.get("categorie");
  }

  @Test
  void theRequirementsGraphIsDeployedWithItsDiagramForTheRegionAndForMaastricht() throws Exception {
    HttpResponse<String> region = send("GET",
        "/engine-rest/decision-requirements-definition?key=Definitions_Maatregelcategorie&withoutTenantId=true"
            + "&latestVersion=true", SUPERVISOR, null);
    assertThat(region.statusCode()).isEqualTo(200);
    JsonNode regionDrd = json.readTree(region.body());
    assertThat(regionDrd).hasSize(1);
    assertThat(regionDrd.get(0).get("name").asText()).isEqualTo("Maatregelcategorie bepalen");
    assertThat(regionDrd.get(0).get("resource").asText()).isEqualTo("decisions/maatregelcategorie.dmn");

    HttpResponse<String> xml = send("GET",
        "/engine-rest/decision-requirements-definition/" + regionDrd.get(0).get("id").asText() + "/xml",
        SUPERVISOR, null);
    assertThat(xml.statusCode()).isEqualTo(200);
    String dmnXml = json.readTree(xml.body()).get("dmnXml").asText();
    assertThat(dmnXml).contains("<dmndi:DMNShape", "<dmndi:DMNEdge", "dmnElementRef=\"maatregelcategorie\"",
        "dmnElementRef=\"ernstSituatie\"", "dmnElementRef=\"kansOpHerhaling\"",
        "dmnElementRef=\"InputData_recidive\"");

    JsonNode maastricht = json.readTree(send("GET",
        "/engine-rest/decision-requirements-definition?key=Definitions_Maatregelcategorie&tenantIdIn=GM0935"
            + "&latestVersion=true", SUPERVISOR, null).body());
    assertThat(maastricht).hasSize(1);
    assertThat(maastricht.get(0).get("resource").asText())
        .isEqualTo("decisions/tenants/GM0935/maatregelcategorie.dmn");
  }

  @Test
  void everyDecisionIsDeployedForTheRegionWithTenYearsOfHistory() throws Exception {
    for (String key : List.of("maatregelcategorie", "ernstSituatie", "kansOpHerhalingBasis", "kansOpHerhaling",
        "initiatiefGemeente", "directeMaatregelen", "handhavingsinstrument")) {
      HttpResponse<String> response = send("GET",
          "/engine-rest/decision-definition?key=" + key + "&withoutTenantId=true&latestVersion=true", SUPERVISOR, null);
      JsonNode definitions = json.readTree(response.body());
      assertThat(definitions).as(key).hasSize(1);
      assertThat(definitions.get(0).get("historyTimeToLive").asInt()).as(key).isEqualTo(3650);
    }
  }

  @Test
  void theOtherDecisionsAnswerOverRestToo() throws Exception {
    JsonNode initiative = evaluate("/engine-rest/decision-definition/key/initiatiefGemeente/evaluate", SYSTEM,
        variables("originProcess", "calamiteit", RELATION.name(), "contract", MUNICIPALITY_CODE.name(), "GM0917",
            "municipalityWithMostIndications", "GM0935"));
    assertThat(initiative.get("initiatiefGemeente").get("value").asText()).isEqualTo("GM0917");

    JsonNode instrument = evaluate("/engine-rest/decision-definition/key/handhavingsinstrument/evaluate", SYSTEM,
        "{\"variables\":{\"suggestedCategory\":{\"value\":2,\"type\":\"Integer\"},"
            + "\"relation\":{\"value\":\"subsidie\",\"type\":\"String\"},"
            + "\"acuutGevaarClienten\":{\"value\":true,\"type\":\"Boolean\"}}}");
    assertThat(instrument.get("instrument").get("value").asText()).isEqualTo("last onder bestuursdwang");
    assertThat(instrument.get("trede").get("value").asInt()).isEqualTo(4);

    HttpResponse<String> measures = send("POST", "/engine-rest/decision-definition/key/directeMaatregelen/evaluate",
        SYSTEM, variables("acuutGevaarClienten", true, "seriousness", "groot", "vermoedenFraude", false,
            RELATION.name(), "contract", MULTIPLE_MUNICIPALITIES.name(), true));
    assertThat(measures.statusCode()).isEqualTo(200);
    assertThat(json.readTree(measures.body()).findValuesAsText("value")).contains("clientenstop",
        "clienten verhuizen", "opschorten betalingen", "communicatie regio en media");
  }
}

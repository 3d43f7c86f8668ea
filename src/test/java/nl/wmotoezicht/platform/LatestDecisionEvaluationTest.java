package nl.wmotoezicht.platform;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import nl.wmotoezicht.testsupport.EngineStatements;
import nl.wmotoezicht.testsupport.ApiClient;
import nl.wmotoezicht.testsupport.WmoIntegrationTest;
import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.authorization.Permission;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.history.UserOperationLogEntry;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.repository.DecisionDefinition;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * {@code POST /engine-rest/decision-definition/key/{key}[/tenant-id/{tenant}]/evaluate} through
 * {@link LatestDecisionDefinitionResource}: no definition query per evaluation once the latest version is known, and
 * still the answers of Camunda's resource: who may not read the decision or is no member of its tenant gets 404 also
 * when the definition is remembered, who may read but not evaluate gets 403, a new version deployed here or a
 * deleted one is evaluated at once, and every evaluation writes its history and operation log.
 */
@WmoIntegrationTest
class LatestDecisionEvaluationTest {

  private static final String KEY = "cacheProbe";
  private static final String TENANT = "GM0935";
  private static final String OTHER_TENANT = "GM0917";
  private static final String EVALUATE = "/engine-rest/decision-definition/key/" + KEY + "/evaluate";
  private static final String TENANT_EVALUATE =
      "/engine-rest/decision-definition/key/" + KEY + "/tenant-id/" + TENANT + "/evaluate";
  private static final String BODY = "{\"variables\":{\"ernst\":{\"value\":\"groot\",\"type\":\"String\"}}}";
  /** May read and evaluate the probe; member of the tenant. */
  private static final String EVALUATOR = "probe-beoordelaar";
  /** May read and evaluate the probe; member of another tenant only. */
  private static final String OUTSIDER = "probe-buitenstaander";
  /** May read the probe, not evaluate it. */
  private static final String READER = "probe-lezer";
  /** No grant at all. */
  private static final String NOBODY = "probe-zonder-rechten";

  @LocalServerPort int port;
  @Autowired ProcessEngineConfigurationImpl configuration;
  @Autowired RepositoryService repositoryService;
  @Autowired IdentityService identityService;
  @Autowired AuthorizationService authorizationService;
  @Autowired HistoryService historyService;
  @Autowired LatestDecisionDefinitions latestDefinitions;

  private final List<String> deployments = new ArrayList<>();
  private final List<String> authorizations = new ArrayList<>();

  @BeforeEach
  void setUp() {
    EngineStatements.installOn(configuration);
    user(EVALUATOR, TENANT);
    user(OUTSIDER, OTHER_TENANT);
    user(READER, TENANT);
    user(NOBODY, TENANT);
    grant(EVALUATOR, Permissions.READ, Permissions.CREATE_INSTANCE);
    grant(OUTSIDER, Permissions.READ, Permissions.CREATE_INSTANCE);
    grant(READER, Permissions.READ);
  }

  @AfterEach
  void tearDown() {
    deployments.forEach(id -> repositoryService.deleteDeployment(id, true));
    authorizations.forEach(authorizationService::deleteAuthorization);
    for (String user : List.of(EVALUATOR, OUTSIDER, READER, NOBODY)) {
      identityService.createTenantQuery().userMember(user).list()
          .forEach(t -> identityService.deleteTenantUserMembership(t.getId(), user));
      identityService.deleteUser(user);
    }
  }

  private void user(String id, String tenant) {
    User user = identityService.newUser(id);
    user.setFirstName("Probe");
    user.setLastName(id);
    user.setPassword(ApiClient.DEMO_PASSWORD);
    identityService.saveUser(user);
    identityService.createTenantUserMembership(tenant, id);
  }

  private void grant(String user, Permission... permissions) {
    Authorization grant = authorizationService.createNewAuthorization(Authorization.AUTH_TYPE_GRANT);
    grant.setUserId(user);
    grant.setResource(Resources.DECISION_DEFINITION);
    grant.setResourceId(KEY);
    for (Permission permission : permissions) {
      grant.addPermission(permission);
    }
    authorizations.add(authorizationService.saveAuthorization(grant).getId());
  }

  /** Deploys a probe decision that answers {@code answer}, for the region or a tenant. */
  private DecisionDefinition deploy(String answer, String tenant) {
    String dmn = """
        <?xml version="1.0" encoding="UTF-8"?>
        <definitions xmlns="https://www.omg.org/spec/DMN/20191111/MODEL/"
            xmlns:camunda="http://camunda.org/schema/1.0/dmn" id="Definitions_CacheProbe" name="Probe"
            namespace="http://wmotoezicht.nl/test">
          <decision id="cacheProbe" name="Probe" camunda:historyTimeToLive="1">
            <decisionTable id="DecisionTable_CacheProbe">
              <input id="Input_Ernst" label="Ernst">
                <inputExpression id="InputExpression_Ernst" typeRef="string"><text>ernst</text></inputExpression>
              </input>
              <output id="Output_Antwoord" name="antwoord" typeRef="string"/>
              <rule id="Rule_Groot">
                <inputEntry id="InputEntry_Groot"><text>"groot"</text></inputEntry>
                <outputEntry id="OutputEntry_Groot"><text>"%s"</text></outputEntry>
              </rule>
              <rule id="Rule_Fout">
                <inputEntry id="InputEntry_Fout"><text>"fout"</text></inputEntry>
                <outputEntry id="OutputEntry_Fout"><text>assert(ernst, ernst = "groot")</text></outputEntry>
              </rule>
            </decisionTable>
          </decision>
        </definitions>
        """.formatted(answer);
    var builder = repositoryService.createDeployment().name("cacheProbe-" + answer)
        .addString("cacheProbe-" + answer + ".dmn", dmn);
    if (tenant != null) {
      builder.tenantId(tenant);
    }
    String deployment = builder.deploy().getId();
    deployments.add(deployment);
    return repositoryService.createDecisionDefinitionQuery().deploymentId(deployment).singleResult();
  }

  private HttpResponse<String> evaluate(String path, String user) throws Exception {
    return new ApiClient(port).send("POST", path, user, BODY);
  }

  private String answer(String path, String user) throws Exception {
    HttpResponse<String> response = evaluate(path, user);
    assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
    JsonNode results = ApiClient.json(response);
    assertThat(results).hasSize(1);
    assertThat(results.get(0).get("antwoord").get("type").asText()).isEqualTo("String");
    return results.get(0).get("antwoord").get("value").asText();
  }

  @Test
  void aRepeatedEvaluationByKeyNoLongerQueriesTheDefinitionByKey() throws Exception {
    deploy("v1", null);
    answer(EVALUATE, EVALUATOR);

    // the REST requests run on the web server's threads
    List<String> statements = EngineStatements.onAllThreads(() -> {
      for (int i = 0; i < 3; i++) {
        assertThat(answer(EVALUATE, EVALUATOR)).isEqualTo("v1");
      }
    });

    // Camunda's resource ran its definition query (selectDecisionDefinitionsByQueryCriteria) for every evaluation,
    // and then read the definition by id
    assertThat(EngineStatements.count(statements, "selectDecisionDefinitionsByQueryCriteria")).as(statements.toString())
        .isZero();
    // now each evaluation reads the definition once: by id while the latest is remembered (or, should the entry
    // have expired meanwhile, by key, which then also serves the evaluation)
    assertThat(EngineStatements.count(statements, "DecisionDefinitionEntity.selectDecisionDefinition")
        + EngineStatements.count(statements, "DecisionDefinitionEntity.selectLatestDecisionDefinitionByKey"))
        .as(statements.toString()).isEqualTo(3);
    assertThat(EngineStatements.count(statements, "DecisionDefinitionEntity.selectDecisionDefinition"))
        .as(statements.toString()).isPositive();
  }

  @Test
  void aVersionDeployedOnThisNodeIsEvaluatedAtOnceAndADeletedOneNoLonger() throws Exception {
    deploy("v1", null);
    assertThat(answer(EVALUATE, EVALUATOR)).isEqualTo("v1");

    DecisionDefinition second = deploy("v2", null);
    assertThat(second.getVersion()).isEqualTo(2);
    assertThat(answer(EVALUATE, EVALUATOR)).isEqualTo("v2");

    // deleted behind the node's back (another node): the remembered id is gone, the key is looked up again
    repositoryService.deleteDeployment(second.getDeploymentId(), true);
    deployments.remove(second.getDeploymentId());
    assertThat(answer(EVALUATE, EVALUATOR)).isEqualTo("v1");

    repositoryService.deleteDeployment(deployments.remove(0), true);
    HttpResponse<String> none = evaluate(EVALUATE, EVALUATOR);
    assertThat(none.statusCode()).isEqualTo(404);
    assertThat(ApiClient.json(none).get("message").asText())
        .isEqualTo("No matching decision definition with key: cacheProbe and no tenant-id");
  }

  @Test
  void aRememberedDefinitionIsStillCheckedForEveryCaller() throws Exception {
    deploy("regio", null);
    deploy("maastricht", TENANT);
    assertThat(answer(EVALUATE, EVALUATOR)).isEqualTo("regio");
    assertThat(answer(TENANT_EVALUATE, EVALUATOR)).isEqualTo("maastricht");

    // no grant: the definition does not exist for this caller, as with Camunda's definition query
    HttpResponse<String> nobody = evaluate(EVALUATE, NOBODY);
    assertThat(nobody.statusCode()).isEqualTo(404);
    assertThat(ApiClient.json(nobody).get("message").asText())
        .isEqualTo("No matching decision definition with key: cacheProbe and no tenant-id");
    assertThat(evaluate(TENANT_EVALUATE, NOBODY).statusCode()).isEqualTo(404);

    // READ without CREATE_INSTANCE: the engine refuses the evaluation
    HttpResponse<String> reader = evaluate(EVALUATE, READER);
    assertThat(reader.statusCode()).as(reader.body()).isEqualTo(403);
    assertThat(ApiClient.json(reader).get("type").asText()).isEqualTo("AuthorizationException");

    // all rights, but no member of the tenant: the region's table, not the tenant's
    assertThat(answer(EVALUATE, OUTSIDER)).isEqualTo("regio");
    HttpResponse<String> outsider = evaluate(TENANT_EVALUATE, OUTSIDER);
    assertThat(outsider.statusCode()).isEqualTo(404);
    assertThat(ApiClient.json(outsider).get("message").asText())
        .isEqualTo("No matching decision definition with key: cacheProbe and tenant-id: GM0935");
    // the answers above were given with both definitions remembered
    assertThat(latestDefinitions.size()).isGreaterThanOrEqualTo(2);
  }

  @Test
  void everyEvaluationWritesItsHistoryAndOperationLog() throws Exception {
    DecisionDefinition definition = deploy("v1", null);
    long before = historyService.createHistoricDecisionInstanceQuery().decisionDefinitionId(definition.getId()).count();

    answer(EVALUATE, EVALUATOR);
    answer(EVALUATE, EVALUATOR);

    assertThat(historyService.createHistoricDecisionInstanceQuery().decisionDefinitionId(definition.getId())
        .includeInputs().includeOutputs().list())
        .hasSize((int) before + 2)
        .allSatisfy(instance -> {
          assertThat(instance.getInputs()).singleElement().satisfies(input -> assertThat(input.getValue()).isEqualTo("groot"));
          assertThat(instance.getOutputs()).singleElement().satisfies(output -> assertThat(output.getValue()).isEqualTo("v1"));
          assertThat(instance.getUserId()).isEqualTo(EVALUATOR);
        });
    assertThat(historyService.createUserOperationLogQuery().userId(EVALUATOR)
        .operationType(UserOperationLogEntry.OPERATION_TYPE_EVALUATE).property("decisionDefinitionId").list())
        .filteredOn(entry -> definition.getId().equals(entry.getNewValue())).hasSize(2);
  }

  @Test
  void theOtherOperationsOnTheKeyAreCamundasAndAnEvaluationErrorReadsAsCamundasDoes() throws Exception {
    DecisionDefinition definition = deploy("v1", null);
    HttpResponse<String> byKey = new ApiClient(port).send("GET", "/engine-rest/decision-definition/key/" + KEY,
        EVALUATOR, null);
    assertThat(byKey.statusCode()).isEqualTo(200);
    assertThat(ApiClient.json(byKey).get("id").asText()).isEqualTo(definition.getId());

    // a variable of an unknown type: refused before any evaluation
    HttpResponse<String> unknownType = new ApiClient(port).send("POST", EVALUATE, EVALUATOR,
        "{\"variables\":{\"ernst\":{\"value\":\"groot\",\"type\":\"Onbekend\"}}}");
    assertThat(unknownType.statusCode()).isEqualTo(400);

    // an output entry that fails (FEEL assert): Camunda's 500 with the definition's id
    HttpResponse<String> wrongType = new ApiClient(port).send("POST", EVALUATE, EVALUATOR,
        "{\"variables\":{\"ernst\":{\"value\":\"fout\",\"type\":\"String\"}}}");
    assertThat(wrongType.statusCode()).as(wrongType.body()).isEqualTo(500);
    assertThat(ApiClient.json(wrongType).get("message").asText())
        .startsWith("Cannot evaluate decision " + definition.getId() + ": ");
  }
}

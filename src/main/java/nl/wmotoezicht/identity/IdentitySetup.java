package nl.wmotoezicht.identity;

import static org.camunda.bpm.engine.authorization.Permissions.ACCESS;
import static org.camunda.bpm.engine.authorization.Permissions.CREATE;
import static org.camunda.bpm.engine.authorization.Permissions.CREATE_INSTANCE;
import static org.camunda.bpm.engine.authorization.Permissions.DELETE;
import static org.camunda.bpm.engine.authorization.Permissions.READ;
import static org.camunda.bpm.engine.authorization.Permissions.READ_HISTORY;
import static org.camunda.bpm.engine.authorization.Permissions.READ_INSTANCE;
import static org.camunda.bpm.engine.authorization.Permissions.UPDATE_INSTANCE;
import static org.camunda.bpm.engine.authorization.Resources.APPLICATION;
import static org.camunda.bpm.engine.authorization.Resources.DECISION_DEFINITION;
import static org.camunda.bpm.engine.authorization.Resources.DECISION_REQUIREMENTS_DEFINITION;
import static org.camunda.bpm.engine.authorization.Resources.DEPLOYMENT;
import static org.camunda.bpm.engine.authorization.Resources.FILTER;
import static org.camunda.bpm.engine.authorization.Resources.PROCESS_DEFINITION;
import static org.camunda.bpm.engine.authorization.Resources.PROCESS_INSTANCE;
import static org.camunda.bpm.engine.authorization.Resources.TASK;

import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.identity.Tenant;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Creates, in every profile, what the region needs to work: a tenant per municipality, the
 * groups, their authorizations and the shared Tasklist filters. Idempotent: a restart adds only
 * what is missing. People are not created here: production users come from Camunda Admin (or an
 * identity provider), demo users from {@link DemoUsers}.
 */
@Component
@Order(10)
class IdentitySetup extends AbstractProcessEnginePlugin {

  private static final Logger LOG = LoggerFactory.getLogger(IdentitySetup.class);
  private static final String ALL = Authorization.ANY;

  private static final Map<String, String> GROUP_NAMES = Map.of(
      Groups.TOEZICHTHOUDERS, "Toezichthouders Wmo",
      Groups.CONTRACTMANAGERS, "Contractmanagers",
      Groups.COLLEGE, "College van B&W (gemandateerden)",
      Groups.MANAGERS, "Teamleiders",
      Groups.PROCESEIGENAREN, "Proceseigenaren",
      Groups.KOPPELINGEN, "Koppelingen (externe systemen)");

  private final Region region;
  private final List<StartRights> startRights;
  private final List<WaitingOnProvider> waitingOnProvider;

  IdentitySetup(Region region, List<StartRights> startRights, List<WaitingOnProvider> waitingOnProvider) {
    this.region = region;
    this.startRights = startRights;
    this.waitingOnProvider = waitingOnProvider;
  }

  @Override
  public void postProcessEngineBuild(ProcessEngine engine) {
    IdentityService identity = engine.getIdentityService();
    createTenants(identity);
    createGroups(identity);
    Authorizations grants = new Authorizations(engine.getAuthorizationService());
    grantAuthorizations(grants);
    // each group reads its own filters (TaskFilters); installations before that read every filter
    for (String group : List.of(Groups.TOEZICHTHOUDERS, Groups.CONTRACTMANAGERS, Groups.COLLEGE, Groups.MANAGERS)) {
      grants.revokeGroup(group, FILTER, ALL);
    }
    new TaskFilters(engine.getFilterService(), engine.getTaskService(), grants, waitingOnProvider).createAll();
    LOG.info("Identity set up for region '{}' with {} municipalities", region.name(), region.municipalities().size());
  }

  private void createTenants(IdentityService identity) {
    for (RegionProperties.Municipality municipality : region.municipalities()) {
      if (identity.createTenantQuery().tenantId(municipality.code()).singleResult() == null) {
        Tenant tenant = identity.newTenant(municipality.code());
        tenant.setName(municipality.name());
        identity.saveTenant(tenant);
      }
    }
  }

  private void createGroups(IdentityService identity) {
    GROUP_NAMES.forEach((id, name) -> {
      if (identity.createGroupQuery().groupId(id).singleResult() == null) {
        Group group = identity.newGroup(id);
        group.setName(name);
        group.setType("WORKFLOW");
        identity.saveGroup(group);
      }
    });
    // region-wide groups see the cases of every municipality
    for (String groupId : Groups.REGION_WIDE) {
      for (RegionProperties.Municipality municipality : region.municipalities()) {
        if (identity.createTenantQuery().groupMember(groupId).tenantId(municipality.code()).count() == 0) {
          identity.createTenantGroupMembership(municipality.code(), groupId);
        }
      }
    }
  }

  private void grantAuthorizations(Authorizations grants) {
    for (String group : List.of(Groups.TOEZICHTHOUDERS, Groups.CONTRACTMANAGERS, Groups.COLLEGE)) {
      grants.grantGroup(group, APPLICATION, "tasklist", ACCESS);
      grants.grantGroup(group, PROCESS_DEFINITION, ALL, READ, READ_HISTORY);
      grants.grantGroup(group, PROCESS_INSTANCE, ALL, CREATE);
      grants.grantGroup(group, DEPLOYMENT, ALL, READ);
      grants.grantGroup(group, DECISION_DEFINITION, ALL, READ, CREATE_INSTANCE);
      grants.grantGroup(group, DECISION_REQUIREMENTS_DEFINITION, ALL, READ);
    }
    // managers: read-only Cockpit (and Tasklist to look, not to work: tasks grant work per candidate group)
    grants.grantGroup(Groups.MANAGERS, APPLICATION, "cockpit", ACCESS);
    grants.grantGroup(Groups.MANAGERS, APPLICATION, "tasklist", ACCESS);
    grants.grantGroup(Groups.MANAGERS, PROCESS_DEFINITION, ALL, READ, READ_INSTANCE, READ_HISTORY);
    grants.grantGroup(Groups.MANAGERS, PROCESS_INSTANCE, ALL, READ);
    grants.grantGroup(Groups.MANAGERS, TASK, ALL, READ);
    grants.grantGroup(Groups.MANAGERS, DEPLOYMENT, ALL, READ);
    grants.grantGroup(Groups.MANAGERS, DECISION_DEFINITION, ALL, READ, READ_HISTORY);
    grants.grantGroup(Groups.MANAGERS, DECISION_REQUIREMENTS_DEFINITION, ALL, READ);
    // process owners: deploy from Camunda Modeler against /engine-rest, inspect in Cockpit
    grants.grantGroup(Groups.PROCESEIGENAREN, APPLICATION, "cockpit", ACCESS);
    grants.grantGroup(Groups.PROCESEIGENAREN, DEPLOYMENT, ALL, CREATE, READ, DELETE);
    grants.grantGroup(Groups.PROCESEIGENAREN, PROCESS_DEFINITION, ALL, READ, READ_HISTORY);
    grants.grantGroup(Groups.PROCESEIGENAREN, DECISION_DEFINITION, ALL, READ, READ_HISTORY);
    grants.grantGroup(Groups.PROCESEIGENAREN, DECISION_REQUIREMENTS_DEFINITION, ALL, READ);
    // external systems: start cases and deliver messages to waiting ones; no webapp access
    grants.grantGroup(Groups.KOPPELINGEN, PROCESS_DEFINITION, ALL, READ, READ_INSTANCE, UPDATE_INSTANCE, READ_HISTORY);
    grants.grantGroup(Groups.KOPPELINGEN, PROCESS_INSTANCE, ALL, CREATE);
    grants.grantGroup(Groups.KOPPELINGEN, DECISION_DEFINITION, ALL, READ, CREATE_INSTANCE);
    for (StartRights rights : startRights) {
      for (String group : rights.groups()) {
        grants.grantGroup(group, PROCESS_DEFINITION, rights.processKey(), CREATE_INSTANCE);
      }
    }
  }
}

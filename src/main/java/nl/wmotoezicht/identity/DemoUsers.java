package nl.wmotoezicht.identity;

import java.text.Normalizer;
import java.util.Locale;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Demo users for every group, only when {@code wmo.demo.users-enabled=true} (the demo profile).
 * Every demo user has the password {@value #PASSWORD}. Per municipality: a contract manager, a
 * college member and a manager, each member of that municipality's tenant only.
 */
@Component
@Order(20)
@ConditionalOnProperty(name = "wmo.demo.users-enabled", havingValue = "true")
class DemoUsers extends AbstractProcessEnginePlugin {

  static final String PASSWORD = "demo";

  private final Region region;

  DemoUsers(Region region) {
    this.region = region;
  }

  @Override
  public void postProcessEngineBuild(ProcessEngine engine) {
    IdentityService identity = engine.getIdentityService();
    user(identity, "toezichthouder", "Tessa", "de Vries (toezichthouder)", Groups.TOEZICHTHOUDERS);
    user(identity, "proceseigenaar", "Pieter", "Jansen (proceseigenaar)", Groups.PROCESEIGENAREN);
    user(identity, "intake-systeem", "Meldsysteem", "GGD", Groups.KOPPELINGEN);
    for (RegionProperties.Municipality municipality : region.municipalities()) {
      String slug = slug(municipality.name());
      tenantUser(identity, "contractmanager-" + slug, "Contractmanager", municipality.name(), Groups.CONTRACTMANAGERS,
          municipality.code());
      tenantUser(identity, "college-" + slug, "Gemandateerde", municipality.name(), Groups.COLLEGE, municipality.code());
      tenantUser(identity, "manager-" + slug, "Teamleider", municipality.name(), Groups.MANAGERS, municipality.code());
    }
  }

  private void tenantUser(IdentityService identity, String id, String firstName, String lastName, String group,
      String tenant) {
    user(identity, id, firstName, lastName, group);
    if (identity.createTenantQuery().userMember(id).tenantId(tenant).count() == 0) {
      identity.createTenantUserMembership(tenant, id);
    }
  }

  private void user(IdentityService identity, String id, String firstName, String lastName, String group) {
    if (identity.createUserQuery().userId(id).singleResult() == null) {
      User user = identity.newUser(id);
      user.setFirstName(firstName);
      user.setLastName(lastName);
      user.setEmail(id + "@demo.example");
      user.setPassword(PASSWORD);
      identity.saveUser(user);
    }
    if (identity.createUserQuery().userId(id).memberOfGroup(group).count() == 0) {
      identity.createMembership(id, group);
    }
  }

  static String slug(String name) {
    return Normalizer.normalize(name, Normalizer.Form.NFD).replaceAll("\\p{M}", "")
        .toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("(^-|-$)", "");
  }
}

package nl.wmotoezicht.identity;

import java.util.Collection;
import java.util.List;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.springframework.stereotype.Component;

/**
 * Which municipalities the caller may act for: those whose tenant he is a member of. Region-wide groups
 * ({@link Groups#REGION_WIDE}: supervisors, external systems) are members of every municipality's tenant, so they may
 * name any; everyone else only his own. Administrators ({@value Groups#CAMUNDA_ADMIN}) may name any, as the engine's
 * tenant check lets them. Work the engine does by itself (jobs, hand-overs between cases) has no caller and is not
 * restricted. Checked at every start of a case, whichever path it came by (docs/security/tenancy.md).
 */
@Component
public class MunicipalityRights {

  private final IdentityService identityService;

  MunicipalityRights(IdentityService identityService) {
    this.identityService = identityService;
  }

  /** Whether the current caller may act for the municipality; true for the engine itself. */
  public boolean mayActFor(String municipalityCode) {
    Authentication caller = identityService.getCurrentAuthentication();
    return caller == null || caller.getUserId() == null || isAdministrator(caller)
        || tenants(caller).contains(municipalityCode);
  }

  /**
   * Refuses a municipality the current caller does not work for.
   *
   * @throws MunicipalityNotAllowedException when he may not act for it
   */
  public void requireMayActFor(String municipalityCode) {
    if (municipalityCode != null && !mayActFor(municipalityCode)) {
      throw new MunicipalityNotAllowedException("U mag geen zaken starten of bijwerken voor gemeente "
          + municipalityCode + "; alleen voor de gemeente(n) waarvoor u werkt.");
    }
  }

  public static boolean isAdministrator(Authentication caller) {
    return caller.getGroupIds() != null && caller.getGroupIds().contains(Groups.CAMUNDA_ADMIN);
  }

  private static Collection<String> tenants(Authentication caller) {
    return caller.getTenantIds() == null ? List.of() : caller.getTenantIds();
  }
}

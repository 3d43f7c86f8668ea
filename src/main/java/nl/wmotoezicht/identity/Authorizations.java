package nl.wmotoezicht.identity;

import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.authorization.Permission;
import org.camunda.bpm.engine.authorization.Resource;

/** Idempotent grants: running the set-up again adds what is missing and duplicates nothing. */
final class Authorizations {

  private final AuthorizationService service;

  Authorizations(AuthorizationService service) {
    this.service = service;
  }

  void grantGroup(String groupId, Resource resource, String resourceId, Permission... permissions) {
    Authorization authorization = grantOf(groupId, resource, resourceId);
    if (authorization == null) {
      authorization = service.createNewAuthorization(Authorization.AUTH_TYPE_GRANT);
      authorization.setGroupId(groupId);
      authorization.setResource(resource);
      authorization.setResourceId(resourceId);
    }
    boolean changed = authorization.getId() == null;
    for (Permission permission : permissions) {
      if (!authorization.isPermissionGranted(permission)) {
        authorization.addPermission(permission);
        changed = true;
      }
    }
    if (changed) {
      service.saveAuthorization(authorization);
    }
  }

  /** Removes the group's grant on the resource id, if there is one. */
  void revokeGroup(String groupId, Resource resource, String resourceId) {
    Authorization authorization = grantOf(groupId, resource, resourceId);
    if (authorization != null) {
      service.deleteAuthorization(authorization.getId());
    }
  }

  private Authorization grantOf(String groupId, Resource resource, String resourceId) {
    return service.createAuthorizationQuery()
        .authorizationType(Authorization.AUTH_TYPE_GRANT)
        .groupIdIn(groupId)
        .resourceType(resource)
        .resourceId(resourceId)
        .singleResult();
  }
}

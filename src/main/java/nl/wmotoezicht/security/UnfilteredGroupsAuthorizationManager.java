package nl.wmotoezicht.security;

import java.util.ArrayList;
import java.util.List;
import nl.wmotoezicht.kernel.FieldError;
import nl.wmotoezicht.kernel.InvalidInputException;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.interceptor.Session;
import org.camunda.bpm.engine.impl.interceptor.SessionFactory;
import org.camunda.bpm.engine.impl.persistence.entity.AuthorizationEntity;
import org.camunda.bpm.engine.impl.persistence.entity.AuthorizationManager;

/**
 * Camunda's authorization manager without its per-command scan of the authorization table.
 *
 * <p>Before its first check in a command Camunda reads every distinct group that has an authorization
 * ({@code SELECT distinct(GROUP_ID_) FROM ACT_RU_AUTHORIZATION}) and drops the user's other groups from the
 * {@code GROUP_ID_ IN (...)} lists of its checks. A group without any authorization row can never match such a
 * list, so dropping it changes no result; it only shortens the list for users with very many (LDAP) groups. Our
 * users have a handful of groups, while the table holds one authorization per open task: the scan grows with the
 * open work and runs in every command (bench P4: two of the 15 statements of a REST decision evaluation). This
 * manager passes the user's groups unchanged, so every check gives the same answer with one statement less.
 *
 * <p>Where {@link GrantOnlyAuthorizations} made REVOKE authorizations impossible (a check constraint, and the engine
 * no longer asks for them), it also refuses one before it reaches the database: a 400 problem {@code ongeldige-invoer}
 * on the field {@code type} that says why, instead of the 500 "exception in the persistence layer" that the
 * constraint alone gave Admin and {@code /engine-rest}.
 */
class UnfilteredGroupsAuthorizationManager extends AuthorizationManager {

  /** What Admin shows when someone creates a REVOKE (Dutch: user-facing). */
  static final String REVOKE_REFUSED = "Een weigering (REVOKE) kan hier niet worden vastgelegd: deze installatie werkt "
      + "alleen met toekenningen. Geef minder rechten in plaats van een weigering.";

  @Override
  public List<String> filterAuthenticatedGroupIds(List<String> authenticatedGroupIds) {
    if (authenticatedGroupIds == null || authenticatedGroupIds.isEmpty()) {
      return super.filterAuthenticatedGroupIds(authenticatedGroupIds);
    }
    return new ArrayList<>(authenticatedGroupIds);
  }

  @Override
  public void validateResourceCompatibility(AuthorizationEntity authorization) {
    if (authorization.getAuthorizationType() == Authorization.AUTH_TYPE_REVOKE
        && ProcessEngineConfigurationImpl.AUTHORIZATION_CHECK_REVOKE_NEVER.equals(
            Context.getProcessEngineConfiguration().getAuthorizationCheckRevokes())) {
      throw new InvalidInputException(List.of(new FieldError("type", REVOKE_REFUSED)));
    }
    super.validateResourceCompatibility(authorization);
  }

  /** Opens this manager where the engine asks for its {@link AuthorizationManager}. */
  static final class Factory implements SessionFactory {

    @Override
    public Class<?> getSessionType() {
      return AuthorizationManager.class;
    }

    @Override
    public Session openSession() {
      return new UnfilteredGroupsAuthorizationManager();
    }
  }
}

package nl.wmotoezicht.identity;

import java.util.Arrays;
import java.util.Collection;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.User;
import org.springframework.stereotype.Component;

/**
 * Users by name, as the platform shows them to people ("Sanne Jansen" rather than {@code toezichthouder-heerlen}): the
 * first and last name of the engine's user; the id when the user has no name or is not (or no longer) known. One
 * query for any number of users. The query runs with the engine identity of the caller: a caller who may not read
 * users wraps the call ({@code EngineIdentity.asSystem}) after checking her right to the thing named.
 */
@Component
public class UserNames {

  private final IdentityService identityService;

  UserNames(IdentityService identityService) {
    this.identityService = identityService;
  }

  /** The names of these users by user id (every non-null id given is a key); empty for none. */
  public Map<String, String> of(Collection<String> userIds) {
    String[] ids = userIds.stream().filter(Objects::nonNull).distinct().toArray(String[]::new);
    if (ids.length == 0) {
      return Map.of();
    }
    Map<String, User> users = identityService.createUserQuery().userIdIn(ids).list().stream()
        .collect(Collectors.toMap(User::getId, Function.identity(), (a, b) -> a));
    return Arrays.stream(ids).collect(Collectors.toMap(Function.identity(), id -> name(users.get(id), id)));
  }

  private static String name(User user, String userId) {
    if (user == null) {
      return userId;
    }
    String name = ((user.getFirstName() == null ? "" : user.getFirstName()) + " "
        + (user.getLastName() == null ? "" : user.getLastName())).trim();
    return name.isEmpty() ? userId : name;
  }
}

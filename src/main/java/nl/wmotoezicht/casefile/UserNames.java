package nl.wmotoezicht.casefile;

import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.User;
import org.springframework.stereotype.Component;

/**
 * Users by name, as the case file shows them ("Sanne Jansen" rather than {@code toezichthouder-heerlen}): the first and
 * last name of the engine's user; the id when the user has no name or is not (or no longer) known.
 */
@Component
class UserNames {

  private final IdentityService identityService;

  UserNames(IdentityService identityService) {
    this.identityService = identityService;
  }

  /** A lookup for one reading of a case file: it asks the engine once per user. */
  Lookup lookup() {
    return new Lookup();
  }

  /** Names for one reading of a case file. */
  final class Lookup {

    private final Map<String, String> names = new HashMap<>();

    /** The user's name, the id when it has none, or null for no user. */
    String name(String userId) {
      if (userId == null || userId.isBlank()) {
        return null;
      }
      return names.computeIfAbsent(userId, UserNames.this::lookUp);
    }

    /** The text with each comma-separated part that is a user id replaced by the user's name (e.g. an assignee). */
    String nameOrText(String text) {
      if (text == null) {
        return null;
      }
      return String.join(", ", Arrays.stream(text.split(",\\s*")).map(this::name).toList());
    }

    /** The names looked up so far, by user id. */
    Map<String, String> known() {
      return Map.copyOf(names);
    }
  }

  private String lookUp(String userId) {
    User user = identityService.createUserQuery().userId(userId).singleResult();
    if (user == null) {
      return userId;
    }
    String name = ((user.getFirstName() == null ? "" : user.getFirstName()) + " "
        + (user.getLastName() == null ? "" : user.getLastName())).trim();
    return name.isEmpty() ? userId : name;
  }
}

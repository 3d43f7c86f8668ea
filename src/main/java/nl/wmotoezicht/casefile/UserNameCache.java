package nl.wmotoezicht.casefile;

import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import nl.wmotoezicht.identity.UserNames;
import org.springframework.stereotype.Component;

/**
 * Users by name for one reading of a case file ({@link UserNames}: "Sanne Jansen" rather than {@code
 * toezichthouder-heerlen}), each user looked up once per reading.
 */
@Component
class UserNameCache {

  private final UserNames userNames;

  UserNameCache(UserNames userNames) {
    this.userNames = userNames;
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
      return names.computeIfAbsent(userId, UserNameCache.this::lookUp);
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
    return userNames.of(List.of(userId)).get(userId);
  }
}

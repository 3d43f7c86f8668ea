package nl.wmotoezicht.identity;

import java.util.List;

/**
 * Which groups may start a process. Each process package declares one as a bean; the identity
 * set-up grants CREATE_INSTANCE on that process definition to exactly these groups.
 *
 * @param processKey the process definition key
 * @param groups the groups that may start it (by hand in Tasklist or over REST)
 */
public record StartRights(String processKey, List<String> groups) {

  public static StartRights of(String processKey, String... groups) {
    return new StartRights(processKey, List.of(groups));
  }
}

package nl.wmotoezicht.identity;

import java.util.List;

/**
 * Tasks that exist because a case waits on the provider (a report that came late, an improvement or repair to
 * monitor, a recheck at the end of a term the provider had to comply within). Each process module declares its own
 * as a bean; the identity set-up puts all of them in the Tasklist filter "Wacht op aanbieder".
 *
 * @param taskDefinitionKeys the ids of the user tasks in the module's models
 */
public record WaitingOnProvider(List<String> taskDefinitionKeys) {

  public static WaitingOnProvider of(String... taskDefinitionKeys) {
    return new WaitingOnProvider(List.of(taskDefinitionKeys));
  }
}

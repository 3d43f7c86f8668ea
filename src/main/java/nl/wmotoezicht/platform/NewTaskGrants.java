package nl.wmotoezicht.platform;

import org.camunda.bpm.engine.authorization.Resource;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.cfg.auth.DefaultAuthorizationProvider;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.db.entitymanager.cache.DbEntityCache;
import org.camunda.bpm.engine.impl.interceptor.CommandContext;
import org.camunda.bpm.engine.impl.persistence.entity.AuthorizationEntity;
import org.camunda.bpm.engine.impl.persistence.entity.TaskEntity;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Camunda's default authorizations for a task's candidates, assignee and owner ({@link DefaultAuthorizationProvider}:
 * READ and UPDATE on the task for each of them), without asking the database for an existing grant on a task that the
 * running command has just created (issue 16, bench P1 and P3: one query per new user task).
 *
 * <p>Before it grants, Camunda's provider looks up the group's or user's existing grant on the task, to add the
 * permissions to it rather than insert a second one. A task created in the running command has an id no row of the
 * database can name yet (the task itself is inserted at the end of the command), so for such a task the lookup's answer
 * is known: none. That is what this provider answers, without the query; for any other task it asks the database as
 * Camunda does. Which authorizations are written is therefore exactly Camunda's.
 *
 * <p>Set only where no other provider was configured (a configured one is left as it is, with a warning).
 */
@Component
class NewTaskGrants extends AbstractProcessEnginePlugin {

  private static final Logger LOG = LoggerFactory.getLogger(NewTaskGrants.class);

  @Override
  public void preInit(ProcessEngineConfigurationImpl configuration) {
    if (configuration.getResourceAuthorizationProvider() == null) {
      configuration.setResourceAuthorizationProvider(new Provider());
    } else if (!(configuration.getResourceAuthorizationProvider() instanceof Provider)) {
      LOG.warn("A resource authorization provider is configured ({}): every new user task asks the database for "
          + "existing grants on it, as Camunda does", configuration.getResourceAuthorizationProvider().getClass());
    }
  }

  /** Camunda's default provider; the lookup of a grant on a task created in the running command is not sent. */
  static final class Provider extends DefaultAuthorizationProvider {

    @Override
    protected AuthorizationEntity getGrantAuthorization(String taskId, String userId, String groupId,
        Resource resource) {
      return createdInThisCommand(taskId) ? null : super.getGrantAuthorization(taskId, userId, groupId, resource);
    }

    /** True if the task is new in the running command: in its entity cache and not yet in the database. */
    static boolean createdInThisCommand(String taskId) {
      CommandContext command = Context.getCommandContext();
      if (command == null || taskId == null) {
        return false;
      }
      DbEntityCache cache = command.getDbEntityManager().getDbEntityCache();
      TaskEntity task = cache.get(TaskEntity.class, taskId);
      return task != null && cache.isTransient(task);
    }
  }
}

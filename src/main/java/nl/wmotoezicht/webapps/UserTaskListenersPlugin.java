package nl.wmotoezicht.webapps;

import java.util.ArrayList;
import java.util.List;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.impl.bpmn.behavior.UserTaskActivityBehavior;
import org.camunda.bpm.engine.impl.bpmn.parser.AbstractBpmnParseListener;
import org.camunda.bpm.engine.impl.bpmn.parser.BpmnParseListener;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.pvm.process.ActivityImpl;
import org.camunda.bpm.engine.impl.pvm.process.ScopeImpl;
import org.camunda.bpm.engine.impl.task.TaskDefinition;
import org.camunda.bpm.engine.impl.util.xml.Element;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Listeners on every user task: puts {@link FormInputCheck} first among the complete listeners of every user task of every model (packaged or
 * deployed from Modeler), so a form's values are checked before the task's own validator and the process read
 * them; and {@link TaskListVariables} on creating and updating every user task, for the task lists' columns.
 * Marks form submissions over REST ({@link FormSubmissionFilter}).
 */
@Configuration
class UserTaskListenersPlugin extends AbstractProcessEnginePlugin {

  private final FormInputCheck check = new FormInputCheck();
  private final TaskListVariables listVariables = new TaskListVariables();

  @Override
  public void preInit(ProcessEngineConfigurationImpl configuration) {
    List<BpmnParseListener> listeners = configuration.getCustomPreBPMNParseListeners() == null
        ? new ArrayList<>() : new ArrayList<>(configuration.getCustomPreBPMNParseListeners());
    listeners.add(new AbstractBpmnParseListener() {
      @Override
      public void parseUserTask(Element userTaskElement, ScopeImpl scope, ActivityImpl activity) {
        if (activity.getActivityBehavior() instanceof UserTaskActivityBehavior behavior) {
          TaskDefinition definition = behavior.getTaskDefinition();
          definition.getTaskListeners().computeIfAbsent(TaskListener.EVENTNAME_COMPLETE, event -> new ArrayList<>())
              .add(0, check);
          definition.addTaskListener(TaskListener.EVENTNAME_CREATE, listVariables);
          definition.addTaskListener(TaskListener.EVENTNAME_UPDATE, listVariables);
        }
      }
    });
    configuration.setCustomPreBPMNParseListeners(listeners);
  }

  @Bean
  FilterRegistrationBean<FormSubmissionFilter> formSubmissionFilter() {
    FilterRegistrationBean<FormSubmissionFilter> registration = new FilterRegistrationBean<>(new FormSubmissionFilter());
    registration.setName("wmoFormSubmission");
    registration.addUrlPatterns("/engine-rest/*", "/camunda/api/engine/*");
    registration.setOrder(1);
    return registration;
  }
}

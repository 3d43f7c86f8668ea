package nl.wmotoezicht.security.model;

import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.persistence.deploy.Deployer;
import org.camunda.bpm.engine.impl.persistence.entity.DeploymentEntity;
import org.camunda.bpm.engine.impl.persistence.entity.ResourceEntity;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationContext;
import org.springframework.context.annotation.Bean;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * A process owner may change flow, forms, decisions, terms and texts, never run code of his own
 * ({@code docs/security/hardening.md}). Two locks, both on the engine itself so that every path (REST,
 * Cockpit, start-up) passes them:
 * <ul>
 *   <li>at deployment, before anything is stored, every new BPMN/DMN/CMMN resource is checked by
 *   {@link ModelContentCheck}; a finding refuses the whole deployment (400 naming the element);</li>
 *   <li>every expression is evaluated by the {@link RestrictedExpressionManager}, which resolves only what the
 *   {@link ModelAllowList} allows.</li>
 * </ul>
 */
@Component
@Order(5)
public class ModelPolicyPlugin extends AbstractProcessEnginePlugin {

  private static final Logger LOG = LoggerFactory.getLogger(ModelPolicyPlugin.class);
  private static final String APPLICATION_PACKAGE = "nl.wmotoezicht.";

  private final ApplicationContext context;
  private final ModelAllowList allowList;
  private final ModelContentCheck check;

  public ModelPolicyPlugin(ApplicationContext context) {
    this.context = context;
    Map<String, Boolean> delegates = new ConcurrentHashMap<>();
    this.allowList = ModelAllowList.load(
        name -> delegates.computeIfAbsent(name, n -> isDelegate(context, n)),
        context::containsBean);
    this.check = new ModelContentCheck(new ExpressionPolicy(allowList));
  }

  public ModelAllowList allowList() {
    return allowList;
  }

  public ModelContentCheck check() {
    return check;
  }

  @Override
  public void preInit(ProcessEngineConfigurationImpl configuration) {
    configuration.setExpressionManager(new RestrictedExpressionManager(allowList,
        name -> context.containsBean(name) ? context.getBean(name) : null));
    List<Deployer> preDeployers = configuration.getCustomPreDeployers() == null ? new ArrayList<>()
        : new ArrayList<>(configuration.getCustomPreDeployers());
    preDeployers.add(0, this::checkDeployment);
    configuration.setCustomPreDeployers(preDeployers);
  }

  /** Runs before the engine's own deployers, inside the deployment's transaction. */
  void checkDeployment(DeploymentEntity deployment) {
    if (!deployment.isNew()) {
      return; // stored before: read back into the cache, guarded by the expression manager at run time
    }
    List<ModelContentCheck.Finding> findings = new ArrayList<>();
    for (ResourceEntity resource : deployment.getResources().values()) {
      if (ModelContentCheck.isModel(resource.getName())) {
        findings.addAll(check.check(resource.getName(), resource.getBytes()));
      }
    }
    if (!findings.isEmpty()) {
      LOG.warn("Deployment '{}' geweigerd: {}", deployment.getName(),
          findings.stream().map(ModelContentCheck.Finding::describe).toList());
      throw new ForbiddenModelContentException(findings);
    }
  }

  private static boolean isDelegate(ApplicationContext context, String name) {
    if (!context.containsBean(name)) {
      return false;
    }
    Class<?> type = context.getType(name);
    if (type != null && type.isInterface()) {
      // a @Bean method declared as JavaDelegate (e.g. a lambda): ours when the method is declared in our code;
      // the bean itself is not created here (it may need the engine that is being built)
      return isDelegateType(type) && declaredInApplication(context, name);
    }
    if (type == null || !type.getName().startsWith(APPLICATION_PACKAGE)) {
      return false;
    }
    return isDelegateType(type);
  }

  private static boolean isDelegateType(Class<?> type) {
    return JavaDelegate.class.isAssignableFrom(type) || ExecutionListener.class.isAssignableFrom(type)
        || TaskListener.class.isAssignableFrom(type);
  }

  private static boolean declaredInApplication(ApplicationContext context, String name) {
    if (!(context instanceof org.springframework.context.ConfigurableApplicationContext configurable)
        || !configurable.getBeanFactory().containsBeanDefinition(name)) {
      return false;
    }
    var definition = configurable.getBeanFactory().getBeanDefinition(name);
    if (definition instanceof org.springframework.beans.factory.annotation.AnnotatedBeanDefinition annotated
        && annotated.getFactoryMethodMetadata() != null) {
      return annotated.getFactoryMethodMetadata().getDeclaringClassName().startsWith(APPLICATION_PACKAGE);
    }
    return definition.getBeanClassName() != null && definition.getBeanClassName().startsWith(APPLICATION_PACKAGE);
  }

  /** {@code /engine-rest} answers a refused model with a 400 problem naming each element. */
  @Bean
  static ExceptionMapper<ForbiddenModelContentException> forbiddenModelContentMapper() {
    return new ForbiddenModelContentMapper();
  }

  static final class ForbiddenModelContentMapper implements ExceptionMapper<ForbiddenModelContentException> {
    @Override
    public Response toResponse(ForbiddenModelContentException e) {
      Map<String, Object> problem = new LinkedHashMap<>();
      problem.put("type", "https://wmotoezicht.nl/problemen/model-geweigerd");
      problem.put("title", "Model geweigerd");
      problem.put("status", 400);
      problem.put("detail", "Het model bevat iets dat een proceseigenaar niet mag uitrollen: scripts, Java-klassen "
          + "of expressies buiten de toegestane bouwstenen (docs/security/hardening.md). " + e.getMessage());
      problem.put("errors", e.findings().stream().map(f -> {
        Map<String, String> error = new LinkedHashMap<>();
        error.put("resource", f.resource());
        error.put("element", f.elementId());
        if (f.elementName() != null) {
          error.put("elementName", f.elementName());
        }
        error.put("message", f.reason());
        return error;
      }).toList());
      return Response.status(400).type("application/problem+json").entity(problem).build();
    }
  }
}

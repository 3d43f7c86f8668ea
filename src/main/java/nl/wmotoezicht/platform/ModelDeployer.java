package nl.wmotoezicht.platform;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.repository.Deployment;
import org.camunda.bpm.engine.repository.DeploymentBuilder;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.annotation.Order;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.core.io.support.ResourcePatternResolver;
import org.springframework.stereotype.Component;

/**
 * Deploys the models of {@code processes/}, {@code decisions/} and {@code forms/} at start-up as
 * one deployment shared by the region, with stable resource names ({@code processes/calamiteit.bpmn}).
 * Unchanged models create no new versions; when any model changed the set is deployed again, so a
 * process and the forms it references ({@code formRefBinding="deployment"}) always travel together,
 * while running instances stay on their version.
 *
 * <p>A municipality overrides a decision table for itself with a file in
 * {@code decisions/tenants/<municipality code>/}: it is deployed for that tenant only, and the
 * region's table stays the default for the others.
 */
@Component
@Order(30)
class ModelDeployer extends AbstractProcessEnginePlugin {

  static final String DEPLOYMENT_NAME = "wmo-toezicht";
  private static final Logger LOG = LoggerFactory.getLogger(ModelDeployer.class);
  private static final String[] SHARED_PATTERNS =
      {"classpath*:processes/*.bpmn", "classpath*:decisions/*.dmn", "classpath*:forms/*.form"};
  private static final String TENANT_PATTERN = "classpath*:decisions/tenants/*/*.dmn";

  private final ResourcePatternResolver resolver = new PathMatchingResourcePatternResolver();

  @Override
  public void postProcessEngineBuild(ProcessEngine engine) {
    try {
      Map<String, Resource> shared = new TreeMap<>();
      for (String pattern : SHARED_PATTERNS) {
        for (Resource resource : resolver.getResources(pattern)) {
          shared.put(folderOf(pattern) + "/" + resource.getFilename(), resource);
        }
      }
      deploy(engine, DEPLOYMENT_NAME, null, shared);
      Map<String, Map<String, Resource>> perTenant = new TreeMap<>();
      for (Resource resource : resolver.getResources(TENANT_PATTERN)) {
        String tenant = tenantOf(resource);
        perTenant.computeIfAbsent(tenant, t -> new TreeMap<>())
            .put("decisions/tenants/" + tenant + "/" + resource.getFilename(), resource);
      }
      perTenant.forEach((tenant, resources) -> deploy(engine, DEPLOYMENT_NAME + "-" + tenant, tenant, resources));
    } catch (IOException e) {
      throw new IllegalStateException("Modellen konden niet worden gelezen", e);
    }
  }

  private static void deploy(ProcessEngine engine, String name, String tenantId, Map<String, Resource> resources) {
    if (resources.isEmpty()) {
      return;
    }
    DeploymentBuilder builder = engine.getRepositoryService().createDeployment()
        .name(name)
        .source(DEPLOYMENT_NAME)
        .tenantId(tenantId)
        .enableDuplicateFiltering(false);
    List<InputStream> streams = new ArrayList<>();
    try {
      for (Map.Entry<String, Resource> entry : resources.entrySet()) {
        InputStream in = entry.getValue().getInputStream();
        streams.add(in);
        builder.addInputStream(entry.getKey(), in);
      }
      Deployment deployment = builder.deploy();
      LOG.info("Models {} deployed as '{}' (deployment {}, tenant {})", resources.keySet(), name,
          deployment.getId(), tenantId == null ? "shared" : tenantId);
    } catch (IOException e) {
      throw new IllegalStateException("Model kon niet worden gelezen", e);
    } finally {
      streams.forEach(ModelDeployer::closeQuietly);
    }
  }

  private static String folderOf(String pattern) {
    return pattern.substring("classpath*:".length(), pattern.indexOf('/'));
  }

  private static String tenantOf(Resource resource) throws IOException {
    String path = resource.getURL().getPath();
    String[] parts = path.split("/");
    return parts[parts.length - 2];
  }

  private static void closeQuietly(InputStream in) {
    try {
      in.close();
    } catch (IOException ignored) {
      // nothing was written; nothing to lose
    }
  }
}

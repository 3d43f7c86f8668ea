package nl.wmotoezicht.platform;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import com.github.benmanes.caffeine.cache.Ticker;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.cfg.TransactionState;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.dmn.entity.repository.DecisionDefinitionEntity;
import org.camunda.bpm.engine.impl.interceptor.CommandContext;
import org.camunda.bpm.engine.impl.persistence.deploy.Deployer;
import org.camunda.bpm.engine.impl.persistence.entity.DeploymentEntity;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Which decision definition is the latest version of a key, for the region (no tenant) or for one municipality
 * (tenant), remembered for a short while so that a REST evaluation by key does not query
 * {@code ACT_RE_DECISION_DEF} for it every time ({@link EvaluateLatestDecisionCmd}; bench P4,
 * {@code bench/RESULTS.md, "Wave 6: P4"}).
 *
 * <p>Only the definition id is kept, never who may see it: whoever asks is checked on every request (READ on the
 * decision definition, membership of the tenant) exactly as Camunda's definition query checks it. An entry is
 * forgotten
 * <ul>
 *   <li>when a deployment is made on this node: at once and again when its transaction commits, so that an
 *   evaluation that started before the commit cannot keep the old version ({@link #preInit});</li>
 *   <li>when the definition it names no longer exists (its deployment was deleted, on any node): the evaluation
 *   then looks the key up again ({@link EvaluateLatestDecisionCmd});</li>
 *   <li>after {@code wmo.rest.decision-definition-cache.ttl} (default 5 seconds): a version deployed on
 *   another node is evaluated here at most that long after its deployment (docs/beheer-sizing.md).</li>
 * </ul>
 * A key that has no definition is never remembered.
 */
@Component
public class LatestDecisionDefinitions extends AbstractProcessEnginePlugin {

  /** At most this many (key, tenant) pairs; there are a few dozen decisions per tenant. */
  static final int MAX_ENTRIES = 10_000;

  private record Key(String decisionKey, String tenantId) {
  }

  private final Cache<Key, String> latestIds;
  private final boolean enabled;

  @Autowired
  LatestDecisionDefinitions(@Value("${wmo.rest.decision-definition-cache.ttl:5s}") Duration ttl) {
    this(ttl, Ticker.systemTicker());
  }

  LatestDecisionDefinitions(Duration ttl, Ticker ticker) {
    this.latestIds = Caffeine.newBuilder().maximumSize(MAX_ENTRIES).expireAfterWrite(ttl).ticker(ticker).build();
    // a TTL of zero turns the cache off: every evaluation looks the key up
    this.enabled = !ttl.isZero();
  }

  /**
   * The id of the latest definition with this key and tenant ({@code null}: the definition without tenant), or
   * null if there is none. Runs in the caller's command; reads the database only when nothing is remembered.
   */
  String latestId(CommandContext commandContext, String decisionKey, String tenantId) {
    Key key = new Key(Objects.requireNonNull(decisionKey), tenantId);
    String id = latestIds.getIfPresent(key);
    if (id != null) {
      return id;
    }
    DecisionDefinitionEntity latest = commandContext.getDecisionDefinitionManager()
        .findLatestDecisionDefinitionByKeyAndTenantId(decisionKey, tenantId);
    if (latest == null) {
      return null;
    }
    if (enabled) {
      latestIds.put(key, latest.getId());
    }
    return latest.getId();
  }

  /** Forgets the entry for this key and tenant if it still names this definition. */
  void forget(String decisionKey, String tenantId, String definitionId) {
    latestIds.asMap().remove(new Key(decisionKey, tenantId), definitionId);
  }

  /** Forgets everything (a deployment on this node). */
  void forgetAll() {
    latestIds.invalidateAll();
  }

  long size() {
    latestIds.cleanUp();
    return latestIds.estimatedSize();
  }

  /** A deployer after Camunda's own: every deployment made on this node makes the remembered versions obsolete. */
  @Override
  public void preInit(ProcessEngineConfigurationImpl configuration) {
    List<Deployer> postDeployers = configuration.getCustomPostDeployers() == null
        ? new ArrayList<>() : new ArrayList<>(configuration.getCustomPostDeployers());
    postDeployers.add(this::deployed);
    configuration.setCustomPostDeployers(postDeployers);
  }

  private void deployed(DeploymentEntity deployment) {
    forgetAll();
    CommandContext commandContext = Context.getCommandContext();
    if (commandContext != null) {
      commandContext.getTransactionContext().addTransactionListener(TransactionState.COMMITTED, context -> forgetAll());
    }
  }
}

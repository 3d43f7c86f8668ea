package nl.wmotoezicht.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicLong;
import org.camunda.bpm.engine.impl.dmn.entity.repository.DecisionDefinitionEntity;
import org.camunda.bpm.engine.impl.dmn.entity.repository.DecisionDefinitionManager;
import org.camunda.bpm.engine.impl.interceptor.CommandContext;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * How long {@link LatestDecisionDefinitions} keeps the latest version of a key: the staleness a node has for a
 * version deployed on another node is bounded by the TTL, and nothing that does not exist is kept.
 */
class LatestDecisionDefinitionsTest {

  private final AtomicLong nanos = new AtomicLong();
  private final CommandContext commandContext = mock(CommandContext.class);
  private final DecisionDefinitionManager manager = mock(DecisionDefinitionManager.class);

  @BeforeEach
  void setUp() {
    when(commandContext.getDecisionDefinitionManager()).thenReturn(manager);
    when(manager.findLatestDecisionDefinitionByKeyAndTenantId("maatregelcategorie", null)).thenReturn(definition("v1"));
    when(manager.findLatestDecisionDefinitionByKeyAndTenantId("maatregelcategorie", "GM0935"))
        .thenReturn(definition("gm0935-v1"));
  }

  private static DecisionDefinitionEntity definition(String id) {
    DecisionDefinitionEntity definition = new DecisionDefinitionEntity();
    definition.setId(id);
    return definition;
  }

  private LatestDecisionDefinitions cache(Duration ttl) {
    return new LatestDecisionDefinitions(ttl, nanos::get);
  }

  @Test
  void aVersionDeployedElsewhereIsSeenOnceTheTtlHasPassed() {
    LatestDecisionDefinitions latest = cache(Duration.ofSeconds(5));
    assertThat(latest.latestId(commandContext, "maatregelcategorie", null)).isEqualTo("v1");

    // another node deploys version 2: this node keeps version 1 for at most the TTL
    when(manager.findLatestDecisionDefinitionByKeyAndTenantId("maatregelcategorie", null)).thenReturn(definition("v2"));
    nanos.addAndGet(Duration.ofMillis(4_900).toNanos());
    assertThat(latest.latestId(commandContext, "maatregelcategorie", null)).isEqualTo("v1");
    nanos.addAndGet(Duration.ofMillis(200).toNanos());
    assertThat(latest.latestId(commandContext, "maatregelcategorie", null)).isEqualTo("v2");
    verify(manager, times(2)).findLatestDecisionDefinitionByKeyAndTenantId("maatregelcategorie", null);
  }

  @Test
  void theRegionAndATenantAreKeptApartAndADeploymentHereForgetsBoth() {
    LatestDecisionDefinitions latest = cache(Duration.ofSeconds(5));
    assertThat(latest.latestId(commandContext, "maatregelcategorie", null)).isEqualTo("v1");
    assertThat(latest.latestId(commandContext, "maatregelcategorie", "GM0935")).isEqualTo("gm0935-v1");
    assertThat(latest.latestId(commandContext, "maatregelcategorie", "GM0935")).isEqualTo("gm0935-v1");
    verify(manager, times(1)).findLatestDecisionDefinitionByKeyAndTenantId("maatregelcategorie", "GM0935");

    latest.forgetAll();
    assertThat(latest.size()).isZero();
    latest.latestId(commandContext, "maatregelcategorie", "GM0935");
    verify(manager, times(2)).findLatestDecisionDefinitionByKeyAndTenantId("maatregelcategorie", "GM0935");
  }

  @Test
  void aMissingKeyIsNeverKeptAndADeletedDefinitionIsForgottenOnlyByItsOwnId() {
    LatestDecisionDefinitions latest = cache(Duration.ofSeconds(5));
    assertThat(latest.latestId(commandContext, "bestaatNiet", null)).isNull();
    assertThat(latest.latestId(commandContext, "bestaatNiet", null)).isNull();
    verify(manager, times(2)).findLatestDecisionDefinitionByKeyAndTenantId("bestaatNiet", null);

    latest.latestId(commandContext, "maatregelcategorie", null);
    latest.forget("maatregelcategorie", null, "an-older-id");
    latest.latestId(commandContext, "maatregelcategorie", null);
    verify(manager, times(1)).findLatestDecisionDefinitionByKeyAndTenantId("maatregelcategorie", null);
    latest.forget("maatregelcategorie", null, "v1");
    latest.latestId(commandContext, "maatregelcategorie", null);
    verify(manager, times(2)).findLatestDecisionDefinitionByKeyAndTenantId("maatregelcategorie", null);
  }

  @Test
  void aTtlOfZeroLooksTheKeyUpEveryTime() {
    LatestDecisionDefinitions latest = cache(Duration.ZERO);
    latest.latestId(commandContext, "maatregelcategorie", null);
    latest.latestId(commandContext, "maatregelcategorie", null);
    verify(manager, times(2)).findLatestDecisionDefinitionByKeyAndTenantId("maatregelcategorie", null);
  }
}

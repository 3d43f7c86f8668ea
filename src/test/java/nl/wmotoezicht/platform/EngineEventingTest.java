package nl.wmotoezicht.platform;

import static org.assertj.core.api.Assertions.assertThat;

import nl.wmotoezicht.testsupport.WmoIntegrationTest;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.spring.boot.starter.event.PublishDelegateParseListener;
import org.camunda.bpm.spring.boot.starter.event.PublishHistoryEventHandler;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Issue 16 (request path): the starter's Spring eventing is off, so no activity, sequence flow, task or history event
 * is copied into a Spring event (nothing in the platform listens to them), while history is still written by the
 * engine's own database handler at level full.
 */
@WmoIntegrationTest
class EngineEventingTest {

  @Autowired
  ProcessEngineConfigurationImpl configuration;

  @Test
  void noExecutionOrTaskEventIsPublishedToSpring() {
    assertThat(configuration.getCustomPreBPMNParseListeners()).noneMatch(PublishDelegateParseListener.class::isInstance);
    assertThat(configuration.getCustomPostBPMNParseListeners()).noneMatch(PublishDelegateParseListener.class::isInstance);
  }

  @Test
  void historyGoesToTheDatabaseOnlyAndStaysFull() {
    assertThat(configuration.getCustomHistoryEventHandlers()).noneMatch(PublishHistoryEventHandler.class::isInstance);
    assertThat(configuration.isEnableDefaultDbHistoryEventHandler()).isTrue();
    assertThat(configuration.getHistoryLevel().getName()).isEqualTo("full");
  }
}

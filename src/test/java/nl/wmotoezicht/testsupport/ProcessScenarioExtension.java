package nl.wmotoezicht.testsupport;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.test.assertions.bpmn.AbstractAssertions;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.platform.commons.support.AnnotationSupport;
import org.springframework.test.context.junit.jupiter.SpringExtension;

/** The set-up and tear-down of every {@link ProcessScenario}. */
class ProcessScenarioExtension implements BeforeEachCallback, AfterEachCallback {

  @Override
  public void beforeEach(ExtensionContext context) {
    AbstractAssertions.init(engine(context));
    TestMailServer.get();
    String startsAt = AnnotationSupport.findAnnotation(context.getRequiredTestClass(), ProcessScenario.class)
        .map(ProcessScenario::startsAt).orElseThrow();
    ProcessTestSupport.setClock(startsAt);
  }

  @Override
  public void afterEach(ExtensionContext context) {
    ClockUtil.reset();
    engine(context).getIdentityService().clearAuthentication();
  }

  private static ProcessEngine engine(ExtensionContext context) {
    return SpringExtension.getApplicationContext(context).getBean(ProcessEngine.class);
  }
}

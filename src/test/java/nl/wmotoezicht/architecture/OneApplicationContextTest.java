package nl.wmotoezicht.architecture;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import nl.wmotoezicht.testsupport.WmoIntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.Configuration;
import org.springframework.test.context.TestContextManager;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.context.junit.jupiter.SpringJUnitConfig;

/**
 * The suite keeps one application context (testsupport/OneApplicationContext): a test class whose configuration
 * differs fails, named, before its context starts, and the suite's context is left alone; a class with the suite's
 * configuration shares the open context. The probe classes below have no tests of their own: this test drives the
 * Spring test framework for them as JUnit would.
 */
@WmoIntegrationTest
class OneApplicationContextTest {

  @Autowired ConfigurableApplicationContext suiteContext;

  @Test
  void aTestClassThatWouldStartASecondContextFailsNamingItself() {
    TestContextManager other = new TestContextManager(WithItsOwnConfiguration.class);

    assertThatThrownBy(() -> other.prepareTestInstance(new WithItsOwnConfiguration()))
        .rootCause().isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("Test class " + WithItsOwnConfiguration.class.getName()
            + " would start a second Spring application context")
        .hasMessageContaining("Camunda's engine registry");
    assertThat(suiteContext.isActive()).isTrue();
  }

  @Test
  void aSuiteTestWithAPropertyOfItsOwnFailsToo() {
    // the mistake wave 5 made: one extra property on an otherwise ordinary integration test
    TestContextManager other = new TestContextManager(WithAPropertyOfItsOwn.class);

    assertThatThrownBy(() -> other.prepareTestInstance(new WithAPropertyOfItsOwn()))
        .rootCause().isInstanceOf(IllegalStateException.class)
        .hasMessageContaining(WithAPropertyOfItsOwn.class.getName());
    assertThat(suiteContext.isActive()).isTrue();
  }

  @Test
  void aTestClassWithTheSuitesConfigurationSharesTheOpenContext() throws Exception {
    TestContextManager same = new TestContextManager(WithTheSuitesConfiguration.class);

    same.prepareTestInstance(new WithTheSuitesConfiguration());

    assertThat(same.getTestContext().getApplicationContext()).isSameAs(suiteContext);
  }

  /** A test class with a configuration of its own. */
  @SpringJUnitConfig(WithItsOwnConfiguration.Empty.class)
  static class WithItsOwnConfiguration {

    @Configuration
    static class Empty {
    }
  }

  /** An integration test with one property of its own: another context. */
  @WmoIntegrationTest
  @TestPropertySource(properties = "wmo.demo.history.sign-in-wait=PT5S")
  static class WithAPropertyOfItsOwn {
  }

  /** An integration test as every other. */
  @WmoIntegrationTest
  static class WithTheSuitesConfiguration {
  }
}

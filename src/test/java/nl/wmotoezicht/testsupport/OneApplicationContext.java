package nl.wmotoezicht.testsupport;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.test.context.ContextConfigurationAttributes;
import org.springframework.test.context.ContextCustomizer;
import org.springframework.test.context.ContextCustomizerFactory;
import org.springframework.test.context.MergedContextConfiguration;

/**
 * The suite keeps one Spring application context ({@link WmoIntegrationTest}): two contexts in one JVM share
 * Camunda's engine registry (the second engine replaces the first as the default engine of the JVM, its job executor
 * and caches act on the other's tests), and unrelated tests then fail far from their cause. Registered for every test
 * class through {@code META-INF/spring.factories}, this guard fails the test class that would start a second context
 * while the first is open, naming it and the class that started the first, before anything of the second context is
 * created (the failure is that class's "Failed to load ApplicationContext", caused by this guard's message).
 *
 * <p>A context is created only for a configuration not in the framework's context cache, and then with the
 * configuration of the test class that needs it, so that configuration names the offending class. The customizer is
 * the same for every class, so it does not change how contexts are cached and shared.
 */
public class OneApplicationContext implements ContextCustomizerFactory {

  static final Guard GUARD = new Guard();

  @Override
  public ContextCustomizer createContextCustomizer(Class<?> testClass,
      List<ContextConfigurationAttributes> configAttributes) {
    return new Customizer();
  }

  /** Customizes every context the same way (equal for the context cache): hands the starting context to the guard. */
  record Customizer() implements ContextCustomizer {

    @Override
    public void customizeContext(ConfigurableApplicationContext context, MergedContextConfiguration configuration) {
      GUARD.starting(context, configuration.getTestClass());
    }
  }

  /** The open contexts of this JVM and the test class that started each. */
  static final class Guard {

    private final Map<ConfigurableApplicationContext, String> open = new LinkedHashMap<>();

    /**
     * A context is about to be refreshed for a test class.
     *
     * @throws IllegalStateException when another context is open (active: refreshed and not closed)
     */
    synchronized void starting(ConfigurableApplicationContext context, Class<?> testClass) {
      open.keySet().removeIf(other -> !other.isActive()); // closed, or failed to start
      if (!open.isEmpty()) {
        throw new IllegalStateException(message(testClass.getName(), open.values().iterator().next()));
      }
      open.put(context, testClass.getName());
    }

    static String message(String testClass, String first) {
      return "Test class " + testClass + " would start a second Spring application context while the one started for "
          + first + " is open. Two contexts in one JVM share Camunda's engine registry, and unrelated tests then "
          + "fail. Use @WmoIntegrationTest as it is: no @MockitoBean/@MockBean, @TestPropertySource, "
          + "@DynamicPropertySource, @DirtiesContext, @Import, nested @TestConfiguration, other profiles or "
          + "properties; put test settings in src/test/resources/application-test.yaml (testsupport/OneApplicationContext).";
    }
  }
}

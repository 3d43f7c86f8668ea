package nl.wmotoezicht.testsupport;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * A scenario test of one or more processes on the whole application ({@link WmoIntegrationTest}): before each test
 * camunda-bpm-assert is bound to the application's engine, the test mail server runs and the engine clock stands at
 * {@link #startsAt()}; after each test the clock runs again and no user is authenticated on the engine. A test moves
 * the clock on with {@link ProcessTestSupport#setClock} and the engine with {@link ProcessTestSupport#runAsyncJobs}
 * and {@link ProcessTestSupport#fireDueTimers}.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@WmoIntegrationTest
@ExtendWith(ProcessScenarioExtension.class)
public @interface ProcessScenario {

  /** The engine clock at the start of each test, local time in Europe/Amsterdam: by default a Monday morning. */
  String startsAt() default "2026-11-23T10:00";
}

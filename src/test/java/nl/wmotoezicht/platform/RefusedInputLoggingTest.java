package nl.wmotoezicht.platform;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.core.spi.FilterReply;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.exception.NullValueException;
import org.camunda.bpm.engine.exception.NotFoundException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/** Which command-context errors {@link RefusedInputLogging} keeps out of the ERROR log, and which it leaves alone. */
class RefusedInputLoggingTest {

  private final RefusedInputLogging filter = new RefusedInputLogging();
  private final Logger context = new LoggerContext().getLogger(RefusedInputLogging.COMMAND_CONTEXT_LOGGER);

  private static final ProcessEngineException OTHER_MUNICIPALITY = new ProcessEngineException(
      "ENGINE-13034 Cannot work on task '1' because it belongs to no authenticated tenant.");
  private static final ProcessEngineException INVALID_GROUP_ID = new ProcessEngineException(
      "Group has an invalid id: '<img>' is not a valid resource identifier.");
  private static final ProcessEngineException TASK_IS_NULL = new NullValueException(
      "Cannot find task with id 1: task is null");
  private static final ProcessEngineException WRAPPED_REFUSAL = new ProcessEngineException(
      "Exception while invoking TaskListener", new NotFoundException("no such case"));

  @BeforeEach
  void errorLevel() {
    context.setLevel(Level.INFO);
  }

  @AfterEach
  void noRequest() {
    RequestContextHolder.resetRequestAttributes();
  }

  private FilterReply logged(Throwable thrown) {
    return filter.decide(null, context, Level.ERROR, "ENGINE-16004 Exception while closing command context: {}",
        new Object[] {thrown.getMessage(), thrown}, null);
  }

  private static void onARequestThread() {
    RequestContextHolder.setRequestAttributes(new ServletRequestAttributes(new MockHttpServletRequest()));
  }

  @Test
  void aRequestRefusedAsTheCallersDoingWritesNoError() {
    onARequestThread();
    for (Throwable refused : new Throwable[] {OTHER_MUNICIPALITY, INVALID_GROUP_ID, TASK_IS_NULL, WRAPPED_REFUSAL}) {
      assertThat(logged(refused)).as(refused.getMessage()).isEqualTo(FilterReply.DENY);
    }
  }

  @Test
  void aFaultOfTheSystemIsStillAnError() {
    onARequestThread();
    assertThat(logged(new ProcessEngineException("Mail server connection failed"))).isEqualTo(FilterReply.NEUTRAL);
    assertThat(logged(new IllegalStateException("boom"))).isEqualTo(FilterReply.NEUTRAL);
  }

  @Test
  void theSameEngineErrorInAJobOrAtStartUpIsStillAnError() {
    for (Throwable refused : new Throwable[] {OTHER_MUNICIPALITY, INVALID_GROUP_ID, TASK_IS_NULL}) {
      assertThat(logged(refused)).as(refused.getMessage()).isEqualTo(FilterReply.NEUTRAL);
    }
  }

  @Test
  void aWrappedRefusalIsABadUserRequestOnAnyThreadAsCamundaTreatsIt() {
    assertThat(logged(WRAPPED_REFUSAL)).isEqualTo(FilterReply.DENY);
  }

  @Test
  void debugOnTheContextLoggerShowsEverything() {
    onARequestThread();
    context.setLevel(Level.DEBUG);
    assertThat(logged(OTHER_MUNICIPALITY)).isEqualTo(FilterReply.NEUTRAL);
  }

  @Test
  void otherLoggersAndLevelsAreLeftAlone() {
    onARequestThread();
    Logger other = context.getLoggerContext().getLogger("org.camunda.bpm.engine.jobexecutor");
    assertThat(filter.decide(null, other, Level.ERROR, "x", null, OTHER_MUNICIPALITY)).isEqualTo(FilterReply.NEUTRAL);
    assertThat(filter.decide(null, context, Level.WARN, "x", null, OTHER_MUNICIPALITY)).isEqualTo(FilterReply.NEUTRAL);
  }
}

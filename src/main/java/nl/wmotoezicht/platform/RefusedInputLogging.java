package nl.wmotoezicht.platform;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.turbo.TurboFilter;
import ch.qos.logback.core.spi.FilterReply;
import org.camunda.bpm.engine.BadUserRequestException;
import org.slf4j.LoggerFactory;
import org.slf4j.Marker;
import org.springframework.boot.context.event.ApplicationStartedEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.web.context.request.RequestContextHolder;

/**
 * A request refused as the caller's doing is not a fault of the system: no ERROR in the log. Camunda itself logs a
 * {@link BadUserRequestException} that ends a command at DEBUG, and every other exception at ERROR
 * ({@code ENGINE-16004}, with its stack trace). Some refusals reach the command context otherwise:
 * <ul>
 *   <li>a refusal thrown by a task listener (the form check, a task's validator), wrapped in "exception while
 *   invoking the TaskListener";</li>
 *   <li>the engine errors that our REST answers as 400 or 404 ({@link EngineErrorProblems}): an id outside the
 *   whitelist pattern, a password the password policy refuses, an object of another municipality
 *   ({@code ENGINE-13034}), "task is null".</li>
 * </ul>
 * For these this filter keeps Camunda's own rule: the line is written only when DEBUG is on for the context logger.
 * A wrapped refusal is a {@code BadUserRequestException} wherever it is thrown, as Camunda treats it. The engine
 * errors are the caller's doing only on a thread that serves an HTTP request, where the caller gets the 4xx that
 * says what was wrong; in a job or at start-up they are faults and stay errors, as does every other engine error.
 */
@Component
class RefusedInputLogging extends TurboFilter {

  /** Camunda's logger of exceptions that end a command. */
  static final String COMMAND_CONTEXT_LOGGER = "org.camunda.bpm.engine.context";

  /** Registers the filter once the application runs (Spring Boot configures logging anew at every start). */
  @EventListener(ApplicationStartedEvent.class)
  void register() {
    if (LoggerFactory.getILoggerFactory() instanceof LoggerContext context && !context.getTurboFilterList()
        .contains(this)) {
      start();
      context.addTurboFilter(this);
    }
  }

  @Override
  public FilterReply decide(Marker marker, Logger logger, Level level, String format, Object[] params, Throwable t) {
    if (level != Level.ERROR || logger == null || !COMMAND_CONTEXT_LOGGER.equals(logger.getName())) {
      return FilterReply.NEUTRAL;
    }
    Throwable thrown = t;
    if (thrown == null && params != null) {
      for (Object param : params) {
        if (param instanceof Throwable throwable) {
          thrown = throwable;
        }
      }
    }
    if (!refusedAsTheCallersDoing(thrown)) {
      return FilterReply.NEUTRAL;
    }
    return logger.isDebugEnabled() ? FilterReply.NEUTRAL : FilterReply.DENY;
  }

  static boolean refusedAsTheCallersDoing(Throwable thrown) {
    for (Throwable cause = thrown; cause != null; cause = cause.getCause() == cause ? null : cause.getCause()) {
      if (cause instanceof BadUserRequestException) {
        return true;
      }
    }
    return thrown != null && RequestContextHolder.getRequestAttributes() != null
        && EngineErrorProblems.forCause(thrown).isPresent();
  }
}

package nl.wmotoezicht.webapps;

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

/**
 * A refused form is the user's input, not a fault of the system: no ERROR in the log. Camunda itself logs a
 * {@link BadUserRequestException} that ends a command at DEBUG, but a refusal thrown by a task listener (the form
 * check {@link FormInputCheck}, a task's validator) reaches its command context wrapped in "exception while invoking
 * the TaskListener", which Camunda logs as ERROR {@code ENGINE-16004}. This filter keeps Camunda's own rule for the
 * wrapped case: that line is written only when DEBUG is on for the context logger. The user gets the 400 with one
 * sentence per field; every other engine error is logged as before.
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
    if (!causedByBadInput(thrown)) {
      return FilterReply.NEUTRAL;
    }
    return logger.isDebugEnabled() ? FilterReply.NEUTRAL : FilterReply.DENY;
  }

  static boolean causedByBadInput(Throwable thrown) {
    for (Throwable cause = thrown; cause != null; cause = cause.getCause() == cause ? null : cause.getCause()) {
      if (cause instanceof BadUserRequestException) {
        return true;
      }
    }
    return false;
  }
}

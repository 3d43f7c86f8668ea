package nl.wmotoezicht.cases;

/**
 * The intake cannot take a report now (its queue is full, no writer took the report in time, or the application is
 * shutting down). Nothing of the report was started or stored; the intake APIs answer 503 with {@code Retry-After}.
 */
public class IntakeBusyException extends RuntimeException {

  public IntakeBusyException(String message) {
    super(message);
  }
}

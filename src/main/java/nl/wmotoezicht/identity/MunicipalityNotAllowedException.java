package nl.wmotoezicht.identity;

import org.camunda.bpm.engine.AuthorizationException;

/**
 * The caller named a municipality (or a case of one) he does not work for. Both REST paths answer 403 with a problem
 * body; the start transaction it is thrown in starts nothing.
 */
public class MunicipalityNotAllowedException extends AuthorizationException {

  public MunicipalityNotAllowedException(String message) {
    super(message);
  }
}

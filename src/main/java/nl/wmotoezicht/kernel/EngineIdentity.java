package nl.wmotoezicht.kernel;

import java.util.function.Supplier;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.impl.identity.Authentication;

/** Engine work the platform does for a caller whose rights it has checked itself. */
public final class EngineIdentity {

  private EngineIdentity() {
  }

  /**
   * Runs the work without the caller's engine authentication (so without the engine's authorization and tenant
   * checks), then restores it.
   */
  public static <T> T asSystem(IdentityService identityService, Supplier<T> work) {
    Authentication caller = identityService.getCurrentAuthentication();
    identityService.clearAuthentication();
    try {
      return work.get();
    } finally {
      if (caller != null) {
        identityService.setAuthentication(caller);
      }
    }
  }
}

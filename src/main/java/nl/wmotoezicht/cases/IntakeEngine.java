package nl.wmotoezicht.cases;

import java.util.Map;
import java.util.function.Supplier;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.camunda.bpm.engine.impl.interceptor.CommandExecutor;
import org.springframework.stereotype.Component;

/**
 * What the {@link IntakeBatcher} needs of the engine: start one report by its start message, run several starts in
 * one engine command, and the caller's Camunda authentication (per thread).
 */
interface IntakeEngine {

  /** Starts one report; its exceptions are today's (duplicate, conflict, bad input, not allowed). */
  String start(String messageName, Map<String, Object> variables);

  /**
   * Runs the work as one engine command in one transaction: the service calls made inside reuse the command's
   * context, so everything is flushed once and committed once; any exception rolls all of it back.
   */
  <T> T inOneCommand(Supplier<T> work);

  /** The current thread's Camunda authentication, or null. */
  Authentication currentAuthentication();

  /** Sets (or, for null, clears) the current thread's Camunda authentication. */
  void authenticate(Authentication authentication);

  /** The Camunda 7 engine. */
  @Component
  class Camunda implements IntakeEngine {

    private final RuntimeService runtimeService;
    private final IdentityService identityService;
    private final CommandExecutor commandExecutor;

    Camunda(ProcessEngine engine) {
      this.runtimeService = engine.getRuntimeService();
      this.identityService = engine.getIdentityService();
      // the tx-required executor: with Spring, SpringTransactionInterceptor (PROPAGATION_REQUIRED) then a
      // CommandContextInterceptor that reuses an open command context (camunda-engine-spring 7.24,
      // SpringTransactionsProcessEngineConfiguration#createDefaultCommandInterceptorsTxRequired)
      this.commandExecutor = ((ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration())
          .getCommandExecutorTxRequired();
    }

    @Override
    public String start(String messageName, Map<String, Object> variables) {
      return runtimeService.createMessageCorrelation(messageName).setVariables(variables).correlateStartMessage()
          .getBusinessKey();
    }

    @Override
    public <T> T inOneCommand(Supplier<T> work) {
      return commandExecutor.execute(commandContext -> work.get());
    }

    @Override
    public Authentication currentAuthentication() {
      return identityService.getCurrentAuthentication();
    }

    @Override
    public void authenticate(Authentication authentication) {
      if (authentication == null) {
        identityService.clearAuthentication();
      } else {
        identityService.setAuthentication(authentication);
      }
    }
  }
}

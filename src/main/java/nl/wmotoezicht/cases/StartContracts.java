package nl.wmotoezicht.cases;

import java.util.List;

/**
 * The {@link StartContract}s of one module, declared as one bean per module (docs/security/tenancy.md). The start-path
 * guard collects every module's list and refuses at start-up a message or process named by two contracts.
 *
 * @param contracts the module's contracts
 */
public record StartContracts(List<StartContract> contracts) {

  public StartContracts {
    contracts = List.copyOf(contracts);
  }

  public static StartContracts of(StartContract... contracts) {
    return new StartContracts(List.of(contracts));
  }
}

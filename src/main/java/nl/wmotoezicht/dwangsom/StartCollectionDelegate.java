package nl.wmotoezicht.dwangsom;

import static nl.wmotoezicht.dwangsom.DwangsomProcess.Variables.*;

import java.util.HashMap;
import java.util.Map;
import nl.wmotoezicht.cases.CaseRegistry;
import nl.wmotoezicht.kernel.CaseVariables;
import nl.wmotoezicht.kernel.ProviderVariables;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.springframework.stereotype.Component;

/**
 * {@code Task_StartCollection}: starts the collection case of the forfeiture just recorded, with the
 * payment reference ({@code LOD-…-V1}) as its case number and business key. Runs as its own job: the
 * new case and this step commit together, so a retry never starts two.
 */
@Component("startCollection")
class StartCollectionDelegate implements JavaDelegate {

  private final RuntimeService runtimeService;
  private final ForfeitureLedger ledger;
  private final CaseRegistry registry;

  StartCollectionDelegate(RuntimeService runtimeService, ForfeitureLedger ledger, CaseRegistry registry) {
    this.runtimeService = runtimeService;
    this.ledger = ledger;
    this.registry = registry;
  }

  @Override
  public void execute(DelegateExecution execution) {
    Forfeiture forfeiture = ledger.find(LAST_FORFEITURE_ID.get(execution)).orElseThrow();
    String reference = LAST_FORFEITURE_REFERENCE.get(execution);
    Map<String, Object> variables = new HashMap<>();
    CaseVariables.CASE_NUMBER.put(variables, reference);
    DWANGSOM_CASE_NUMBER.put(variables, forfeiture.caseNumber());
    CaseVariables.MUNICIPALITY_CODE.put(variables, forfeiture.municipalityCode());
    CaseVariables.MUNICIPALITY_NAME.put(variables, CaseVariables.MUNICIPALITY_NAME.get(execution));
    ProviderVariables.PROVIDER_NAME.put(variables, forfeiture.providerName());
    ProviderVariables.PROVIDER_KVK_NUMBER.put(variables, forfeiture.providerKvkNumber());
    ProviderVariables.PROVIDER_EMAIL.put(variables, ProviderVariables.PROVIDER_EMAIL.get(execution));
    FORFEITURE_ID.put(variables, forfeiture.id());
    SEQUENCE_NO.put(variables, forfeiture.sequenceNo());
    FORFEITURE_AMOUNT.put(variables, Amounts.text(forfeiture.amount()));
    FORFEITED_ON.put(variables, forfeiture.forfeitedOn().toString());
    PAY_BY.put(variables, forfeiture.payBy().toString());
    VERJARING_DATE.put(variables, forfeiture.verjaringDate().toString());
    VERJARING_UNTIL_DECIDED.put(variables, forfeiture.verjaringUntilDecided());
    MONITORED_VERJARING.put(variables, VerjaringDelegates.monitoredKey(forfeiture));
    ProcessInstance collection = runtimeService.createMessageCorrelation(DwangsomProcess.Messages.VERBEURD)
        .processInstanceBusinessKey(reference)
        .setVariables(variables)
        .correlateStartMessage();
    // the collection case's number is derived from the last's; it belongs to the same municipality
    registry.register(reference, forfeiture.municipalityCode(), collection.getProcessDefinitionId().split(":")[0],
        collection.getId());
  }
}

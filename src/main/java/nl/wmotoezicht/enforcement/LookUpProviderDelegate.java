package nl.wmotoezicht.enforcement;

import static nl.wmotoezicht.enforcement.InterventionPyramid.Variables.*;

import nl.wmotoezicht.kernel.ProviderVariables;
import nl.wmotoezicht.kernel.CaseVariables;
import nl.wmotoezicht.provider.ProviderRegister;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * {@code Task_LookUpProvider}: what the provider register knows, never typed in: recidive, the relation with the
 * case's municipality and whether other municipalities contract the provider too. The decision tables after this
 * step read these variables by name.
 */
@Component("lookUpProvider")
class LookUpProviderDelegate implements JavaDelegate {

  private final ProviderRegister providers;

  LookUpProviderDelegate(ProviderRegister providers) {
    this.providers = providers;
  }

  @Override
  public void execute(DelegateExecution execution) {
    String kvk = ProviderVariables.PROVIDER_KVK_NUMBER.get(execution);
    String municipality = CaseVariables.MUNICIPALITY_CODE.get(execution);
    RECIDIVE.set(execution, providers.hasEarlierViolation(kvk, CaseVariables.CASE_NUMBER.get(execution)));
    RELATION.set(execution, providers.relationKind(kvk, municipality));
    MULTIPLE_MUNICIPALITIES.set(execution, providers.relations(kvk).size() > 1);
  }
}

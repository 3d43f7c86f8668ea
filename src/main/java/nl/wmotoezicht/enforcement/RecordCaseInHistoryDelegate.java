package nl.wmotoezicht.enforcement;

import nl.wmotoezicht.kernel.ProviderVariables;
import nl.wmotoezicht.kernel.CaseVariables;
import nl.wmotoezicht.provider.ProviderRegister;
import nl.wmotoezicht.terms.TermExpressions;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * {@code Task_RecordInHistory}: the case enters the enforcement history of a provider the register knows, so that a
 * later case counts it as recidive.
 */
@Component("recordCaseInProviderHistory")
class RecordCaseInHistoryDelegate implements JavaDelegate {

  private final ProviderRegister providers;
  private final TermExpressions terms;

  RecordCaseInHistoryDelegate(ProviderRegister providers, TermExpressions terms) {
    this.providers = providers;
    this.terms = terms;
  }

  @Override
  public void execute(DelegateExecution execution) {
    String kvk = ProviderVariables.PROVIDER_KVK_NUMBER.get(execution);
    if (providers.find(kvk).isPresent()) {
      providers.recordCaseStarted(kvk, CaseVariables.CASE_NUMBER.get(execution),
          CaseVariables.MUNICIPALITY_CODE.get(execution), InterventionPyramid.KEY, terms.todayDate());
    }
  }
}

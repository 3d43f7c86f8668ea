package nl.wmotoezicht.enforcement;

import nl.wmotoezicht.kernel.CaseVariables;
import nl.wmotoezicht.kernel.ProviderVariables;
import nl.wmotoezicht.provider.ProviderRegister;
import nl.wmotoezicht.terms.TermExpressions;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * {@code Task_RecordOutcome}: the provider complies; the case ends with an established violation in
 * the provider's enforcement history, which makes a next case against it recidive.
 */
@Component("recordEnforcementOutcome")
class RecordEnforcementOutcomeDelegate implements JavaDelegate {

  static final String OUTCOME = "nageleefd na handhaving";

  private final ProviderRegister providers;
  private final TermExpressions terms;

  RecordEnforcementOutcomeDelegate(ProviderRegister providers, TermExpressions terms) {
    this.providers = providers;
    this.terms = terms;
  }

  @Override
  public void execute(DelegateExecution execution) {
    String kvk = ProviderVariables.PROVIDER_KVK_NUMBER.get(execution);
    if (providers.find(kvk).isEmpty()) {
      return;
    }
    providers.recordCaseOutcome(CaseVariables.CASE_NUMBER.get(execution), terms.todayDate(), OUTCOME, true);
  }
}

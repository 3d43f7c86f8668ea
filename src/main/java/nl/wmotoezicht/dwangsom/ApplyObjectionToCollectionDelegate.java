package nl.wmotoezicht.dwangsom;

import static nl.wmotoezicht.dwangsom.DwangsomProcess.Variables.*;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * {@code Task_ApplyObjectionToCollection}: the objection process decided an objection against this collection case's
 * invorderingsbeschikking (message {@code BezwaarBeslist}). The ledger was brought up to date there (the forfeiture
 * withdrawn, or refunded when paid); upheld, the beschikking is revoked (art. 7:11 lid 2 Awb) and the collection
 * ends; otherwise it runs on. See {@code docs/dwangsom-recht.md}.
 */
@Component("applyObjectionToCollection")
class ApplyObjectionToCollectionDelegate implements JavaDelegate {

  @Override
  public void execute(DelegateExecution execution) {
    COLLECTION_REVOKED_ON_OBJECTION.set(execution, "gegrond".equals(OBJECTION_OUTCOME.find(execution).orElse(null))
        && "invorderingsbeschikking".equals(OBJECTION_DECISION_KIND.find(execution).orElse(null)));
  }
}

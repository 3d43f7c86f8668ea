package nl.wmotoezicht.investigation;

import nl.wmotoezicht.cases.CaseRegistry;
import nl.wmotoezicht.kernel.CaseVariables;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.springframework.stereotype.Component;

/**
 * Start of {@code rapportage}: binds the called instance to the case of the investigation that called it (same number,
 * same municipality), so that its tasks and messages belong to that case for the case views and the tenancy checks
 * (docs/security/tenancy.md).
 */
@Component("bindReportingToCase")
class BindReportingToCaseListener implements ExecutionListener {

  private final CaseRegistry registry;

  BindReportingToCaseListener(CaseRegistry registry) {
    this.registry = registry;
  }

  @Override
  public void notify(DelegateExecution execution) {
    registry.bindInstance(CaseVariables.CASE_NUMBER.get(execution), execution.getTenantId(),
        execution.getProcessInstanceId(), ReportingProcess.KEY);
  }
}

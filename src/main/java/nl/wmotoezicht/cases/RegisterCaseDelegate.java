package nl.wmotoezicht.cases;

import nl.wmotoezicht.identity.Region;
import nl.wmotoezicht.kernel.FieldChecks;
import nl.wmotoezicht.kernel.ProcessVariable;
import nl.wmotoezicht.kernel.ProviderVariables;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * The first step of an enforcement case started by message or by hand
 * ({@code camunda:delegateExpression="${registerCase}"} with input parameter {@code casePrefix}):
 * checks the provider and municipality it is about and the violation, with the checks and messages of every input
 * path, then registers the case ({@link CaseRegistration}). Runs in the start transaction: bad input starts nothing.
 */
@Component("registerCase")
public class RegisterCaseDelegate implements JavaDelegate {

  /** Input parameter: the prefix of the case number, e.g. {@code LOD}. */
  public static final ProcessVariable<String> CASE_PREFIX = ProcessVariable.string("casePrefix");
  public static final ProcessVariable<String> VIOLATION = ProcessVariable.string("violation");
  /** The legal basis of the enforcement, as the case that asks for a last onder dwangsom names it. */
  public static final ProcessVariable<String> LEGAL_BASIS = ProcessVariable.string("legalBasis");

  private final CaseRegistration registration;
  private final Region region;

  RegisterCaseDelegate(CaseRegistration registration, Region region) {
    this.registration = registration;
    this.region = region;
  }

  @Override
  public void execute(DelegateExecution execution) {
    FieldChecks checks = new FieldChecks(execution.getVariables());
    region.checkMunicipality(checks);
    ProviderVariables.check(checks);
    checks.text(VIOLATION, true, 10_000);
    checks.throwIfAny();
    registration.registerCase(execution, CASE_PREFIX.get(execution));
  }
}

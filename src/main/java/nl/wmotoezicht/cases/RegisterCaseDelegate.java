package nl.wmotoezicht.cases;

import java.util.ArrayList;
import java.util.List;
import nl.wmotoezicht.identity.Region;
import nl.wmotoezicht.kernel.CaseVariables;
import nl.wmotoezicht.kernel.FieldError;
import nl.wmotoezicht.kernel.InputRules;
import nl.wmotoezicht.kernel.InvalidInputException;
import nl.wmotoezicht.kernel.ProcessVariable;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * The first step of an enforcement case started by message or by hand
 * ({@code camunda:delegateExpression="${registerCase}"} with input parameter {@code casePrefix}):
 * checks the provider and municipality it is about, gives the case its number (also the business
 * key) and the municipality's name. Runs in the start transaction: bad input starts nothing.
 */
@Component("registerCase")
public class RegisterCaseDelegate implements JavaDelegate {

  /** Input parameter: the prefix of the case number, e.g. {@code LOD}. */
  public static final ProcessVariable<String> CASE_PREFIX = ProcessVariable.string("casePrefix");
  public static final ProcessVariable<String> PROVIDER_NAME = ProcessVariable.string("providerName");
  public static final ProcessVariable<String> PROVIDER_KVK_NUMBER = ProcessVariable.string("providerKvkNumber");
  public static final ProcessVariable<String> PROVIDER_EMAIL = ProcessVariable.string("providerEmail");
  public static final ProcessVariable<String> VIOLATION = ProcessVariable.string("violation");


  private final CaseNumbers caseNumbers;
  private final Region region;

  RegisterCaseDelegate(CaseNumbers caseNumbers, Region region) {
    this.caseNumbers = caseNumbers;
    this.region = region;
  }

  @Override
  public void execute(DelegateExecution execution) {
    List<FieldError> errors = new ArrayList<>();
    String municipality = text(execution, CaseVariables.MUNICIPALITY_CODE, errors);
    if (municipality != null && !region.isMunicipality(municipality)) {
      errors.add(new FieldError(CaseVariables.MUNICIPALITY_CODE.name(), "is geen gemeente van de regio " + region.name()));
    }
    text(execution, PROVIDER_NAME, errors);
    String kvk = text(execution, PROVIDER_KVK_NUMBER, errors);
    if (kvk != null && !InputRules.KVK_NUMBER.matcher(kvk).matches()) {
      errors.add(new FieldError(PROVIDER_KVK_NUMBER.name(), "moet een KvK-nummer van 8 cijfers zijn"));
    }
    String email = text(execution, PROVIDER_EMAIL, errors);
    if (email != null && !InputRules.EMAIL.matcher(email).matches()) {
      errors.add(new FieldError(PROVIDER_EMAIL.name(), "moet een geldig e-mailadres zijn"));
    }
    text(execution, VIOLATION, errors);
    if (!errors.isEmpty()) {
      throw new InvalidInputException(errors);
    }
    String caseNumber = caseNumbers.next(CASE_PREFIX.get(execution));
    execution.setProcessBusinessKey(caseNumber);
    CaseVariables.CASE_NUMBER.set(execution, caseNumber);
    CaseVariables.MUNICIPALITY_NAME.set(execution, region.municipalityName(municipality));
  }

  private static String text(DelegateExecution execution, ProcessVariable<String> variable, List<FieldError> errors) {
    Object value = execution.getVariable(variable.name());
    if (value instanceof String s && !s.isBlank()) {
      return s;
    }
    errors.add(new FieldError(variable.name(), value == null || value instanceof String ? "is verplicht" : "moet tekst zijn"));
    return null;
  }
}

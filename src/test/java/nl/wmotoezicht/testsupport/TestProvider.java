package nl.wmotoezicht.testsupport;

import static nl.wmotoezicht.kernel.ProviderVariables.PROVIDER_EMAIL;
import static nl.wmotoezicht.kernel.ProviderVariables.PROVIDER_KVK_NUMBER;
import static nl.wmotoezicht.kernel.ProviderVariables.PROVIDER_NAME;

import java.util.HashMap;
import java.util.Map;
import nl.wmotoezicht.kernel.CaseVariables;

/**
 * A provider as a start, a message or a template names it: name, KvK number and e-mail address, written through the
 * typed {@link nl.wmotoezicht.kernel.ProviderVariables}.
 */
public record TestProvider(String name, String kvkNumber, String email) {

  /** The demo register's Zorg Thuis Zuid B.V. (contract with Heerlen and Maastricht). */
  public static final TestProvider ZORG_THUIS_ZUID =
      new TestProvider("Zorg Thuis Zuid B.V.", "12345678", "kwaliteit@zorgthuiszuid.example");

  /** Puts the provider into the variables and returns them. */
  public Map<String, Object> into(Map<String, Object> variables) {
    PROVIDER_NAME.put(variables, name);
    PROVIDER_KVK_NUMBER.put(variables, kvkNumber);
    PROVIDER_EMAIL.put(variables, email);
    return variables;
  }

  /** The variables of a case of this provider in Heerlen: its number, the municipality's code and name, the provider. */
  public Map<String, Object> caseInHeerlen(String caseNumber) {
    Map<String, Object> variables = new HashMap<>();
    CaseVariables.CASE_NUMBER.put(variables, caseNumber);
    CaseVariables.MUNICIPALITY_CODE.put(variables, "GM0917");
    CaseVariables.MUNICIPALITY_NAME.put(variables, "Heerlen");
    return into(variables);
  }
}

package nl.wmotoezicht.kernel;

import java.util.List;
import java.util.Map;

/**
 * The provider (zorgaanbieder) a case is about, as every process holds it: defined once, for models, forms, letters,
 * hand-overs and tests.
 */
public final class ProviderVariables {

  public static final ProcessVariable<String> PROVIDER_NAME = ProcessVariable.string("providerName");
  /** The provider's KvK number: eight digits ({@link InputRules#KVK_NUMBER}). */
  public static final ProcessVariable<String> PROVIDER_KVK_NUMBER = ProcessVariable.string("providerKvkNumber");
  public static final ProcessVariable<String> PROVIDER_EMAIL = ProcessVariable.string("providerEmail");
  /** The provider's details, as a hand-over copies them. */
  public static final List<ProcessVariable<String>> ALL = List.of(PROVIDER_NAME, PROVIDER_KVK_NUMBER, PROVIDER_EMAIL);

  /** The longest provider name a case accepts (the forfeiture ledger's column). */
  public static final int NAME_LENGTH = 200;
  public static final String KVK_NUMBER_MESSAGE = "moet een KvK-nummer van 8 cijfers zijn";
  public static final String EMAIL_MESSAGE = "moet een geldig e-mailadres zijn";

  private ProviderVariables() {
  }

  /** The provider's details as start variables; a value that is absent is left out. */
  public static void put(Map<String, Object> variables, String name, String kvkNumber, String email) {
    PROVIDER_NAME.put(variables, name);
    PROVIDER_KVK_NUMBER.put(variables, kvkNumber);
    PROVIDER_EMAIL.put(variables, email);
  }

  /** Checks the provider's name, KvK number and e-mail address, all required, with the messages of every input path. */
  public static void check(FieldChecks checks) {
    checks.text(PROVIDER_NAME, true, NAME_LENGTH);
    checks.matching(PROVIDER_KVK_NUMBER, true, InputRules.KVK_NUMBER, KVK_NUMBER_MESSAGE);
    checks.matching(PROVIDER_EMAIL, true, InputRules.EMAIL, EMAIL_MESSAGE);
  }
}

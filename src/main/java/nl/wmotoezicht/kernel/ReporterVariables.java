package nl.wmotoezicht.kernel;

import java.util.Map;

/**
 * Who reported a calamity or a signal, as the intake processes hold it: defined once, for the intake APIs, forms,
 * mails and tests (the processes' {@code Variables} name the same constants).
 */
public final class ReporterVariables {

  /** The reporter's reference: with the sender, the idempotency key of the intake ({@link FieldChecks#REFERENCE}). */
  public static final ProcessVariable<String> REPORTER_REFERENCE = ProcessVariable.string("reporterReference");
  public static final ProcessVariable<String> REPORTER_NAME = ProcessVariable.string("reporterName");
  public static final ProcessVariable<String> REPORTER_EMAIL = ProcessVariable.string("reporterEmail");
  public static final ProcessVariable<String> REPORTER_PHONE = ProcessVariable.string("reporterPhone");

  /**
   * Checks the reporter's name (at most 200 characters), e-mail address, phone number and reference.
   *
   * @param nameRequired      whether the report must name its reporter
   * @param referenceRequired whether the reference must be present: always for reports by system
   */
  public static void check(FieldChecks checks, boolean nameRequired, boolean referenceRequired) {
    checks.text(REPORTER_NAME, nameRequired, 200);
    checks.matching(REPORTER_EMAIL, false, InputRules.EMAIL, ProviderVariables.EMAIL_MESSAGE);
    checks.matching(REPORTER_PHONE, false, InputRules.PHONE, "moet een telefoonnummer zijn");
    checks.matching(REPORTER_REFERENCE, referenceRequired, FieldChecks.REFERENCE, FieldChecks.REFERENCE_MESSAGE);
  }

  /** The reporter's details as start variables; a value that is absent is left out. */
  public static void put(Map<String, Object> variables, String reference, String name, String email, String phone) {
    REPORTER_REFERENCE.put(variables, reference);
    REPORTER_NAME.put(variables, name);
    REPORTER_EMAIL.put(variables, email);
    REPORTER_PHONE.put(variables, phone);
  }

  private ReporterVariables() {
  }
}

package nl.wmotoezicht.kernel;

import org.camunda.bpm.engine.impl.identity.DefaultPasswordPolicyImpl;

/**
 * Camunda's default password policy ({@link DefaultPasswordPolicyImpl}, switched on by {@code enable-password-policy})
 * in Dutch, for every answer that refuses a password: the REST answer and the check of the first administrator's
 * password at start-up. Admin shows the same rules from its own locale.
 */
public final class PasswordRules {

  /** The rules, as one clause: "minstens 10 tekens, met …". */
  public static final String IN_DUTCH = "minstens " + DefaultPasswordPolicyImpl.MIN_LENGTH + " tekens, met een kleine "
      + "letter, een hoofdletter, een cijfer en een leesteken, en zonder de gebruikersnaam, voornaam, achternaam of "
      + "het e-mailadres";

  private PasswordRules() {
  }
}

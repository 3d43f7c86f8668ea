package nl.wmotoezicht.identity;

import java.util.Arrays;
import java.util.Locale;
import java.util.Set;
import nl.wmotoezicht.kernel.PasswordRules;
import org.camunda.bpm.engine.identity.PasswordPolicyRule;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.impl.identity.DefaultPasswordPolicyImpl;
import org.camunda.bpm.engine.impl.persistence.entity.UserEntity;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.env.EnvironmentPostProcessor;
import org.springframework.core.env.ConfigurableEnvironment;

/**
 * Refuses to start outside the demo profile when the administrator's password is missing, a
 * known default, shorter than {@value #MIN_LENGTH} characters or, with Camunda's password policy on
 * ({@code enable-password-policy}, on outside the demo profile), refused by that policy. Runs before anything
 * touches the database, so no account is ever created with such a password, and the operator reads why in Dutch
 * instead of Camunda's "Password does not match policy" from the administrator's creation.
 */
public class AdminPasswordGuard implements EnvironmentPostProcessor {

  static final int MIN_LENGTH = 12;
  static final String PASSWORD_POLICY = "camunda.bpm.generic-properties.properties.enable-password-policy";
  private static final Set<String> DEFAULTS =
      Set.of("demo", "admin", "camunda", "password", "wachtwoord", "changeme", "welkom", "welkom01", "secret");

  @Override
  public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
    if (Arrays.asList(environment.getActiveProfiles()).contains("demo")) {
      return;
    }
    String password = environment.getProperty("camunda.bpm.admin-user.password", "");
    String problem = problemWith(password);
    if (problem == null && environment.getProperty(PASSWORD_POLICY, Boolean.class, false)) {
      UserEntity admin = new UserEntity(environment.getProperty("camunda.bpm.admin-user.id", "admin"));
      admin.setFirstName(environment.getProperty("camunda.bpm.admin-user.first-name"));
      admin.setLastName(environment.getProperty("camunda.bpm.admin-user.last-name"));
      admin.setEmail(environment.getProperty("camunda.bpm.admin-user.email"));
      problem = policyProblemWith(password, admin);
    }
    if (problem != null) {
      throw new IllegalStateException("Wmo Toezicht start niet: " + problem
          + " Zet WMO_ADMIN_PASSWORD (minstens " + MIN_LENGTH + " tekens), of start met het profiel demo.");
    }
  }

  static String problemWith(String password) {
    if (password == null || password.isBlank()) {
      return "er is geen beheerderswachtwoord ingesteld.";
    }
    if (DEFAULTS.contains(password.toLowerCase(Locale.ROOT))) {
      return "het beheerderswachtwoord is een bekend standaardwachtwoord.";
    }
    if (password.length() < MIN_LENGTH) {
      return "het beheerderswachtwoord is te kort.";
    }
    return null;
  }

  /** What Camunda's default password policy, which the engine applies to the administrator too, says of it. */
  static String policyProblemWith(String password, User admin) {
    for (PasswordPolicyRule rule : new DefaultPasswordPolicyImpl().getRules()) {
      if (!rule.execute(password, admin)) {
        return "het beheerderswachtwoord voldoet niet aan het wachtwoordbeleid: " + PasswordRules.IN_DUTCH + ".";
      }
    }
    return null;
  }
}

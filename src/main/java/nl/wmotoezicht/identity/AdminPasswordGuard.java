package nl.wmotoezicht.identity;

import java.util.Arrays;
import java.util.Locale;
import java.util.Set;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.env.EnvironmentPostProcessor;
import org.springframework.core.env.ConfigurableEnvironment;

/**
 * Refuses to start outside the demo profile when the administrator's password is missing, a
 * known default, or shorter than {@value #MIN_LENGTH} characters. Runs before anything touches the
 * database, so no account is ever created with such a password.
 */
public class AdminPasswordGuard implements EnvironmentPostProcessor {

  static final int MIN_LENGTH = 12;
  private static final Set<String> DEFAULTS =
      Set.of("demo", "admin", "camunda", "password", "wachtwoord", "changeme", "welkom", "welkom01", "secret");

  @Override
  public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
    if (Arrays.asList(environment.getActiveProfiles()).contains("demo")) {
      return;
    }
    String password = environment.getProperty("camunda.bpm.admin-user.password", "");
    String problem = problemWith(password);
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
}

package nl.wmotoezicht.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Objects;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.env.YamlPropertySourceLoader;
import org.springframework.core.io.ClassPathResource;
import org.springframework.mock.env.MockEnvironment;

class AdminPasswordGuardTest {

  /** The property the guard reads; application.yaml fills it from WMO_ADMIN_PASSWORD. */
  private static final String PASSWORD_PROPERTY = "camunda.bpm.admin-user.password";
  private static final String STRONG_PASSWORD = "Kr8-vuurtoren!q";

  private final AdminPasswordGuard guard = new AdminPasswordGuard();
  private final SpringApplication application = new SpringApplication();

  @Test
  void demoProfileStartsWithoutPassword() {
    MockEnvironment environment = new MockEnvironment();
    environment.setActiveProfiles("demo");

    assertThatCode(() -> guard.postProcessEnvironment(environment, application)).doesNotThrowAnyException();
  }

  @Test
  void demoProfileStartsWithTheDemoPassword() {
    MockEnvironment environment = new MockEnvironment().withProperty(PASSWORD_PROPERTY, "demo");
    environment.setActiveProfiles("postgres", "demo");

    assertThatCode(() -> guard.postProcessEnvironment(environment, application)).doesNotThrowAnyException();
  }

  @Test
  void refusesToStartWithoutPassword() {
    MockEnvironment environment = new MockEnvironment();

    assertThatThrownBy(() -> guard.postProcessEnvironment(environment, application))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("WMO_ADMIN_PASSWORD")
        .hasMessageContaining("geen beheerderswachtwoord");
  }

  @Test
  void refusesToStartWithABlankPassword() {
    MockEnvironment environment = new MockEnvironment().withProperty(PASSWORD_PROPERTY, "   ");

    assertThatThrownBy(() -> guard.postProcessEnvironment(environment, application))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("WMO_ADMIN_PASSWORD");
  }

  @Test
  void readsThePasswordFromWmoAdminPasswordAsApplicationYamlMapsIt() {
    MockEnvironment environment = new MockEnvironment()
        .withProperty(PASSWORD_PROPERTY, "${WMO_ADMIN_PASSWORD:}")
        .withProperty("WMO_ADMIN_PASSWORD", STRONG_PASSWORD);

    assertThatCode(() -> guard.postProcessEnvironment(environment, application)).doesNotThrowAnyException();
  }

  @ParameterizedTest
  @ValueSource(strings = {"admin", "Demo", "changeme", "CAMUNDA", "Wachtwoord", "welkom01"})
  void refusesKnownDefaults(String password) {
    MockEnvironment environment = new MockEnvironment().withProperty(PASSWORD_PROPERTY, password);

    assertThatThrownBy(() -> guard.postProcessEnvironment(environment, application))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("standaardwachtwoord")
        .hasMessageContaining("WMO_ADMIN_PASSWORD");
  }

  @Test
  void refusesAPasswordOfElevenCharacters() {
    MockEnvironment environment = new MockEnvironment().withProperty(PASSWORD_PROPERTY, "Abcdefgh12!");

    assertThatThrownBy(() -> guard.postProcessEnvironment(environment, application))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("te kort")
        .hasMessageContaining("12");
  }

  @Test
  void acceptsAStrongPasswordWithoutProfile() {
    MockEnvironment environment = new MockEnvironment().withProperty(PASSWORD_PROPERTY, "Zq7!mT2#vL9@pR4x");

    assertThatCode(() -> guard.postProcessEnvironment(environment, application)).doesNotThrowAnyException();
  }

  @Test
  void acceptsAStrongPasswordWithTheProdProfile() {
    MockEnvironment environment = new MockEnvironment().withProperty(PASSWORD_PROPERTY, STRONG_PASSWORD);
    environment.setActiveProfiles("postgres", "prod");

    assertThatCode(() -> guard.postProcessEnvironment(environment, application)).doesNotThrowAnyException();
  }

  @Test
  void refusesAWeakPasswordWithTheProdProfile() {
    MockEnvironment environment = new MockEnvironment().withProperty(PASSWORD_PROPERTY, "admin");
    environment.setActiveProfiles("postgres", "prod");

    assertThatThrownBy(() -> guard.postProcessEnvironment(environment, application))
        .isInstanceOf(IllegalStateException.class);
  }

  @Test
  void withThePasswordPolicyOnTheAdministratorsPasswordMeetsItToo() {
    MockEnvironment environment = new MockEnvironment().withProperty(AdminPasswordGuard.PASSWORD_POLICY, "true")
        .withProperty("camunda.bpm.admin-user.id", "beheer");
    environment.setActiveProfiles("postgres", "prod");

    for (String refused : new String[] {"lange-zin-zonder-hoofdletters-1", "Beheer-Kr8-vuurtoren!", "Kr8vuurtorenq12"}) {
      environment.setProperty(PASSWORD_PROPERTY, refused);
      assertThatThrownBy(() -> guard.postProcessEnvironment(environment, application)).as(refused)
          .isInstanceOf(IllegalStateException.class).hasMessageContaining("wachtwoordbeleid");
    }
    environment.setProperty(PASSWORD_PROPERTY, STRONG_PASSWORD);
    assertThatCode(() -> guard.postProcessEnvironment(environment, application)).doesNotThrowAnyException();
  }

  @Test
  void theApplicationsConfigurationTurnsThePolicyOnOutsideTheDemoProfileOnly() throws Exception {
    assertThat(policyIn("application.yaml")).isEqualTo(Boolean.TRUE);
    assertThat(policyIn("application-demo.yaml")).isEqualTo(Boolean.FALSE);
    assertThat(policyIn("application-prod.yaml")).as("prod keeps the default's").isNull();
  }

  private static Object policyIn(String resource) throws Exception {
    return new YamlPropertySourceLoader().load(resource, new ClassPathResource(resource)).stream()
        .map(source -> source.getProperty(AdminPasswordGuard.PASSWORD_POLICY)).filter(Objects::nonNull)
        .findFirst().orElse(null);
  }

  @Test
  void problemWithNamesEachProblem() {
    assertThat(AdminPasswordGuard.problemWith(null)).contains("geen beheerderswachtwoord");
    assertThat(AdminPasswordGuard.problemWith("")).contains("geen beheerderswachtwoord");
    assertThat(AdminPasswordGuard.problemWith("Secret")).contains("standaardwachtwoord");
    assertThat(AdminPasswordGuard.problemWith("x".repeat(AdminPasswordGuard.MIN_LENGTH - 1))).contains("te kort");
    assertThat(AdminPasswordGuard.problemWith("x".repeat(AdminPasswordGuard.MIN_LENGTH))).isNull();
    assertThat(AdminPasswordGuard.problemWith("Zq7!mT2#vL9@pR4x")).isNull();
  }
}

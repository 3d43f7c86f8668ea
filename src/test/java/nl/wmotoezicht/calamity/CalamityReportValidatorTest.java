package nl.wmotoezicht.calamity;

import static nl.wmotoezicht.calamity.CalamityProcess.Variables.CARE_UNDER_JEUGDWET;
import static nl.wmotoezicht.calamity.CalamityProcess.Variables.CARE_UNDER_WLZ;
import static nl.wmotoezicht.calamity.CalamityProcess.Variables.CARE_UNDER_ZVW;
import static nl.wmotoezicht.calamity.CalamityProcess.Variables.DESCRIPTION;
import static nl.wmotoezicht.calamity.CalamityProcess.Variables.EVENT_DATE;
import static nl.wmotoezicht.calamity.CalamityProcess.Variables.KIND;
import static nl.wmotoezicht.calamity.CalamityProcess.Variables.LOCATION;
import static nl.wmotoezicht.calamity.CalamityProcess.Variables.REPORTER_EMAIL;
import static nl.wmotoezicht.calamity.CalamityProcess.Variables.REPORTER_NAME;
import static nl.wmotoezicht.calamity.CalamityProcess.Variables.REPORTER_PHONE;
import static nl.wmotoezicht.calamity.CalamityProcess.Variables.REPORTER_REFERENCE;
import static nl.wmotoezicht.kernel.CaseVariables.MUNICIPALITY_CODE;
import static nl.wmotoezicht.kernel.ProviderVariables.PROVIDER_EMAIL;
import static nl.wmotoezicht.kernel.ProviderVariables.PROVIDER_KVK_NUMBER;
import static nl.wmotoezicht.kernel.ProviderVariables.PROVIDER_NAME;
import static nl.wmotoezicht.testsupport.ProcessTestSupport.setClock;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import nl.wmotoezicht.identity.Region;
import nl.wmotoezicht.identity.RegionProperties;
import nl.wmotoezicht.kernel.FieldError;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class CalamityReportValidatorTest {

  private static final String REFERENCE_MESSAGE =
      "mag alleen letters, cijfers en . _ : / - bevatten (hoogstens 100 tekens)";

  private final CalamityReportValidator validator = new CalamityReportValidator(
      new Region(new RegionProperties("Testregio", "igj@example.org", "toezicht@example.org", "ikz@example.org",
          List.of(new RegionProperties.Municipality("GM0917", "Heerlen", "h@example.org")))));

  @BeforeEach
  void fixToday() {
    setClock("2026-11-25T12:00:00");
  }

  @AfterEach
  void resetClock() {
    ClockUtil.reset();
  }

  /** The shared calamity report with every optional field filled in too. */
  private static Map<String, Object> validReport() {
    Map<String, Object> report = CalamityFixtures.report("ZA-2026-1183");
    REPORTER_PHONE.put(report, "045 123 4567");
    CARE_UNDER_WLZ.put(report, true);
    CARE_UNDER_ZVW.put(report, false);
    CARE_UNDER_JEUGDWET.put(report, false);
    return report;
  }

  private static Map<String, Object> reportWith(String field, Object value) {
    Map<String, Object> report = validReport();
    report.put(field, value);
    return report;
  }

  private List<FieldError> validate(Map<String, Object> report) {
    return validator.validate(report, true);
  }

  @Test
  void acceptsAValidReport() {
    assertThat(validate(validReport())).isEmpty();
    assertThat(validator.validate(validReport(), false)).isEmpty();
  }

  @Test
  void acceptsAValidReportOfViolence() {
    assertThat(validate(reportWith(KIND.name(), "geweld"))).isEmpty();
  }

  @Test
  void acceptsAReportWithoutTheOptionalFields() {
    Map<String, Object> report = validReport();
    report.remove(REPORTER_EMAIL.name());
    report.remove(REPORTER_PHONE.name());
    report.remove(CARE_UNDER_WLZ.name());
    report.remove(CARE_UNDER_ZVW.name());
    report.remove(CARE_UNDER_JEUGDWET.name());

    assertThat(validate(report)).isEmpty();
  }

  @Test
  void acceptsAnEventToday() {
    assertThat(validate(reportWith(EVENT_DATE.name(), "2026-11-25"))).isEmpty();
  }

  @ParameterizedTest
  @ValueSource(strings = {"reporterReference", "providerName", "providerKvkNumber", "providerEmail", "location",
      "municipalityCode", "eventDate", "kind", "description", "reporterName"})
  void requiresField(String field) {
    Map<String, Object> missing = validReport();
    missing.remove(field);

    assertThat(validate(missing)).containsExactly(new FieldError(field, "is verplicht"));
    assertThat(validate(reportWith(field, ""))).containsExactly(new FieldError(field, "is verplicht"));
    assertThat(validate(reportWith(field, "   "))).containsExactly(new FieldError(field, "is verplicht"));
  }

  @ParameterizedTest
  @ValueSource(strings = {"1234567", "12345678a", "123456789", "1234 5678", "abcdefgh"})
  void refusesABadKvkNumber(String kvk) {
    assertThat(validate(reportWith(PROVIDER_KVK_NUMBER.name(), kvk)))
        .containsExactly(new FieldError(PROVIDER_KVK_NUMBER.name(), "moet een KvK-nummer van 8 cijfers zijn"));
  }

  @ParameterizedTest
  @ValueSource(strings = {"kwaliteit", "kwaliteit@", "kwaliteit@zorg", "kwa liteit@zorg.example", "a@@b.example"})
  void refusesABadProviderEmail(String email) {
    assertThat(validate(reportWith(PROVIDER_EMAIL.name(), email)))
        .containsExactly(new FieldError(PROVIDER_EMAIL.name(), "moet een geldig e-mailadres zijn"));
  }

  @Test
  void refusesABadReporterEmail() {
    assertThat(validate(reportWith(REPORTER_EMAIL.name(), "smeets.example")))
        .containsExactly(new FieldError(REPORTER_EMAIL.name(), "moet een geldig e-mailadres zijn"));
  }

  @Test
  void refusesABadReporterPhone() {
    assertThat(validate(reportWith(REPORTER_PHONE.name(), "bel mij")))
        .containsExactly(new FieldError(REPORTER_PHONE.name(), "moet een telefoonnummer zijn"));
  }

  @Test
  void refusesAMunicipalityOutsideTheRegion() {
    assertThat(validate(reportWith(MUNICIPALITY_CODE.name(), "GM9999")))
        .containsExactly(new FieldError(MUNICIPALITY_CODE.name(), "is geen gemeente van de regio Testregio"));
  }

  @Test
  void refusesAnEventInTheFuture() {
    assertThat(validate(reportWith(EVENT_DATE.name(), "2026-11-26")))
        .containsExactly(new FieldError(EVENT_DATE.name(), "ligt in de toekomst"));
  }

  @Test
  void decidesTheFutureInDutchTime() {
    // 00:30 on 26 November in Amsterdam is still 25 November in UTC
    setClock("2026-11-26T00:30:00");

    assertThat(validate(reportWith(EVENT_DATE.name(), "2026-11-26"))).isEmpty();
    assertThat(validate(reportWith(EVENT_DATE.name(), "2026-11-27")))
        .containsExactly(new FieldError(EVENT_DATE.name(), "ligt in de toekomst"));
  }

  @ParameterizedTest
  @ValueSource(strings = {"20-11-2026", "2026-13-01", "2026-02-30", "gisteren"})
  void refusesAnEventDateThatIsNoIsoDate(String date) {
    assertThat(validate(reportWith(EVENT_DATE.name(), date)))
        .containsExactly(new FieldError(EVENT_DATE.name(), "moet een datum zijn als 2026-11-20"));
  }

  @Test
  void refusesAnUnknownKind() {
    assertThat(validate(reportWith(KIND.name(), "brand")))
        .containsExactly(new FieldError(KIND.name(), "moet 'calamiteit' of 'geweld' zijn"));
  }

  @Test
  void refusesTextOfTheWrongType() {
    assertThat(validate(reportWith(PROVIDER_NAME.name(), 42)))
        .containsExactly(new FieldError(PROVIDER_NAME.name(), "moet tekst zijn"));
  }

  @ParameterizedTest
  @ValueSource(strings = {"careUnderWlz", "careUnderZvw", "careUnderJeugdwet"})
  void refusesABooleanOfTheWrongType(String field) {
    assertThat(validate(reportWith(field, "ja")))
        .containsExactly(new FieldError(field, "moet true of false zijn"));
  }

  @Test
  void refusesTooLongText() {
    assertThat(validate(reportWith(PROVIDER_NAME.name(), "x".repeat(201))))
        .containsExactly(new FieldError(PROVIDER_NAME.name(), "is langer dan 200 tekens"));
  }

  @Test
  void requiresTheReferenceOnlyWhenAsked() {
    Map<String, Object> report = validReport();
    report.remove(REPORTER_REFERENCE.name());

    assertThat(validator.validate(report, true))
        .containsExactly(new FieldError(REPORTER_REFERENCE.name(), "is verplicht"));
    assertThat(validator.validate(report, false)).isEmpty();
  }

  @Test
  void checksAnOptionalReferenceWhenGiven() {
    assertThat(validator.validate(reportWith(REPORTER_REFERENCE.name(), "ZA 2026 1183"), false))
        .containsExactly(new FieldError(REPORTER_REFERENCE.name(), REFERENCE_MESSAGE));
  }

  @ParameterizedTest
  @ValueSource(strings = {"ZA 2026 1183", "ZA-2026#1183", "ZA-2026-1183;DROP"})
  void refusesAReferenceWithForbiddenCharacters(String reference) {
    assertThat(validate(reportWith(REPORTER_REFERENCE.name(), reference)))
        .containsExactly(new FieldError(REPORTER_REFERENCE.name(), REFERENCE_MESSAGE));
  }

  @Test
  void refusesAReferenceOfMoreThanAHundredCharacters() {
    assertThat(validate(reportWith(REPORTER_REFERENCE.name(), "R".repeat(100)))).isEmpty();
    assertThat(validate(reportWith(REPORTER_REFERENCE.name(), "R".repeat(101))))
        .containsExactly(new FieldError(REPORTER_REFERENCE.name(), REFERENCE_MESSAGE));
  }

  @Test
  void acceptsAReferenceWithAllAllowedCharacters() {
    assertThat(validate(reportWith(REPORTER_REFERENCE.name(), "urn:zorg/ZA_2026.11-83"))).isEmpty();
  }

  @Test
  void reportsEveryBadField() {
    Map<String, Object> report = validReport();
    report.remove(PROVIDER_NAME.name());
    PROVIDER_KVK_NUMBER.put(report, "1234567");
    PROVIDER_EMAIL.put(report, "geen-adres");
    MUNICIPALITY_CODE.put(report, "GM9999");
    EVENT_DATE.put(report, "20-11-2026");
    KIND.put(report, "brand");
    report.put(CARE_UNDER_WLZ.name(), "ja"); // deliberately not a boolean
    REPORTER_REFERENCE.put(report, "met spaties");

    assertThat(validate(report)).containsExactlyInAnyOrder(
        new FieldError(PROVIDER_NAME.name(), "is verplicht"),
        new FieldError(PROVIDER_KVK_NUMBER.name(), "moet een KvK-nummer van 8 cijfers zijn"),
        new FieldError(PROVIDER_EMAIL.name(), "moet een geldig e-mailadres zijn"),
        new FieldError(MUNICIPALITY_CODE.name(), "is geen gemeente van de regio Testregio"),
        new FieldError(EVENT_DATE.name(), "moet een datum zijn als 2026-11-20"),
        new FieldError(KIND.name(), "moet 'calamiteit' of 'geweld' zijn"),
        new FieldError(CARE_UNDER_WLZ.name(), "moet true of false zijn"),
        new FieldError(REPORTER_REFERENCE.name(), REFERENCE_MESSAGE));
  }

  @Test
  void reportsEveryMissingFieldOfAnEmptyReport() {
    assertThat(validate(new HashMap<>())).extracting(FieldError::field).containsExactlyInAnyOrder(
        REPORTER_REFERENCE.name(), PROVIDER_NAME.name(), PROVIDER_KVK_NUMBER.name(), PROVIDER_EMAIL.name(), LOCATION.name(), MUNICIPALITY_CODE.name(),
        EVENT_DATE.name(), KIND.name(), DESCRIPTION.name(), REPORTER_NAME.name());
  }
}

package nl.wmotoezicht.calamity;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.ZonedDateTime;
import java.util.Date;
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
    setToday("2026-11-25T12:00:00");
  }

  @AfterEach
  void resetClock() {
    ClockUtil.reset();
  }

  private static void setToday(String localDateTime) {
    ClockUtil.setCurrentTime(Date.from(ZonedDateTime.parse(localDateTime + "+01:00[Europe/Amsterdam]").toInstant()));
  }

  private static Map<String, Object> validReport() {
    Map<String, Object> report = new HashMap<>();
    report.put("reporterReference", "ZA-2026-1183");
    report.put("providerName", "Zorg Thuis Zuid B.V.");
    report.put("providerKvkNumber", "12345678");
    report.put("providerEmail", "kwaliteit@zorgthuiszuid.example");
    report.put("location", "Woonlocatie De Linde, Heerlen");
    report.put("municipalityCode", "GM0917");
    report.put("eventDate", "2026-11-20");
    report.put("kind", "calamiteit");
    report.put("description", "Cliënt gevallen tijdens transfer; heupfractuur.");
    report.put("reporterName", "J. Smeets");
    report.put("reporterEmail", "j.smeets@zorgthuiszuid.example");
    report.put("reporterPhone", "045 123 4567");
    report.put("careUnderWlz", true);
    report.put("careUnderZvw", false);
    report.put("careUnderJeugdwet", false);
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
    assertThat(validate(reportWith("kind", "geweld"))).isEmpty();
  }

  @Test
  void acceptsAReportWithoutTheOptionalFields() {
    Map<String, Object> report = validReport();
    report.remove("reporterEmail");
    report.remove("reporterPhone");
    report.remove("careUnderWlz");
    report.remove("careUnderZvw");
    report.remove("careUnderJeugdwet");

    assertThat(validate(report)).isEmpty();
  }

  @Test
  void acceptsAnEventToday() {
    assertThat(validate(reportWith("eventDate", "2026-11-25"))).isEmpty();
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
    assertThat(validate(reportWith("providerKvkNumber", kvk)))
        .containsExactly(new FieldError("providerKvkNumber", "moet een KvK-nummer van 8 cijfers zijn"));
  }

  @ParameterizedTest
  @ValueSource(strings = {"kwaliteit", "kwaliteit@", "kwaliteit@zorg", "kwa liteit@zorg.example", "a@@b.example"})
  void refusesABadProviderEmail(String email) {
    assertThat(validate(reportWith("providerEmail", email)))
        .containsExactly(new FieldError("providerEmail", "moet een geldig e-mailadres zijn"));
  }

  @Test
  void refusesABadReporterEmail() {
    assertThat(validate(reportWith("reporterEmail", "smeets.example")))
        .containsExactly(new FieldError("reporterEmail", "moet een geldig e-mailadres zijn"));
  }

  @Test
  void refusesABadReporterPhone() {
    assertThat(validate(reportWith("reporterPhone", "bel mij")))
        .containsExactly(new FieldError("reporterPhone", "moet een telefoonnummer zijn"));
  }

  @Test
  void refusesAMunicipalityOutsideTheRegion() {
    assertThat(validate(reportWith("municipalityCode", "GM9999")))
        .containsExactly(new FieldError("municipalityCode", "is geen gemeente van de regio Testregio"));
  }

  @Test
  void refusesAnEventInTheFuture() {
    assertThat(validate(reportWith("eventDate", "2026-11-26")))
        .containsExactly(new FieldError("eventDate", "ligt in de toekomst"));
  }

  @Test
  void decidesTheFutureInDutchTime() {
    // 00:30 on 26 November in Amsterdam is still 25 November in UTC
    setToday("2026-11-26T00:30:00");

    assertThat(validate(reportWith("eventDate", "2026-11-26"))).isEmpty();
    assertThat(validate(reportWith("eventDate", "2026-11-27")))
        .containsExactly(new FieldError("eventDate", "ligt in de toekomst"));
  }

  @ParameterizedTest
  @ValueSource(strings = {"20-11-2026", "2026-13-01", "2026-02-30", "gisteren"})
  void refusesAnEventDateThatIsNoIsoDate(String date) {
    assertThat(validate(reportWith("eventDate", date)))
        .containsExactly(new FieldError("eventDate", "moet een datum zijn als 2026-11-20"));
  }

  @Test
  void refusesAnUnknownKind() {
    assertThat(validate(reportWith("kind", "brand")))
        .containsExactly(new FieldError("kind", "moet 'calamiteit' of 'geweld' zijn"));
  }

  @Test
  void refusesTextOfTheWrongType() {
    assertThat(validate(reportWith("providerName", 42)))
        .containsExactly(new FieldError("providerName", "moet tekst zijn"));
  }

  @ParameterizedTest
  @ValueSource(strings = {"careUnderWlz", "careUnderZvw", "careUnderJeugdwet"})
  void refusesABooleanOfTheWrongType(String field) {
    assertThat(validate(reportWith(field, "ja")))
        .containsExactly(new FieldError(field, "moet true of false zijn"));
  }

  @Test
  void refusesTooLongText() {
    assertThat(validate(reportWith("providerName", "x".repeat(201))))
        .containsExactly(new FieldError("providerName", "is langer dan 200 tekens"));
  }

  @Test
  void requiresTheReferenceOnlyWhenAsked() {
    Map<String, Object> report = validReport();
    report.remove("reporterReference");

    assertThat(validator.validate(report, true))
        .containsExactly(new FieldError("reporterReference", "is verplicht"));
    assertThat(validator.validate(report, false)).isEmpty();
  }

  @Test
  void checksAnOptionalReferenceWhenGiven() {
    assertThat(validator.validate(reportWith("reporterReference", "ZA 2026 1183"), false))
        .containsExactly(new FieldError("reporterReference", REFERENCE_MESSAGE));
  }

  @ParameterizedTest
  @ValueSource(strings = {"ZA 2026 1183", "ZA-2026#1183", "ZA-2026-1183;DROP"})
  void refusesAReferenceWithForbiddenCharacters(String reference) {
    assertThat(validate(reportWith("reporterReference", reference)))
        .containsExactly(new FieldError("reporterReference", REFERENCE_MESSAGE));
  }

  @Test
  void refusesAReferenceOfMoreThanAHundredCharacters() {
    assertThat(validate(reportWith("reporterReference", "R".repeat(100)))).isEmpty();
    assertThat(validate(reportWith("reporterReference", "R".repeat(101))))
        .containsExactly(new FieldError("reporterReference", REFERENCE_MESSAGE));
  }

  @Test
  void acceptsAReferenceWithAllAllowedCharacters() {
    assertThat(validate(reportWith("reporterReference", "urn:zorg/ZA_2026.11-83"))).isEmpty();
  }

  @Test
  void reportsEveryBadField() {
    Map<String, Object> report = validReport();
    report.remove("providerName");
    report.put("providerKvkNumber", "1234567");
    report.put("providerEmail", "geen-adres");
    report.put("municipalityCode", "GM9999");
    report.put("eventDate", "20-11-2026");
    report.put("kind", "brand");
    report.put("careUnderWlz", "ja");
    report.put("reporterReference", "met spaties");

    assertThat(validate(report)).containsExactlyInAnyOrder(
        new FieldError("providerName", "is verplicht"),
        new FieldError("providerKvkNumber", "moet een KvK-nummer van 8 cijfers zijn"),
        new FieldError("providerEmail", "moet een geldig e-mailadres zijn"),
        new FieldError("municipalityCode", "is geen gemeente van de regio Testregio"),
        new FieldError("eventDate", "moet een datum zijn als 2026-11-20"),
        new FieldError("kind", "moet 'calamiteit' of 'geweld' zijn"),
        new FieldError("careUnderWlz", "moet true of false zijn"),
        new FieldError("reporterReference", REFERENCE_MESSAGE));
  }

  @Test
  void reportsEveryMissingFieldOfAnEmptyReport() {
    assertThat(validate(new HashMap<>())).extracting(FieldError::field).containsExactlyInAnyOrder(
        "reporterReference", "providerName", "providerKvkNumber", "providerEmail", "location", "municipalityCode",
        "eventDate", "kind", "description", "reporterName");
  }
}

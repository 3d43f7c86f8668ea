package nl.wmotoezicht.notification;

import static nl.wmotoezicht.calamity.CalamityProcess.Variables.ASSESSMENT_FINDINGS;
import static nl.wmotoezicht.calamity.CalamityProcess.Variables.CARE_UNDER_JEUGDWET;
import static nl.wmotoezicht.calamity.CalamityProcess.Variables.CARE_UNDER_WLZ;
import static nl.wmotoezicht.calamity.CalamityProcess.Variables.CARE_UNDER_ZVW;
import static nl.wmotoezicht.calamity.CalamityProcess.Variables.DESCRIPTION;
import static nl.wmotoezicht.calamity.CalamityProcess.Variables.EVENT_DATE;
import static nl.wmotoezicht.calamity.CalamityProcess.Variables.IGJ_COORDINATION_REQUIRED;
import static nl.wmotoezicht.calamity.CalamityProcess.Variables.INVESTIGATION_BY;
import static nl.wmotoezicht.calamity.CalamityProcess.Variables.INVESTIGATION_CAREFUL;
import static nl.wmotoezicht.calamity.CalamityProcess.Variables.KIND;
import static nl.wmotoezicht.calamity.CalamityProcess.Variables.LOCATION;
import static nl.wmotoezicht.calamity.CalamityProcess.Variables.MEASURES_SUFFICIENT;
import static nl.wmotoezicht.calamity.CalamityProcess.Variables.OWN_FINDINGS;
import static nl.wmotoezicht.calamity.CalamityProcess.Variables.PROVIDER_INVESTIGATION_DEADLINE;
import static nl.wmotoezicht.calamity.CalamityProcess.Variables.PROVIDER_REPORT_SUMMARY;
import static nl.wmotoezicht.calamity.CalamityProcess.Variables.RECEIVED_AT;
import static nl.wmotoezicht.calamity.CalamityProcess.Variables.REPORTER_EMAIL;
import static nl.wmotoezicht.calamity.CalamityProcess.Variables.REPORTER_NAME;
import static nl.wmotoezicht.calamity.CalamityProcess.Variables.REPORTER_PHONE;
import static nl.wmotoezicht.calamity.CalamityProcess.Variables.REPORTER_REFERENCE;
import static nl.wmotoezicht.kernel.CaseVariables.MUNICIPALITY_CODE;
import static nl.wmotoezicht.kernel.CaseVariables.MUNICIPALITY_NAME;
import static nl.wmotoezicht.notification.MailVariables.TEMPLATE;
import static nl.wmotoezicht.notification.MailVariables.TO;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import nl.wmotoezicht.kernel.CaseVariables;
import nl.wmotoezicht.kernel.ProviderVariables;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import nl.wmotoezicht.testsupport.TestProvider;

class MailTemplatesTest {

  private static final String CASE_NUMBER = "CAL-2026-00001";
  private static final String PROVIDER_NAME = "Zorg Thuis Zuid B.V.";


  private final MailTemplates templates = new MailTemplates();

  /** Every template file on the classpath: name (without .txt) and source text. */
  record Template(String name, String source) {
    @Override
    public String toString() {
      return name;
    }
  }

  static List<Template> templateFiles() {
    try {
      Resource[] resources = new PathMatchingResourcePatternResolver(MailTemplatesTest.class.getClassLoader())
          .getResources("classpath*:mail/*.txt");
      return Arrays.stream(resources).map(MailTemplatesTest::template).distinct().sorted(
          (a, b) -> a.name().compareTo(b.name())).toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static Template template(Resource resource) {
    String filename = resource.getFilename();
    try (InputStream in = resource.getInputStream()) {
      return new Template(filename.substring(0, filename.length() - ".txt".length()),
          new String(in.readAllBytes(), StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static Stream<Arguments> templatesAndKinds() {
    return templateFiles().stream().flatMap(t -> Stream.of(Arguments.of(t, "calamiteit"), Arguments.of(t, "geweld")));
  }

  /** All variables a calamity case may hold when a mail is sent, plus what SendMailDelegate adds. */
  private static Map<String, Object> sampleModel(String kind) {
    Map<String, Object> model = new HashMap<>();
    CaseVariables.CASE_NUMBER.put(model, CASE_NUMBER);
    MUNICIPALITY_CODE.put(model, "GM0917");
    MUNICIPALITY_NAME.put(model, "Heerlen");
    model.put("regionName", "Testregio");
    REPORTER_REFERENCE.put(model, "ZA-2026-1183");
    new TestProvider(PROVIDER_NAME, "12345678", "kwaliteit@zorgthuiszuid.example").into(model);
    LOCATION.put(model, "Woonlocatie De Linde, Heerlen");
    EVENT_DATE.put(model, "2026-11-20");
    KIND.put(model, kind);
    DESCRIPTION.put(model, "Cliënt gevallen tijdens transfer; heupfractuur.");
    REPORTER_NAME.put(model, "J. Smeets");
    REPORTER_EMAIL.put(model, "j.smeets@zorgthuiszuid.example");
    REPORTER_PHONE.put(model, "045 123 4567");
    CARE_UNDER_WLZ.put(model, true);
    CARE_UNDER_ZVW.put(model, false);
    CARE_UNDER_JEUGDWET.put(model, true);
    IGJ_COORDINATION_REQUIRED.put(model, true);
    RECEIVED_AT.put(model, "2026-11-21T09:15:00+01:00");
    INVESTIGATION_BY.put(model, "aanbieder");
    PROVIDER_INVESTIGATION_DEADLINE.put(model, "2026-12-15");
    PROVIDER_REPORT_SUMMARY.put(model, "De aanbieder heeft het transferprotocol aangepast.");
    OWN_FINDINGS.put(model, "Geen aanvullende bevindingen.");
    INVESTIGATION_CAREFUL.put(model, true);
    MEASURES_SUFFICIENT.put(model, true);
    ASSESSMENT_FINDINGS.put(model, "Het onderzoek is zorgvuldig; de maatregelen zijn voldoende.");
    TEMPLATE.put(model, "onbekend");
    TO.put(model, "kwaliteit@zorgthuiszuid.example");
    return model;
  }

  @Test
  void findsTheTemplates() {
    assertThat(templateFiles()).extracting(Template::name)
        .isNotEmpty()
        .contains("calamiteit-melding-gemeente", "calamiteit-onderzoek-verzoek");
  }

  @ParameterizedTest(name = "{0} ({1})")
  @MethodSource("templatesAndKinds")
  void rendersSubjectWithCaseNumber(Template template, String kind) {
    MailTemplates.RenderedMail mail = templates.render(template.name(), sampleModel(kind));

    assertThat(mail.subject()).isNotBlank().contains(CASE_NUMBER).doesNotContain("\n");
  }

  @ParameterizedTest(name = "{0} ({1})")
  @MethodSource("templatesAndKinds")
  void rendersEveryExpression(Template template, String kind) {
    MailTemplates.RenderedMail mail = templates.render(template.name(), sampleModel(kind));

    assertThat(mail.subject() + "\n" + mail.body())
        .doesNotContain("[(", "[[", "${", "[#", "[/]", "th:")
        .doesNotContain("null");
    assertThat(mail.body()).isNotBlank().endsWith("\n").doesNotStartWith("Onderwerp:");
  }

  @ParameterizedTest(name = "{0} ({1})")
  @MethodSource("templatesAndKinds")
  void bodyNamesTheCaseOrTheProvider(Template template, String kind) {
    MailTemplates.RenderedMail mail = templates.render(template.name(), sampleModel(kind));

    assertThat(mail.body()).containsAnyOf(CASE_NUMBER, PROVIDER_NAME);
  }

  @Test
  void extensionLetterBodyNamesTheCase() {
    MailTemplates.RenderedMail mail = templates.render("calamiteit-onderzoek-verlenging", sampleModel("calamiteit"));

    assertThat(mail.body()).contains(CASE_NUMBER);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("templateFiles")
  void rendersDatesInDutch(Template template) {
    MailTemplates.RenderedMail mail = templates.render(template.name(), sampleModel("calamiteit"));
    String text = mail.subject() + "\n" + mail.body();

    if (template.source().contains("providerInvestigationDeadline")) {
      assertThat(text).contains("15 december 2026");
    }
    if (template.source().contains("eventDate")) {
      assertThat(text).contains("20 november 2026");
    }
    assertThat(text).doesNotContain("2026-12-15", "2026-11-20");
  }

  @Test
  void usesTheDeadlineInTheLettersAboutTheProvidersInvestigation() {
    for (String name : List.of("calamiteit-onderzoek-verzoek", "calamiteit-onderzoek-herinnering",
        "calamiteit-onderzoek-verlenging")) {
      MailTemplates.RenderedMail mail = templates.render(name, sampleModel("calamiteit"));
      assertThat(mail.body()).as(name).contains("uiterlijk op 15 december 2026 (laatste dag)");
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("templateFiles")
  void namesTheKindOfReport(Template template) {
    String calamity = render(template, "calamiteit");
    String violence = render(template, "geweld");

    assertThat(calamity).doesNotContain("geweld");
    if (template.source().contains("kind")) {
      assertThat(violence).contains("geweld");
    }
  }

  @Test
  void listsOnlyTheOtherLawsTheProviderWorksUnder() {
    MailTemplates.RenderedMail mail = templates.render("calamiteit-melding-igj", sampleModel("calamiteit"));

    assertThat(mail.body())
        .contains("- de Wet langdurige zorg", "- de Jeugdwet")
        .doesNotContain("Zorgverzekeringswet");
  }

  private String render(Template template, String kind) {
    MailTemplates.RenderedMail mail = templates.render(template.name(), sampleModel(kind));
    return mail.subject() + "\n" + mail.body();
  }

  /** Issue 11 finding 8: a line break in a value cannot end the subject early and push the rest into the body. */
  @Test
  void aLineBreakInAValueCannotShortenTheSubject() {
    Map<String, Object> model = sampleModel("calamiteit");
    ProviderVariables.PROVIDER_NAME.put(model, "Zorg Thuis\r\nBcc: buiten@example.com\nX");
    MailTemplates.RenderedMail mail = templates.render("calamiteit-melding-gemeente", model);
    assertThat(mail.subject()).isEqualTo("Calamiteit gemeld bij Zorg Thuis Bcc: buiten@example.com X (zaak "
        + CASE_NUMBER + ")");
    assertThat(mail.subject()).doesNotContain("\n", "\r");
    assertThat(mail.body()).doesNotContain("\u0000").doesNotStartWith("Bcc");
  }
}

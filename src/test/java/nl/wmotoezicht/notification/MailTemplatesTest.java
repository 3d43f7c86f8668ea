package nl.wmotoezicht.notification;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

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
    model.put("caseNumber", CASE_NUMBER);
    model.put("municipalityCode", "GM0917");
    model.put("municipalityName", "Heerlen");
    model.put("regionName", "Testregio");
    model.put("reporterReference", "ZA-2026-1183");
    model.put("providerName", PROVIDER_NAME);
    model.put("providerKvkNumber", "12345678");
    model.put("providerEmail", "kwaliteit@zorgthuiszuid.example");
    model.put("location", "Woonlocatie De Linde, Heerlen");
    model.put("eventDate", "2026-11-20");
    model.put("kind", kind);
    model.put("description", "Cliënt gevallen tijdens transfer; heupfractuur.");
    model.put("reporterName", "J. Smeets");
    model.put("reporterEmail", "j.smeets@zorgthuiszuid.example");
    model.put("reporterPhone", "045 123 4567");
    model.put("careUnderWlz", true);
    model.put("careUnderZvw", false);
    model.put("careUnderJeugdwet", true);
    model.put("igjCoordinationRequired", true);
    model.put("receivedAt", "2026-11-21T09:15:00+01:00");
    model.put("investigationBy", "aanbieder");
    model.put("providerInvestigationDeadline", "2026-12-15");
    model.put("providerReportSummary", "De aanbieder heeft het transferprotocol aangepast.");
    model.put("ownFindings", "Geen aanvullende bevindingen.");
    model.put("investigationCareful", true);
    model.put("measuresSufficient", true);
    model.put("assessmentFindings", "Het onderzoek is zorgvuldig; de maatregelen zijn voldoende.");
    model.put("mailTemplate", "onbekend");
    model.put("mailTo", "kwaliteit@zorgthuiszuid.example");
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
    model.put("providerName", "Zorg Thuis\r\nBcc: buiten@example.com\nX");
    MailTemplates.RenderedMail mail = templates.render("calamiteit-melding-gemeente", model);
    assertThat(mail.subject()).isEqualTo("Calamiteit gemeld bij Zorg Thuis Bcc: buiten@example.com X (zaak "
        + CASE_NUMBER + ")");
    assertThat(mail.subject()).doesNotContain("\n", "\r");
    assertThat(mail.body()).doesNotContain("\u0000").doesNotStartWith("Bcc");
  }
}

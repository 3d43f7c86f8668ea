package nl.wmotoezicht.notification;

import static nl.wmotoezicht.bezwaar.BezwaarProcess.Variables.DECISION_CASE_NUMBER;
import static nl.wmotoezicht.bezwaar.BezwaarProcess.Variables.OBJECTION_RECEIVED_ON;
import static nl.wmotoezicht.calamity.CalamityProcess.Variables.EVENT_DATE;
import static nl.wmotoezicht.calamity.CalamityProcess.Variables.KIND;
import static nl.wmotoezicht.calamity.CalamityProcess.Variables.LOCATION;
import static nl.wmotoezicht.dwangsom.DwangsomProcess.Variables.COMPLIANCE_TERM;
import static nl.wmotoezicht.dwangsom.DwangsomProcess.Variables.DECISION_MOTIVATION;
import static nl.wmotoezicht.dwangsom.DwangsomProcess.Variables.DWANGSOM_AMOUNT;
import static nl.wmotoezicht.dwangsom.DwangsomProcess.Variables.DWANGSOM_CASE_NUMBER;
import static nl.wmotoezicht.dwangsom.DwangsomProcess.Variables.DWANGSOM_KIND;
import static nl.wmotoezicht.dwangsom.DwangsomProcess.Variables.DWANGSOM_MAXIMUM;
import static nl.wmotoezicht.dwangsom.DwangsomProcess.Variables.FORFEITED_ON;
import static nl.wmotoezicht.dwangsom.DwangsomProcess.Variables.FORFEITURE_AMOUNT;
import static nl.wmotoezicht.dwangsom.DwangsomProcess.Variables.LAST_DESCRIPTION;
import static nl.wmotoezicht.dwangsom.DwangsomProcess.Variables.LAST_FORFEITURE_AMOUNT;
import static nl.wmotoezicht.dwangsom.DwangsomProcess.Variables.RECHECK_DATE;
import static nl.wmotoezicht.dwangsom.DwangsomProcess.Variables.SANCTION_TYPE;
import static nl.wmotoezicht.investigation.InvestigationProcess.Variables.SUBJECT;
import static nl.wmotoezicht.kernel.CaseVariables.CASE_NUMBER;
import static nl.wmotoezicht.kernel.CaseVariables.MUNICIPALITY_CODE;
import static nl.wmotoezicht.kernel.CaseVariables.MUNICIPALITY_NAME;
import static nl.wmotoezicht.publication.PublicationProcess.Variables.PUBLICATION_DATE;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import nl.wmotoezicht.documents.DocumentRenderer;
import nl.wmotoezicht.terms.LegalCalendar;
import nl.wmotoezicht.terms.PublicHolidays;
import nl.wmotoezicht.terms.TermPeriod;
import nl.wmotoezicht.testsupport.PdfDocuments;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import nl.wmotoezicht.testsupport.TestProvider;

/**
 * One date, one meaning (docs/termijnen.md): every letter, mail and form that shows a term shows its LAST DAY,
 * labelled as such ("uiterlijk op 2 januari 2027 (laatste dag)"), never the day after. Each template is rendered with
 * the term's last day as the legal calendar computes it, and its text is compared with that day.
 */
class LastDayWordingTest {

  private static final LegalCalendar CALENDAR = new LegalCalendar(PublicHolidays.withoutDecrees());
  /** A begunstigingstermijn of two weeks set on Saturday 19 December 2026: it ends Saturday 2 January 2027. */
  private static final LocalDate COMPLIANCE = CALENDAR.compute(LocalDate.of(2026, 12, 19), TermPeriod.parse("P2W"),
      false).ends();
  /**
   * The bezwaartermijn (six weeks, art. 6:7 Awb) of a decision sent on 20 November 2026 would end on New Year's Day
   * and is extended to Monday 4 January 2027 (art. 1 Atw).
   */
  private static final LocalDate OBJECTION = CALENDAR.compute(LocalDate.of(2026, 11, 20), TermPeriod.parse("P6W"),
      true).ends();

  /** Variables that hold the last day of a term; a template shows them only as the last day. */
  static final Set<String> TERM_VARIABLES = Set.of("complianceDeadline", "objectionTermEnds", "zienswijzeDeadline",
      "warningDeadline", "defaultDeadline", "lastPayBy", "payBy", "providerInvestigationDeadline", "repairDeadline",
      "viewDeadline", "hearingTermEnds", "decideBy", "verjaringDate", "investigationStartDeadline",
      "reactionDeadline", "reminderTermEnds");

  private final MailTemplates mails = new MailTemplates();
  private final DocumentRenderer documents = new DocumentRenderer();

  @Test
  void theCalendarGivesTheExamplesLastDays() {
    assertThat(COMPLIANCE).isEqualTo(LocalDate.of(2027, 1, 2));
    assertThat(OBJECTION).isEqualTo(LocalDate.of(2027, 1, 4));
  }

  /** The templates rendered both as a letter and as a mail, with the term each shows. */
  private static Stream<Arguments> lettersAndMailsWithATerm() {
    return Stream.of(
        Arguments.of("dwangsom-besluit", "complianceDeadline"), Arguments.of("dwangsom-besluit", "objectionTermEnds"),
        Arguments.of("bestuursdwang-besluit", "complianceDeadline"),
        Arguments.of("bestuursdwang-besluit", "objectionTermEnds"),
        Arguments.of("dwangsom-voornemen", "zienswijzeDeadline"), Arguments.of("dwangsom-verbeurbrief", "lastPayBy"),
        Arguments.of("piramide-waarschuwing", "warningDeadline"),
        Arguments.of("piramide-ingebrekestelling", "defaultDeadline"), Arguments.of("invordering-aanmaning", "payBy"),
        Arguments.of("invordering-aanmaning", "reminderTermEnds"),
        Arguments.of("calamiteit-onderzoek-verzoek", "providerInvestigationDeadline"),
        Arguments.of("calamiteit-onderzoek-verlenging", "providerInvestigationDeadline"),
        Arguments.of("openbaarmaking-aankondiging", "viewDeadline"));
  }

  static Stream<Arguments> lettersWithATerm() {
    return Stream.concat(lettersAndMailsWithATerm(), Stream.of(Arguments.of("rapport-concept", "zienswijzeDeadline")));
  }

  @ParameterizedTest(name = "brief {0}: {1}")
  @MethodSource("lettersWithATerm")
  void aLetterShowsTheLastDayOfItsTerm(String template, String variable) {
    String text = PdfDocuments.text(documents.pdf(template, model(variable)));

    assertLastDay(text, variable);
  }

  static Stream<Arguments> mailsWithATerm() {
    return Stream.concat(lettersAndMailsWithATerm(), Stream.of(
        Arguments.of("calamiteit-onderzoek-herinnering", "providerInvestigationDeadline"),
        Arguments.of("signaal-concept-rapport", "zienswijzeDeadline"),
        Arguments.of("signaal-herstelaanbod", "repairDeadline"),
        Arguments.of("invordering-horen", "hearingTermEnds"), Arguments.of("bezwaar-verdaging", "decideBy"),
        Arguments.of("invordering-verjaring-waarschuwing", "verjaringDate")));
  }

  @ParameterizedTest(name = "mail {0}: {1}")
  @MethodSource("mailsWithATerm")
  void aMailShowsTheLastDayOfItsTerm(String template, String variable) {
    MailTemplates.RenderedMail mail = mails.render(template, model(variable));

    assertLastDay(mail.subject() + "\n" + mail.body(), variable);
  }

  @Test
  void theVerjaringWarningSaysTheClaimLapsesOnlyTheDayAfterTheLastDay() {
    MailTemplates.RenderedMail mail = mails.render("invordering-verjaring-waarschuwing", model("verjaringDate"));

    assertThat(mail.body()).contains("uiterlijk op 2 januari 2027 (laatste dag) worden ingevorderd",
        "vanaf 3 januari 2027 is zij verjaard").doesNotContain("verjaart op 2 januari 2027");
  }

  @Test
  void theDwangbevelChargesInterestFromTheDayAfterTheLastDayToPay() {
    Map<String, Object> model = model("payBy");
    model.put("warrantIssuedOn", "2027-02-01");
    String text = PdfDocuments.text(documents.pdf("invordering-dwangbevel", model));

    assertThat(text).contains("vanaf de dag van verzuim: 3 januari 2027, de dag na de laatste dag van de "
        + "betalingstermijn (2 januari 2027)");
  }

  /**
   * A guard over every template: a term variable is shown through {@code dates.lastDay(…)}, or after an explicit
   * "Laatste dag" label; {@code dates.format(…)} of a term variable elsewhere fails, so a new text cannot show a term
   * without saying which day it means.
   */
  @Test
  void noTemplateShowsATermWithoutItsLastDayLabel() throws IOException {
    Pattern formatted = Pattern.compile("dates\\.format\\((\\w+)\\)");
    List<String> offenders = new ArrayList<>();
    for (Path dir : List.of(Path.of("src/main/resources/mail"), Path.of("src/main/resources/documents"))) {
      try (Stream<Path> files = Files.walk(dir)) {
        for (Path file : files.filter(Files::isRegularFile).toList()) {
          for (String line : Files.readAllLines(file)) {
            Matcher m = formatted.matcher(line);
            while (m.find()) {
              String before = line.substring(0, m.start()).toLowerCase();
              if (TERM_VARIABLES.contains(m.group(1)) && !before.contains("laatste dag")) {
                offenders.add(dir.relativize(file) + ": " + m.group(1));
              }
            }
          }
        }
      }
    }
    assertThat(offenders).as("terms shown without their last-day label").isEmpty();
  }

  /** Every form field that shows a term's date is labelled as its last day. */
  @Test
  void everyFormLabelsATermDateAsItsLastDay() throws IOException {
    ObjectMapper json = new ObjectMapper();
    List<String> offenders = new ArrayList<>();
    try (Stream<Path> files = Files.list(Path.of("forms"))) {
      for (Path file : files.filter(f -> f.toString().endsWith(".form")).toList()) {
        List<JsonNode> components = new ArrayList<>();
        collect(json.readTree(file.toFile()), components);
        for (JsonNode c : components) {
          if (TERM_VARIABLES.contains(c.path("key").asText())) {
            String label = c.hasNonNull("dateLabel") ? c.get("dateLabel").asText() : c.path("label").asText();
            if (!label.startsWith("Laatste dag") && !label.startsWith("Nieuwe laatste dag")) {
              offenders.add(file.getFileName() + ": " + c.path("key").asText() + " '" + label + "'");
            }
          }
        }
      }
    }
    assertThat(offenders).as("form fields of a term not labelled as its last day").isEmpty();
  }

  private static void collect(JsonNode node, List<JsonNode> into) {
    for (JsonNode component : node.path("components")) {
      into.add(component);
      collect(component, into);
    }
  }

  private static void assertLastDay(String text, String variable) {
    LocalDate last = variable.equals("objectionTermEnds") ? OBJECTION : COMPLIANCE;
    String shown = new nl.wmotoezicht.kernel.DutchDates().format(last.toString());
    String dayAfter = new nl.wmotoezicht.kernel.DutchDates().format(last.plusDays(1).toString());
    String flat = text.replaceAll("\\s+", " ");
    assertThat(flat).as(variable).contains(shown + " (laatste dag)");
    if (!variable.equals("verjaringDate")) { // it names the day after as the first day of verjaring, tested below
      assertThat(flat).as(variable + ": the day after the last day").doesNotContain(dayAfter + " ")
          .doesNotContain(dayAfter + ".").doesNotContain(dayAfter + ")");
      assertThat(flat).as(variable).containsAnyOf("uiterlijk op " + shown + " (laatste dag)",
          "Laatste dag");
    }
  }

  /** A case with every term on a different day, and the one under test on its computed last day. */
  private static Map<String, Object> model(String variable) {
    Map<String, Object> model = new HashMap<>();
    model.put(CASE_NUMBER.name(), "LOD-2026-00042");
    model.put(DWANGSOM_CASE_NUMBER.name(), "LOD-2026-00042");
    model.put(DECISION_CASE_NUMBER.name(), "LOD-2026-00042");
    model.put(MUNICIPALITY_CODE.name(), "GM0917");
    model.put(MUNICIPALITY_NAME.name(), "Heerlen");
    model.put("regionName", "Testregio");
    TestProvider.ZORG_THUIS_ZUID.into(model);
    model.put("documentTitle", "Brief");
    model.put("documentDate", "19 december 2026");
    model.put(LOCATION.name(), "Woonlocatie De Linde, Heerlen");
    model.put(EVENT_DATE.name(), "2026-11-20");
    model.put(KIND.name(), "calamiteit");
    model.put(SUBJECT.name(), "kwaliteit");
    model.put("violation", "Geen VOG.");
    model.put("legalBasis", "artikel 3.1 Wmo 2015");
    model.put(LAST_DESCRIPTION.name(), "Overleg VOG's.");
    model.put("remedyMeasures", "VOG aanvragen.");
    model.put(DECISION_MOTIVATION.name(), "Veiligheid.");
    model.put(SANCTION_TYPE.name(), "dwangsom");
    model.put(DWANGSOM_KIND.name(), "ineens");
    model.put(DWANGSOM_AMOUNT.name(), 2500L);
    model.put(DWANGSOM_MAXIMUM.name(), 2500L);
    model.put(COMPLIANCE_TERM.name(), "P2W");
    model.put(FORFEITURE_AMOUNT.name(), 2500L);
    model.put(LAST_FORFEITURE_AMOUNT.name(), 2500L);
    model.put(FORFEITED_ON.name(), "2026-11-02");
    model.put(RECHECK_DATE.name(), "2026-11-02");
    model.put("warningText", "Voer het tilprotocol in.");
    model.put("defaultText", "Lever de zorg volgens contract.");
    model.put("repairProposal", "Protocol aanpassen.");
    model.put(PUBLICATION_DATE.name(), "2027-03-15");
    model.put(OBJECTION_RECEIVED_ON.name(), "2026-11-02");
    model.put("hearingDate", "2026-11-02");
    // the other terms far from the one under test
    for (String other : TERM_VARIABLES) {
      model.put(other, "2027-06-30");
    }
    model.put(variable, (variable.equals("objectionTermEnds") ? OBJECTION : COMPLIANCE).toString());
    return model;
  }
}

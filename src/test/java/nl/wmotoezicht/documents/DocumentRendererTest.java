package nl.wmotoezicht.documents;

import static nl.wmotoezicht.bezwaar.BezwaarProcess.Variables.OBJECTION_TERM_ENDS;
import static nl.wmotoezicht.dwangsom.DwangsomProcess.Variables.COMPLIANCE_DEADLINE;
import static nl.wmotoezicht.dwangsom.DwangsomProcess.Variables.DECISION_MOTIVATION;
import static nl.wmotoezicht.dwangsom.DwangsomProcess.Variables.DWANGSOM_AMOUNT;
import static nl.wmotoezicht.dwangsom.DwangsomProcess.Variables.DWANGSOM_KIND;
import static nl.wmotoezicht.dwangsom.DwangsomProcess.Variables.DWANGSOM_MAXIMUM;
import static nl.wmotoezicht.dwangsom.DwangsomProcess.Variables.LAST_DESCRIPTION;
import static nl.wmotoezicht.investigation.InvestigationProcess.Variables.FINDINGS_SAFETY;
import static nl.wmotoezicht.investigation.InvestigationProcess.Variables.THEME_CLIENT_CENTRED;
import static nl.wmotoezicht.investigation.InvestigationProcess.Variables.THEME_SAFETY;
import static nl.wmotoezicht.investigation.InvestigationProcess.Variables.ZIENSWIJZE_DEADLINE;
import static nl.wmotoezicht.kernel.CaseVariables.CASE_NUMBER;
import static nl.wmotoezicht.kernel.CaseVariables.MUNICIPALITY_NAME;
import static nl.wmotoezicht.kernel.ProviderVariables.PROVIDER_NAME;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.HashMap;
import java.util.Map;
import nl.wmotoezicht.testsupport.PdfDocuments;
import org.junit.jupiter.api.Test;
import nl.wmotoezicht.testsupport.TestProvider;

/** The templates render to PDFs whose text a reader sees: letterhead, case data, legal articles. */
class DocumentRendererTest {

  private final DocumentRenderer renderer = new DocumentRenderer();

  private static Map<String, Object> caseData() {
    Map<String, Object> model = new HashMap<>();
    model.put(CASE_NUMBER.name(), "SIG-2026-00007");
    model.put(MUNICIPALITY_NAME.name(), "Heerlen");
    model.put("regionName", "GGD Zuid Limburg");
    TestProvider.ZORG_THUIS_ZUID.into(model);
    model.put("documentDate", "23 november 2026");
    return model;
  }

  @Test
  void concept_report_shows_the_municipality_case_themes_and_the_legal_basis() {
    Map<String, Object> model = caseData();
    model.put("documentTitle", "Conceptrapport toezicht Wmo");
    model.put(THEME_SAFETY.name(), "voldoetNiet");
    model.put(FINDINGS_SAFETY.name(), "Medicatie wordt niet dubbel gecontroleerd & niet afgetekend.");
    model.put(THEME_CLIENT_CENTRED.name(), "voldoet");
    model.put(ZIENSWIJZE_DEADLINE.name(), "2026-12-07");

    String text = PdfDocuments.text(renderer.pdf("rapport-concept", model));

    assertThat(text).contains("Gemeente Heerlen", "Toezicht Wmo GGD Zuid Limburg", "SIG-2026-00007",
        "Conceptrapport toezicht Wmo", "CONCEPT", "artikel 6.1 van de Wet maatschappelijke ondersteuning 2015",
        "artikel 3.1", "Cliëntgerichtheid", "Oordeel: voldoet niet",
        "Medicatie wordt niet dubbel gecontroleerd & niet afgetekend.", "uiterlijk op 7 december 2026 (laatste dag)",
        "Pagina 1 van");
  }

  @Test
  void a_letter_has_letterhead_addressee_date_subject_and_its_legal_remedy() {
    Map<String, Object> model = caseData();
    model.put("documentTitle", "Besluit last onder dwangsom (zaak SIG-2026-00007)");
    model.put("violation", "Geen verklaring omtrent het gedrag van medewerkers.");
    model.put("legalBasis", "artikel 3.1 Wmo 2015");
    model.put(LAST_DESCRIPTION.name(), "Overleg VOG's.");
    model.put("remedyMeasures", "VOG aanvragen.");
    model.put(COMPLIANCE_DEADLINE.name(), "2027-01-04");
    model.put(DWANGSOM_KIND.name(), "ineens");
    model.put(DWANGSOM_AMOUNT.name(), "2500");
    model.put(DWANGSOM_MAXIMUM.name(), "2500");
    model.put(OBJECTION_TERM_ENDS.name(), "2027-01-12");
    model.put(DECISION_MOTIVATION.name(), "De veiligheid van cliënten <vereist> dit.");

    String text = PdfDocuments.text(renderer.pdf("dwangsom-besluit", model));

    assertThat(text).contains("Gemeente Heerlen", "Zorg Thuis Zuid B.V.", "t.a.v. de directie", "23 november 2026",
        "SIG-2026-00007", "Geachte heer, mevrouw,", "artikel 125 van de Gemeentewet", "5:32b", "€ 2.500,00",
        "4 januari 2027", "De veiligheid van cliënten <vereist> dit.", "Bezwaar maken", "12 januari 2027",
        "artikelen 6:7 en 6:8 Awb", "Het college van burgemeester en wethouders van de gemeente Heerlen");
  }

  @Test
  void names_outside_western_european_letters_are_printed_as_written() {
    Map<String, Object> model = caseData();
    model.put(PROVIDER_NAME.name(), "Zorgbureau Łukasz & Özdemir");
    model.put("documentTitle", "Conceptrapport");
    model.put(FINDINGS_SAFETY.name(), "Directeur Şükrü Kowalczyk gesproken — afspraken ≥ 3.");

    String text = PdfDocuments.text(renderer.pdf("rapport-concept", model));

    assertThat(text).contains("Zorgbureau Łukasz & Özdemir", "Directeur Şükrü Kowalczyk gesproken — afspraken ≥ 3.");
  }

  @Test
  void a_template_name_is_a_name_not_a_path() {
    assertThatThrownBy(() -> renderer.pdf("../mail/dwangsom-besluit", caseData()))
        .isInstanceOf(IllegalArgumentException.class);
  }
}

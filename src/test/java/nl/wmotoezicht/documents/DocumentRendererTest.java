package nl.wmotoezicht.documents;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.HashMap;
import java.util.Map;
import nl.wmotoezicht.testsupport.PdfDocuments;
import org.junit.jupiter.api.Test;

/** The templates render to PDFs whose text a reader sees: letterhead, case data, legal articles. */
class DocumentRendererTest {

  private final DocumentRenderer renderer = new DocumentRenderer();

  private static Map<String, Object> caseData() {
    Map<String, Object> model = new HashMap<>();
    model.put("caseNumber", "SIG-2026-00007");
    model.put("municipalityName", "Heerlen");
    model.put("regionName", "GGD Zuid Limburg");
    model.put("providerName", "Zorg Thuis Zuid B.V.");
    model.put("providerKvkNumber", "12345678");
    model.put("providerEmail", "kwaliteit@zorgthuiszuid.example");
    model.put("documentDate", "23 november 2026");
    return model;
  }

  @Test
  void concept_report_shows_the_municipality_case_themes_and_the_legal_basis() {
    Map<String, Object> model = caseData();
    model.put("documentTitle", "Conceptrapport toezicht Wmo");
    model.put("judgementVeiligheid", "voldoetNiet");
    model.put("findingsVeiligheid", "Medicatie wordt niet dubbel gecontroleerd & niet afgetekend.");
    model.put("judgementClientgerichtheid", "voldoet");
    model.put("zienswijzeDeadline", "2026-12-07");

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
    model.put("lastDescription", "Overleg VOG's.");
    model.put("remedyMeasures", "VOG aanvragen.");
    model.put("complianceDeadline", "2027-01-04");
    model.put("dwangsomKind", "ineens");
    model.put("dwangsomAmount", "2500");
    model.put("dwangsomMaximum", "2500");
    model.put("objectionTermEnds", "2027-01-12");
    model.put("decisionMotivation", "De veiligheid van cliënten <vereist> dit.");

    String text = PdfDocuments.text(renderer.pdf("dwangsom-besluit", model));

    assertThat(text).contains("Gemeente Heerlen", "Zorg Thuis Zuid B.V.", "t.a.v. de directie", "23 november 2026",
        "SIG-2026-00007", "Geachte heer, mevrouw,", "artikel 125 van de Gemeentewet", "5:32b", "€ 2.500,00",
        "4 januari 2027", "De veiligheid van cliënten <vereist> dit.", "Bezwaar maken", "12 januari 2027",
        "artikelen 6:7 en 6:8 Awb", "Het college van burgemeester en wethouders van de gemeente Heerlen");
  }

  @Test
  void names_outside_western_european_letters_are_printed_as_written() {
    Map<String, Object> model = caseData();
    model.put("providerName", "Zorgbureau Łukasz & Özdemir");
    model.put("documentTitle", "Conceptrapport");
    model.put("findingsVeiligheid", "Directeur Şükrü Kowalczyk gesproken — afspraken ≥ 3.");

    String text = PdfDocuments.text(renderer.pdf("rapport-concept", model));

    assertThat(text).contains("Zorgbureau Łukasz & Özdemir", "Directeur Şükrü Kowalczyk gesproken — afspraken ≥ 3.");
  }

  @Test
  void a_template_name_is_a_name_not_a_path() {
    assertThatThrownBy(() -> renderer.pdf("../mail/dwangsom-besluit", caseData()))
        .isInstanceOf(IllegalArgumentException.class);
  }
}

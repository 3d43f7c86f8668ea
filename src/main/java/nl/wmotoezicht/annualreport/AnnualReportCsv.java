package nl.wmotoezicht.annualreport;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import nl.wmotoezicht.annualreport.AnnualReport.Amount;
import nl.wmotoezicht.annualreport.AnnualReport.TermsMet;

/**
 * The report as CSV (RFC 4180, comma-separated, UTF-8): one figure per line as {@code onderdeel,kenmerk,waarde}, in
 * the order of the PDF; amounts with a decimal point, shares in whole percent. The same figures as the JSON.
 */
final class AnnualReportCsv {

  static final String HEADER = "onderdeel,kenmerk,waarde";

  private AnnualReportCsv() {
  }

  static String of(AnnualReport report) {
    List<String[]> rows = new ArrayList<>();
    rows.add(row("rapport", "jaar", report.year()));
    rows.add(row("rapport", report.scope().kind(), report.scope().code()));
    rows.add(row("calamiteiten", "totaal", report.calamities().total()));
    map(rows, "calamiteiten-soort", report.calamities().byKind());
    map(rows, "calamiteiten-aanbieder", report.calamities().byProviderType());
    rows.add(row("signalen", "totaal", report.signals().total()));
    map(rows, "signalen-bron", report.signals().bySource());
    map(rows, "signalen-onderwerp", report.signals().bySubject());
    rows.add(row("signaalonderzoeken", "gestart", report.investigations().started()));
    rows.add(row("signaalonderzoeken", "afgerond", report.investigations().completed()));
    rows.add(row("kwaliteitsonderzoeken", "gestart", report.inspections().started()));
    rows.add(row("kwaliteitsonderzoeken", "afgerond", report.inspections().completed()));
    report.planRealisation().forEach(p -> {
      rows.add(row("jaarplan-" + p.purchasingRegion(), "gepland", p.planned()));
      rows.add(row("jaarplan-" + p.purchasingRegion(), "bezocht", p.visited()));
      rows.add(row("jaarplan-" + p.purchasingRegion(), "teLaat", p.late()));
    });
    report.judgements().forEach((theme, counts) -> map(rows, "oordeel-" + theme, counts));
    rows.add(row("herstelaanbod", "gedaan", report.repairOffers().offered()));
    rows.add(row("herstelaanbod", "voldoende", report.repairOffers().sufficient()));
    rows.add(row("herstelaanbod", "onvoldoende", report.repairOffers().notSufficient()));
    rows.add(row("herstelaanbod", "geescaleerd", report.repairOffers().escalated()));
    rows.add(row("handhaving", "zaken", report.enforcement().cases()));
    report.enforcement().byStep().forEach((step, n) -> rows.add(row("handhaving", "trede" + step, n)));
    rows.add(row("dwangsommen", "lastOnderDwangsom", report.dwangsommen().imposed()));
    rows.add(row("dwangsommen", "lastOnderBestuursdwang", report.dwangsommen().bestuursdwang()));
    amount(rows, "verbeurd", report.dwangsommen().forfeited());
    amount(rows, "betaald", report.dwangsommen().paid());
    amount(rows, "invordering", report.dwangsommen().inCollection());
    amount(rows, "verjaard", report.dwangsommen().lapsed());
    amount(rows, "ingetrokken", report.dwangsommen().withdrawn());
    rows.add(row("bezwaren", "ontvangen", report.objections().received()));
    rows.add(row("bezwaren", "beslist", report.objections().decided()));
    map(rows, "bezwaren-uitkomst", report.objections().byOutcome());
    terms(rows, "wettelijk", report.timeliness().statutory());
    terms(rows, "gebruikelijk", report.timeliness().customary());
    report.timeliness().medianLeadTimeDays().forEach((key, days) ->
        rows.add(row("doorlooptijd-mediaan-dagen", key, days)));
    rows.add(row("openbaarmaking", "gepubliceerd", report.publications().published()));
    rows.add(row("openbaarmaking", "nietGepubliceerd", report.publications().notPublished()));

    StringBuilder csv = new StringBuilder(HEADER).append("\r\n");
    for (String[] r : rows) {
      csv.append(field(r[0])).append(',').append(field(r[1])).append(',').append(field(r[2])).append("\r\n");
    }
    return csv.toString();
  }

  private static void map(List<String[]> rows, String section, Map<String, Long> counts) {
    counts.forEach((key, n) -> rows.add(row(section, key, n)));
  }

  private static void amount(List<String[]> rows, String key, Amount amount) {
    rows.add(row("dwangsommen-aantal", key, amount.count()));
    rows.add(row("dwangsommen-bedrag", key, amount.amount()));
  }

  private static void terms(List<String[]> rows, String kind, TermsMet terms) {
    rows.add(row("termijnen-" + kind, "totaal", terms.total()));
    rows.add(row("termijnen-" + kind, "gehaald", terms.met()));
    rows.add(row("termijnen-" + kind, "percentage", terms.metPercent()));
  }

  private static String[] row(String section, String key, Object value) {
    String text = value == null ? "" : value instanceof BigDecimal d ? d.toPlainString() : value.toString();
    return new String[] {section, key, text};
  }

  private static String field(String value) {
    if (value.contains(",") || value.contains("\"") || value.contains("\n") || value.contains("\r")) {
      return '"' + value.replace("\"", "\"\"") + '"';
    }
    return value;
  }
}

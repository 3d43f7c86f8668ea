package nl.wmotoezicht.terms;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;
import java.util.Date;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.core.io.ByteArrayResource;

/** The named terms of {@code terms/termijnen.yaml} and the term arithmetic that takes them. */
class TermijnenTest {

  private final Termijnen termijnen = new Termijnen();
  private final TermExpressions terms =
      new TermExpressions(new LegalCalendar(new PublicHolidays(LegalCalendarTest.DECREE)));

  @AfterEach
  void resetClock() {
    ClockUtil.reset();
  }

  @Test
  void everyTermTheModelsAndTheDwangsomCodeNeedIsDefinedWithItsBasis() {
    assertThat(termijnen.keySet()).contains("bezwaar", "beslissenOpBezwaar", "beslissenOpAanvraag", "betaling",
        "aanmaning", "verjaringSignalering", "conceptRapport", "zienswijzeRapport", "zienswijzeOpenbaarmaking",
        "contactMelder", "afstemmingIgj", "herinneringOnderzoeksrapport", "spoed", "behandelingKort", "behandeling",
        "behandelingLang");
    assertThat(termijnen.get("bezwaar")).satisfies(t -> {
      assertThat(t.getPeriodText()).isEqualTo("P6W");
      assertThat(t.statutory()).isTrue();
      assertThat(t.basis()).isEqualTo("art. 6:7 Awb");
    });
    assertThat(termijnen.get("aanmaning").basis()).isEqualTo("art. 4:112 lid 1 Awb");
    assertThat(termijnen.get("behandeling").statutory()).isFalse();
    assertThat(termijnen.values()).allSatisfy(t -> assertThat(t.basis()).isNotBlank());
  }

  @Test
  void anUnknownNameFailsInsteadOfGivingNull() {
    assertThatThrownBy(() -> termijnen.get("bezwaartermijn"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("Onbekende termijn 'bezwaartermijn'");
  }

  @Test
  void aStatutoryTermIsExtendedUnderTheAtwAndACustomaryOneIsNot() {
    Date sent = date("2026-12-11T14:25:00+01:00");

    // aanmaning (P2W, wettelijk): 25 December is Christmas, then a weekend -> Monday 28 December
    assertThat(terms.end(sent, termijnen.get("aanmaning"))).isEqualTo(date("2026-12-28T17:00:00+01:00"));
    assertThat(terms.endTimer(sent, termijnen.get("aanmaning"))).isEqualTo(date("2026-12-29T00:00:00+01:00"));
    // zienswijzeRapport (P2W, gebruikelijk): never extended
    assertThat(terms.endDate(sent, termijnen.get("zienswijzeRapport"))).isEqualTo("2026-12-25");
    // a period text (a term set in a decision, e.g. from a form) is never extended either
    assertThat(terms.endDate(sent, "P2W")).isEqualTo("2026-12-25");
  }

  @Test
  void workingDayTermsAndTermsCountedBackGiveWhatTheCountsGaveBefore() {
    ClockUtil.setCurrentTime(date("2026-04-01T10:00:00+02:00"));
    assertThat(terms.dueIn(termijnen.get("contactMelder"))).isEqualTo(terms.workingDaysFromToday(3));
    assertThat(terms.dueIn(termijnen.get("behandelingLang"))).isEqualTo(terms.workingDaysFromToday(10));
    assertThat(terms.before("2026-05-15", termijnen.get("herinneringOnderzoeksrapport")))
        .isEqualTo(terms.workingDaysBefore("2026-05-15", 5));
    assertThat(terms.before("2027-03-01", termijnen.get("verjaringSignalering")))
        .isEqualTo(terms.minusDays("2027-03-01", 56));
  }

  @Test
  void aDefinitionThatDoesNotParseStopsTheApplication() {
    assertThatThrownBy(() -> load("bezwaar:\n  period: zes weken\n  kind: wettelijk\n  basis: x\n  meaning: y\n"))
        .hasMessageContaining("Termijn 'bezwaar'");
    assertThatThrownBy(() -> load("bezwaar:\n  period: P6W\n  kind: wet\n  basis: x\n  meaning: y\n"))
        .hasMessageContaining("wettelijk of gebruikelijk");
    assertThatThrownBy(() -> load("bezwaar:\n  period: P6W\n  kind: wettelijk\n  meaning: y\n"))
        .hasMessageContaining("basis ontbreekt");
    assertThatThrownBy(() -> load("bezwaar:\n  periode: P6W\n  period: P6W\n  kind: wettelijk\n  basis: x\n  meaning: y\n"))
        .hasMessageContaining("onbekend veld 'periode'");
  }

  private static Termijnen load(String yaml) {
    return new Termijnen(new ByteArrayResource(yaml.getBytes(StandardCharsets.UTF_8)));
  }

  private static Date date(String isoDateTime) {
    return Date.from(OffsetDateTime.parse(isoDateTime).toInstant());
  }
}

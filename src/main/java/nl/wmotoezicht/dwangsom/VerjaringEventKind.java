package nl.wmotoezicht.dwangsom;

import java.util.Optional;

/**
 * What can happen to the verjaring of a forfeited dwangsom (art. 5:35, 5:37a, 4:105, 4:106, 4:110 Awb), as the
 * {@link ForfeitureLedger} records it per forfeiture or, for a remedy against the last itself, per case.
 *
 * <p>Three effects:
 * <ul>
 *   <li>{@link Effect#INTERRUPTS}: stuiting; a new term of one year starts on the next day (art. 4:110 Awb: as long
 *       as the original term, never more than five years).</li>
 *   <li>{@link Effect#OPENS}: a remedy or request is lodged and pending from that day, until it is decided.</li>
 *   <li>{@link Effect#DECIDES}: the pending remedy or request is decided; it stays open while the term for the
 *       next remedy runs ({@link #followUpTerm}), and is irrevocable after that. Without a follow-up term it is
 *       irrevocable on the day itself.</li>
 * </ul>
 * When on the day the claim would lapse such a remedy is open or pending, the term is extended until it has been
 * decided irrevocably (art. 5:35 lid 2 and 5:37a lid 2 Awb).
 */
public enum VerjaringEventKind {

  // remedies against the last onder dwangsom itself: recorded per case, they concern all its forfeitures
  BEZWAAR_INGEDIEND(Scope.LAST, Effect.OPENS, null, "art. 5:35 lid 2 Awb", "bezwaar tegen de last ingediend"),
  BESLISSING_OP_BEZWAAR(Scope.LAST, Effect.DECIDES, "beroep", "art. 5:35 lid 2, 6:7 Awb",
      "beslissing op bezwaar bekendgemaakt; beroepstermijn van zes weken"),
  BEROEP_INGESTELD(Scope.LAST, Effect.OPENS, null, "art. 5:35 lid 2 Awb", "beroep bij de rechtbank ingesteld"),
  UITSPRAAK_RECHTBANK(Scope.LAST, Effect.DECIDES, "hogerBeroep", "art. 5:35 lid 2, 6:7 Awb",
      "uitspraak van de rechtbank; hogerberoepstermijn van zes weken"),
  HOGER_BEROEP_INGESTELD(Scope.LAST, Effect.OPENS, null, "art. 5:35 lid 2 Awb",
      "hoger beroep bij de Afdeling bestuursrechtspraak ingesteld"),
  UITSPRAAK_RAAD_VAN_STATE(Scope.LAST, Effect.DECIDES, null, "art. 5:35 lid 2 Awb",
      "uitspraak van de Afdeling bestuursrechtspraak van de Raad van State; onherroepelijk"),

  // a request of an interested party for an invorderingsbeschikking (art. 5:37 lid 2 Awb): per forfeiture
  VERZOEK_INVORDERING_INGEDIEND(Scope.FORFEITURE, Effect.OPENS, null, "art. 5:37a lid 2 Awb",
      "verzoek om een invorderingsbeschikking ingediend"),
  VERZOEK_INVORDERING_BESLIST(Scope.FORFEITURE, Effect.DECIDES, "bezwaar", "art. 5:37a lid 2 Awb",
      "op het verzoek om een invorderingsbeschikking beslist; bezwaartermijn van zes weken"),

  // interruptions (stuiting): per forfeiture
  INVORDERINGSBESCHIKKING(Scope.FORFEITURE, Effect.INTERRUPTS, null, "art. 5:37a lid 1 Awb",
      "invorderingsbeschikking bekendgemaakt"),
  AANMANING(Scope.FORFEITURE, Effect.INTERRUPTS, null, "art. 4:106 Awb", "aanmaning verzonden"),
  DWANGBEVEL(Scope.FORFEITURE, Effect.INTERRUPTS, null, "art. 4:106 Awb", "dwangbevel uitgevaardigd"),
  TENUITVOERLEGGING(Scope.FORFEITURE, Effect.INTERRUPTS, null, "art. 4:106 Awb",
      "daad van tenuitvoerlegging van het dwangbevel"),
  VERREKENING(Scope.FORFEITURE, Effect.INTERRUPTS, null, "art. 4:106 Awb", "beschikking tot verrekening bekendgemaakt"),
  ERKENNING(Scope.FORFEITURE, Effect.INTERRUPTS, null, "art. 4:105 Awb", "erkenning van de schuld door de aanbieder"),
  RECHTSVERVOLGING(Scope.FORFEITURE, Effect.INTERRUPTS, null, "art. 4:105 Awb", "daad van rechtsvervolging");

  /** Whether the event concerns the last (all forfeitures of the case) or one forfeiture. */
  public enum Scope { LAST, FORFEITURE }

  public enum Effect { INTERRUPTS, OPENS, DECIDES }

  private final Scope scope;
  private final Effect effect;
  private final String followUpTerm;
  private final String legalBasis;
  private final String description;

  VerjaringEventKind(Scope scope, Effect effect, String followUpTerm, String legalBasis, String description) {
    this.scope = scope;
    this.effect = effect;
    this.followUpTerm = followUpTerm;
    this.legalBasis = legalBasis;
    this.description = description;
  }

  public Scope scope() {
    return scope;
  }

  public Effect effect() {
    return effect;
  }

  /**
   * The name of the statutory term (Atw applies) during which a decided remedy stays open for the next one, as
   * defined in {@code terms/termijnen.yaml} ({@code docs/termijnen.md}).
   */
  public Optional<String> followUpTerm() {
    return Optional.ofNullable(followUpTerm);
  }

  public String legalBasis() {
    return legalBasis;
  }

  /** Dutch, for overviews and letters. */
  public String description() {
    return description;
  }
}

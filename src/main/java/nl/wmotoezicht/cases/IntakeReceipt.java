package nl.wmotoezicht.cases;

import io.swagger.v3.oas.annotations.media.Schema;

/**
 * The answer to a report: the case it started, or — for a repeat — the case the first one started.
 *
 * @param caseNumber the case number (zaaknummer)
 * @param duplicate whether this reference was received before
 * @param location where the case can be followed
 */
@Schema(description = "Ontvangstbevestiging van een melding")
public record IntakeReceipt(
    @Schema(example = "CAL-2026-00042") String caseNumber,
    @Schema(description = "true als deze referentie eerder is ontvangen; er is dan geen nieuwe zaak gestart") boolean duplicate,
    @Schema(example = "/api/cases/CAL-2026-00042") String location) {

  public static IntakeReceipt started(String caseNumber) {
    return new IntakeReceipt(caseNumber, false, "/api/cases/" + caseNumber);
  }

  public static IntakeReceipt repeated(String caseNumber) {
    return new IntakeReceipt(caseNumber, true, "/api/cases/" + caseNumber);
  }
}

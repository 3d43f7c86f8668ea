package nl.wmotoezicht.dwangsom;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import nl.wmotoezicht.casefile.CaseDateSource;
import nl.wmotoezicht.casefile.Deadline;
import org.springframework.stereotype.Component;

/**
 * The verjaring dates of a case's open forfeitures (art. 5:35 Awb) for the case file: a last onder dwangsom's own
 * forfeitures, or the one a collection case ({@code LOD-2026-00001-V2}) collects.
 */
@Component
class ForfeitureDates implements CaseDateSource {

  static final String VERJARING_BASIS = "art. 5:35 Awb";
  /** A collection case's number: the last's case number, "-V" and the forfeiture's sequence number. */
  private static final Pattern COLLECTION_CASE = Pattern.compile("(.+)-V(\\d+)");

  private final ForfeitureLedger ledger;

  ForfeitureDates(ForfeitureLedger ledger) {
    this.ledger = ledger;
  }

  @Override
  public List<CaseDate> datesOf(String caseNumber, String municipalityCode) {
    if (municipalityCode == null) {
      return List.of();
    }
    Matcher collection = COLLECTION_CASE.matcher(caseNumber);
    List<Forfeiture> forfeitures = collection.matches()
        ? ledger.find(collection.group(1), Integer.parseInt(collection.group(2))).stream().toList()
        : ledger.forCase(caseNumber, municipalityCode);
    // rows of the instance's own municipality only (docs/security/tenancy.md)
    return forfeitures.stream()
        .filter(f -> municipalityCode.equals(f.municipalityCode()))
        .filter(f -> f.status().isOutstanding())
        .map(f -> f.verjaringUntilDecided()
            // no fixed last day while a remedy against the last is pending: never shown as overdue
            ? new CaseDate(Deadline.VERJARING, "Verjaring verbeurte " + f.sequenceNo()
                + " verlengd tot onherroepelijke beslissing (art. 5:35 lid 2 Awb)", f.verjaringDate(), VERJARING_BASIS,
                true)
            : new CaseDate(Deadline.VERJARING, "Laatste dag verjaring verbeurte " + f.sequenceNo(), f.verjaringDate(),
                VERJARING_BASIS))
        .toList();
  }
}

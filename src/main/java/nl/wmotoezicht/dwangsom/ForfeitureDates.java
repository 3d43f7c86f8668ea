package nl.wmotoezicht.dwangsom;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
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
    return dates(forfeitures, municipalityCode);
  }

  /**
   * The same dates for many cases with one read of the ledger per 500 cases ({@link ForfeitureLedger#forCases}): the
   * rows of each case's number, or for a collection case the row it collects, then as {@link #datesOf(String, String)}
   * only those of the case's own municipality.
   */
  @Override
  public Map<RunningCase, List<CaseDate>> datesOf(Collection<RunningCase> cases) {
    Map<String, List<Forfeiture>> byCase = ledger.forCases(cases.stream()
            .filter(c -> c.municipalityCode() != null && c.caseNumber() != null).map(c -> ledgerCase(c.caseNumber()))
            .toList())
        .stream().collect(Collectors.groupingBy(Forfeiture::caseNumber));
    Map<RunningCase, List<CaseDate>> dates = new LinkedHashMap<>();
    for (RunningCase c : cases) {
      if (c.municipalityCode() == null || c.caseNumber() == null) {
        dates.put(c, List.of());
        continue;
      }
      Matcher collection = COLLECTION_CASE.matcher(c.caseNumber());
      Stream<Forfeiture> rows = byCase.getOrDefault(ledgerCase(c.caseNumber()), List.of()).stream();
      if (collection.matches()) {
        int sequenceNo = Integer.parseInt(collection.group(2));
        rows = rows.filter(f -> f.sequenceNo() == sequenceNo);
      }
      dates.put(c, dates(rows.toList(), c.municipalityCode()));
    }
    return dates;
  }

  /** The number under which the ledger keeps the case's forfeitures: a collection case's last. */
  private static String ledgerCase(String caseNumber) {
    Matcher collection = COLLECTION_CASE.matcher(caseNumber);
    return collection.matches() ? collection.group(1) : caseNumber;
  }

  private static List<CaseDate> dates(List<Forfeiture> forfeitures, String municipalityCode) {
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

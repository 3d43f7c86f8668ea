package nl.wmotoezicht.casefile;

import java.time.LocalDate;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Dates of a case that the engine does not hold as a task or a timer, contributed by the process module that keeps
 * them (e.g. the verjaring of an open forfeiture, kept in the dwangsom module's ledger). Each implementation is a
 * Spring bean; the case file ({@link DeadlineService}) asks all of them, so the read side never imports a process
 * module.
 */
public interface CaseDateSource {

  /**
   * The case's open dates of this source.
   *
   * @param caseNumber the case number (business key) of a running case the caller may see
   * @param municipalityCode the municipality (tenant) of that case's instance: only records of this municipality count
   *     (docs/security/tenancy.md)
   * @return its dates, in any order; empty when this source knows none
   */
  List<CaseDate> datesOf(String caseNumber, String municipalityCode);

  /**
   * The open dates of many cases at once, as {@link #datesOf(String, String)} gives them case by case. The
   * Termijnenoverzicht asks for every running case the caller may see (a region: 12,000 cases); a source that reads a
   * table should override this with a few set-based reads instead of one per case ({@code bench/RESULTS-w8-cockpit.md}).
   *
   * @param cases running cases the caller may see
   * @return per case its dates of this source (every case given is a key; empty when this source knows none)
   */
  default Map<RunningCase, List<CaseDate>> datesOf(Collection<RunningCase> cases) {
    Map<RunningCase, List<CaseDate>> dates = new LinkedHashMap<>();
    cases.forEach(c -> dates.put(c, datesOf(c.caseNumber(), c.municipalityCode())));
    return dates;
  }

  /**
   * A running case whose dates are asked.
   *
   * @param caseNumber the case number (business key)
   * @param municipalityCode the municipality (tenant) of the case's instance; only records of this municipality count
   */
  record RunningCase(String caseNumber, String municipalityCode) {
  }

  /**
   * One date that falls due at the end of its last day (Europe/Amsterdam).
   *
   * @param kind       e.g. {@link Deadline#VERJARING}
   * @param label      what falls due, in Dutch
   * @param lastDay    the last day
   * @param legalBasis the article it rests on, or null
   * @param untilDecided no fixed end: extended until a remedy is decided irrevocably (art. 5:35 lid 2 Awb);
   *                   {@code lastDay} is then the day from which it was extended, and it is never overdue
   */
  record CaseDate(String kind, String label, LocalDate lastDay, String legalBasis, boolean untilDecided) {

    /** A date with a fixed last day. */
    public CaseDate(String kind, String label, LocalDate lastDay, String legalBasis) {
      this(kind, label, lastDay, legalBasis, false);
    }
  }
}

package nl.wmotoezicht.annualreport;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

/**
 * The figures of one calendar year for a municipality or a purchasing region. Counts and amounts only: no case
 * numbers, no names of persons, nothing that leads to a person (docs/processen/jaarrapportage.md says how each
 * figure is counted).
 *
 * @param year the calendar year
 * @param scope whose figures
 * @param calamities calamity reports received in the year
 * @param signals signals received in the year
 * @param investigations signal investigations started and completed in the year
 * @param inspections quality inspections started and completed in the year
 * @param planRealisation per purchasing region: the annual plan's inspections of the year, visited and late
 * @param judgements per theme: judgements of investigations completed and inspection visits made in the year
 * @param repairOffers herstelaanbod outcomes of investigations completed in the year
 * @param enforcement enforcement cases started in the year and the treden chosen
 * @param dwangsommen lasten imposed and the ledger's amounts of the year
 * @param objections objections received and decided in the year
 * @param timeliness terms met and median lead times of cases completed in the year
 * @param publications publication decisions of the year
 */
public record AnnualReport(int year, Scope scope, Calamities calamities, Signals signals, StartedCompleted investigations,
    StartedCompleted inspections, List<PlanRealisation> planRealisation, Map<String, Map<String, Long>> judgements,
    RepairOffers repairOffers, Enforcement enforcement, Dwangsommen dwangsommen, Objections objections,
    Timeliness timeliness, Publications publications) {

  /**
   * Whose figures.
   *
   * @param kind {@code gemeente} or {@code inkoopregio}
   * @param code the municipality's CBS code or the purchasing region's code
   * @param name its name
   * @param municipalities the municipalities counted
   */
  public record Scope(String kind, String code, String name, List<String> municipalities) {
  }

  public record Calamities(long total, Map<String, Long> byKind, Map<String, Long> byProviderType) {
  }

  public record Signals(long total, Map<String, Long> bySource, Map<String, Long> bySubject) {
  }

  public record StartedCompleted(long started, long completed) {
  }

  public record PlanRealisation(String purchasingRegion, long planned, long visited, long late) {

    /** Visited as a share of planned, in whole percent; null without a plan. */
    @JsonProperty
    public Integer realisedPercent() {
      return planned == 0 ? null : (int) Math.round(100.0 * visited / planned);
    }
  }

  /**
   * Herstelaanbod of investigations completed in the year.
   *
   * @param offered a herstelaanbod was made
   * @param sufficient the repair was judged sufficient
   * @param notSufficient the repair was judged not sufficient
   * @param escalated no herstelaanbod: escalated straight away
   */
  public record RepairOffers(long offered, long sufficient, long notSufficient, long escalated) {
  }

  /**
   * Enforcement in the intervention pyramid.
   *
   * @param cases cases started in the year
   * @param byStep per trede (1-5): how many of those cases chose it
   */
  public record Enforcement(long cases, Map<String, Long> byStep) {
  }

  public record Amount(long count, BigDecimal amount) {
  }

  /**
   * Lasten onder dwangsom and the forfeiture ledger.
   *
   * @param imposed lasten onder dwangsom imposed (decision sent in the year)
   * @param bestuursdwang lasten onder bestuursdwang imposed (decision sent in the year)
   * @param forfeited verbeurd in the year
   * @param paid paid, marked in the year
   * @param inCollection gone to invordering in the year and not (yet) paid
   * @param lapsed verjaard in the year (art. 5:35 Awb)
   * @param withdrawn withdrawn in the year (e.g. after a bezwaar held well-founded)
   */
  public record Dwangsommen(long imposed, long bestuursdwang, Amount forfeited, Amount paid, Amount inCollection,
      Amount lapsed, Amount withdrawn) {
  }

  public record Objections(long received, long decided, Map<String, Long> byOutcome) {
  }

  /**
   * Terms of user tasks completed in the year, and lead times of cases completed in the year.
   *
   * @param statutory tasks whose due date is a statutory term
   * @param customary tasks whose due date is a customary term
   * @param medianLeadTimeDays per process: the median lead time in days (one decimal); absent without a case
   */
  public record Timeliness(TermsMet statutory, TermsMet customary, Map<String, Double> medianLeadTimeDays) {
  }

  public record TermsMet(long total, long met) {

    /** Met as a share of the total, in whole percent; null without a term. */
    @JsonProperty
    public Integer metPercent() {
      return total == 0 ? null : (int) Math.round(100.0 * met / total);
    }
  }

  public record Publications(long published, long notPublished) {
  }
}

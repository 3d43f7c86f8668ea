package nl.wmotoezicht.risk;

import java.sql.Date;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/**
 * The outcome of every visit of a quality inspection (table {@code wmo_inspection_result}), written by the process
 * {@code kwaliteitsonderzoek} when the themes are judged, read by the next risk analysis and the annual plan's
 * realisation. Works in the caller's transaction (inside a delegate: the engine's), so the row is written with the
 * step or not at all.
 */
@Repository("inspectionResults")
public class InspectionResults {

  public static final List<String> JUDGEMENTS = List.of("voldoet", "voldoetDeels", "voldoetNiet");

  private final JdbcTemplate jdbc;

  InspectionResults(JdbcTemplate jdbc) {
    this.jdbc = jdbc;
  }

  /**
   * One visit's outcome.
   *
   * @param caseNumber the inspection's case number
   * @param kvkNumber the provider
   * @param serviceKind the service kind inspected
   * @param purchasingRegion the purchasing region's code
   * @param municipalityCode the municipality (tenant) of the case
   * @param planYear the year of the annual plan it belongs to; null for an extra visit
   * @param plannedMonth the month the plan scheduled it in (1-12); null for an extra visit
   * @param visitedOn the day of the visit
   * @param judgementClient judgement of cliëntgerichtheid: voldoet, voldoetDeels, voldoetNiet
   * @param judgementProfessional judgement of professionaliteit
   * @param judgementSafety judgement of veiligheid
   */
  public record InspectionResult(String caseNumber, String kvkNumber, String serviceKind, String purchasingRegion,
      String municipalityCode, Integer planYear, Integer plannedMonth, LocalDate visitedOn, String judgementClient,
      String judgementProfessional, String judgementSafety) {

    /** How many of the three themes have this judgement. */
    public int count(String judgement) {
      return (judgement.equals(judgementClient) ? 1 : 0) + (judgement.equals(judgementProfessional) ? 1 : 0)
          + (judgement.equals(judgementSafety) ? 1 : 0);
    }
  }

  /** Records the visit; a second record for the same case replaces the first (the judgement was revised). */
  public void record(InspectionResult result) {
    for (String judgement : List.of(result.judgementClient(), result.judgementProfessional(),
        result.judgementSafety())) {
      if (!JUDGEMENTS.contains(judgement)) {
        throw new IllegalArgumentException("Onbekend oordeel " + judgement);
      }
    }
    jdbc.update("DELETE FROM wmo_inspection_result WHERE case_number = ?", result.caseNumber());
    jdbc.update("INSERT INTO wmo_inspection_result (case_number, kvk_number, service_kind, purchasing_region, "
            + "municipality_code, plan_year, planned_month, visited_on, judgement_client, judgement_professional, "
            + "judgement_safety) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", result.caseNumber(), result.kvkNumber(),
        result.serviceKind(), result.purchasingRegion(), result.municipalityCode(), result.planYear(),
        result.plannedMonth(), Date.valueOf(result.visitedOn()), result.judgementClient(),
        result.judgementProfessional(), result.judgementSafety());
  }

  /** The provider's visits up to and including the day, newest first. */
  public List<InspectionResult> ofProvider(String kvkNumber, LocalDate upTo) {
    return jdbc.query("SELECT * FROM wmo_inspection_result WHERE kvk_number = ? AND visited_on <= ? "
        + "ORDER BY visited_on DESC, case_number", (rs, row) -> map(rs), kvkNumber, Date.valueOf(upTo));
  }

  /** The visits of a purchasing region's plan of a year. */
  public List<InspectionResult> ofPlan(String purchasingRegion, int year) {
    return jdbc.query("SELECT * FROM wmo_inspection_result WHERE purchasing_region = ? AND plan_year = ? "
        + "ORDER BY visited_on, case_number", (rs, row) -> map(rs), purchasingRegion, year);
  }

  public Optional<InspectionResult> find(String caseNumber) {
    return jdbc.query("SELECT * FROM wmo_inspection_result WHERE case_number = ?", (rs, row) -> map(rs), caseNumber)
        .stream().findFirst();
  }

  private static InspectionResult map(java.sql.ResultSet rs) throws java.sql.SQLException {
    return new InspectionResult(rs.getString("case_number"), rs.getString("kvk_number"), rs.getString("service_kind"),
        rs.getString("purchasing_region"), rs.getString("municipality_code"),
        (Integer) rs.getObject("plan_year", Integer.class), (Integer) rs.getObject("planned_month", Integer.class),
        rs.getDate("visited_on").toLocalDate(), rs.getString("judgement_client"),
        rs.getString("judgement_professional"), rs.getString("judgement_safety"));
  }
}

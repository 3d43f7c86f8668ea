package nl.wmotoezicht.annualplan;

import java.util.List;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/**
 * The adopted plans' items (table {@code wmo_annual_plan_item}). Works in the caller's transaction: inside a
 * delegate the engine's, so a row changes with the step that changed it.
 */
@Repository
public class AnnualPlanItems {

  private final JdbcTemplate jdbc;

  AnnualPlanItems(JdbcTemplate jdbc) {
    this.jdbc = jdbc;
  }

  /**
   * A planned inspection as recorded.
   *
   * @param caseNumber the inspection's case number once it started; null before
   * @param late its visit slipped past its month
   */
  public record Row(String purchasingRegion, int planYear, PlanItem item, String caseNumber, boolean late) {
  }

  /** Records the adopted plan, replacing what was recorded for the region and year. */
  public void adopt(String purchasingRegion, int year, List<PlanItem> items) {
    jdbc.update("DELETE FROM wmo_annual_plan_item WHERE purchasing_region = ? AND plan_year = ?", purchasingRegion,
        year);
    for (PlanItem item : items) {
      jdbc.update("INSERT INTO wmo_annual_plan_item (purchasing_region, plan_year, kvk_number, service_kind, "
              + "provider_name, municipality_code, selection, risk_class, score, hours, planned_month, late) "
              + "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, FALSE)", purchasingRegion, year, item.kvkNumber(),
          item.serviceKind(), item.providerName(), item.municipalityCode(), item.selection(), item.riskClass(),
          item.score(), item.hours(), item.month());
    }
  }

  public void started(String purchasingRegion, int year, String itemKey, String caseNumber) {
    String[] key = itemKey.split(":", 2);
    jdbc.update("UPDATE wmo_annual_plan_item SET case_number = ? WHERE purchasing_region = ? AND plan_year = ? "
        + "AND kvk_number = ? AND service_kind = ?", caseNumber, purchasingRegion, year, key[0], key[1]);
  }

  public void late(String caseNumber) {
    jdbc.update("UPDATE wmo_annual_plan_item SET late = TRUE WHERE case_number = ?", caseNumber);
  }

  public List<Row> of(String purchasingRegion, int year) {
    return jdbc.query("SELECT * FROM wmo_annual_plan_item WHERE purchasing_region = ? AND plan_year = ? "
        + "ORDER BY planned_month, kvk_number, service_kind", (rs, n) -> new Row(rs.getString("purchasing_region"),
        rs.getInt("plan_year"), new PlanItem(rs.getString("kvk_number"), rs.getString("provider_name"), null,
            rs.getString("service_kind"), rs.getString("municipality_code"), rs.getString("selection"),
            rs.getString("risk_class"), rs.getInt("score"), null, rs.getInt("hours"), rs.getInt("planned_month"),
            null), rs.getString("case_number"), rs.getBoolean("late")), purchasingRegion, year);
  }
}

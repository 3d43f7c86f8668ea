package nl.wmotoezicht.annualreport;

import java.math.BigDecimal;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import nl.wmotoezicht.annualreport.AnnualReport.Amount;
import nl.wmotoezicht.annualreport.AnnualReport.Calamities;
import nl.wmotoezicht.annualreport.AnnualReport.Dwangsommen;
import nl.wmotoezicht.annualreport.AnnualReport.Enforcement;
import nl.wmotoezicht.annualreport.AnnualReport.Objections;
import nl.wmotoezicht.annualreport.AnnualReport.PlanRealisation;
import nl.wmotoezicht.annualreport.AnnualReport.Publications;
import nl.wmotoezicht.annualreport.AnnualReport.RepairOffers;
import nl.wmotoezicht.annualreport.AnnualReport.Scope;
import nl.wmotoezicht.annualreport.AnnualReport.Signals;
import nl.wmotoezicht.annualreport.AnnualReport.StartedCompleted;
import nl.wmotoezicht.annualreport.AnnualReport.Timeliness;
import nl.wmotoezicht.annualreport.AnnualReport.TermsMet;
import nl.wmotoezicht.bezwaar.BezwaarProcess;
import nl.wmotoezicht.calamity.CalamityProcess;
import nl.wmotoezicht.dwangsom.DwangsomProcess;
import nl.wmotoezicht.enforcement.InterventionPyramid;
import nl.wmotoezicht.inspection.InspectionProcess;
import nl.wmotoezicht.investigation.InvestigationProcess;
import nl.wmotoezicht.kernel.ProviderVariables;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Computes the annual report's figures by aggregate SQL: the engine's history ({@code ACT_HI_PROCINST} with the
 * process-level variables of {@code ACT_HI_VARINST}, {@code ACT_HI_TASKINST}) and our tables ({@code wmo_forfeiture},
 * {@code wmo_publication}, {@code wmo_annual_plan_item}, {@code wmo_inspection_result}, {@code wmo_provider_relation}).
 * A case belongs to the municipality of its instance's tenant. Each query groups in the database and returns a few
 * rows, so the cost grows with the year's cases through the existing indexes (process key, start and end time, the
 * variables' (instance, name) index) and {@code V38}. How each figure is counted: docs/processen/jaarrapportage.md.
 */
@Component
public class AnnualReports {

  /** Known values listed with zero when absent, in this order; other values found follow. */
  static final List<String> CALAMITY_KINDS = List.of("calamiteit", "geweld");
  static final List<String> PROVIDER_TYPES = List.of("contract", "subsidie", "onbekend");
  static final List<String> SIGNAL_SOURCES = List.of("burger", "toegang", "contractmanager", "ikz", "toezichthouder",
      "calamiteit");
  static final List<String> SUBJECTS = List.of("kwaliteit", "rechtmatigheid", "beide", "onbekend");
  static final List<String> THEMES = List.of("clientgerichtheid", "professionaliteit", "veiligheid");
  static final List<String> JUDGEMENTS = List.of("voldoet", "voldoetDeels", "voldoetNiet");
  static final List<String> OBJECTION_OUTCOMES = List.of("gegrond", "deelsGegrond", "ongegrond", "nietOntvankelijk",
      "onbekend");
  /** The processes whose lead time is reported, in the report's order. */
  static final List<String> LEAD_TIME_PROCESSES = List.of(CalamityProcess.KEY, InvestigationProcess.KEY,
      InspectionProcess.KEY, InterventionPyramid.KEY, DwangsomProcess.KEY, DwangsomProcess.INVORDERING_KEY,
      BezwaarProcess.KEY, "openbaarmaking");
  static final String UNKNOWN = "onbekend";

  private static final String VAR_JOIN = " LEFT JOIN ACT_HI_VARINST %1$s ON %1$s.PROC_INST_ID_ = p.ID_"
      + " AND %1$s.EXECUTION_ID_ = p.ID_ AND %1$s.NAME_ = '%2$s' AND (%1$s.STATE_ IS NULL OR %1$s.STATE_ <> 'DELETED')";
  private static final String INSTANCES = " FROM ACT_HI_PROCINST p";
  private static final String IN_SCOPE = " p.PROC_DEF_KEY_ = :key AND p.TENANT_ID_ IN (:tenants)";
  private static final String STARTED = " AND p.START_TIME_ >= :from AND p.START_TIME_ < :until";
  private static final String ENDED = " AND p.END_TIME_ >= :from AND p.END_TIME_ < :until";

  private final NamedParameterJdbcTemplate jdbc;
  private final StatutoryTerms statutoryTerms;

  AnnualReports(NamedParameterJdbcTemplate jdbc, StatutoryTerms statutoryTerms) {
    this.jdbc = jdbc;
    this.statutoryTerms = statutoryTerms;
  }

  /** The figures of the year for the scope; read in one read-only transaction. */
  @Transactional(readOnly = true)
  public AnnualReport compute(Scope scope, int year) {
    MapSqlParameterSource params = new MapSqlParameterSource()
        .addValue("tenants", scope.municipalities())
        .addValue("from", Timestamp.valueOf(LocalDate.of(year, 1, 1).atStartOfDay()))
        .addValue("until", Timestamp.valueOf(LocalDate.of(year + 1, 1, 1).atStartOfDay()))
        .addValue("fromDay", java.sql.Date.valueOf(LocalDate.of(year, 1, 1)))
        .addValue("untilDay", java.sql.Date.valueOf(LocalDate.of(year + 1, 1, 1)))
        .addValue("year", year)
        .addValue("yearPrefix", year + "-%");
    return new AnnualReport(year, scope, calamities(params), signals(params),
        startedCompleted(InvestigationProcess.KEY, params), startedCompleted(InspectionProcess.KEY, params),
        planRealisation(params), judgements(params), repairOffers(params), enforcement(params), dwangsommen(params),
        objections(params), timeliness(params), publications(params));
  }

  private Calamities calamities(MapSqlParameterSource params) {
    MapSqlParameterSource p = with(params, CalamityProcess.KEY);
    Map<String, Long> byKind = zeros(CALAMITY_KINDS);
    Map<String, Long> byType = zeros(PROVIDER_TYPES);
    String sql = "SELECT k.TEXT_ AS kind, r.kind AS ptype, COUNT(*) AS n" + INSTANCES
        + var("k", CalamityProcess.Variables.KIND.name())
        + var("kvk", ProviderVariables.PROVIDER_KVK_NUMBER.name())
        + " LEFT JOIN wmo_provider_relation r ON r.kvk_number = kvk.TEXT_ AND r.municipality_code = p.TENANT_ID_"
        + " WHERE" + IN_SCOPE + STARTED + " GROUP BY k.TEXT_, r.kind";
    long total = tally(sql, p, Map.of("kind", byKind, "ptype", byType));
    return new Calamities(total, byKind, byType);
  }

  private Signals signals(MapSqlParameterSource params) {
    MapSqlParameterSource p = with(params, InvestigationProcess.KEY);
    Map<String, Long> bySource = zeros(SIGNAL_SOURCES);
    Map<String, Long> bySubject = zeros(SUBJECTS);
    String sql = "SELECT s.TEXT_ AS source, o.TEXT_ AS subject, COUNT(*) AS n" + INSTANCES
        + var("s", InvestigationProcess.Variables.SIGNAL_SOURCE.name())
        + var("o", InvestigationProcess.Variables.SUBJECT.name())
        + " WHERE" + IN_SCOPE + STARTED + " GROUP BY s.TEXT_, o.TEXT_";
    long total = tally(sql, p, Map.of("source", bySource, "subject", bySubject));
    return new Signals(total, bySource, bySubject);
  }

  private StartedCompleted startedCompleted(String key, MapSqlParameterSource params) {
    MapSqlParameterSource p = with(params, key);
    long started = count(jdbc.queryForObject("SELECT COUNT(*)" + INSTANCES + " WHERE" + IN_SCOPE + STARTED, p,
        Long.class));
    long completed = count(jdbc.queryForObject("SELECT COUNT(*)" + INSTANCES + " WHERE" + IN_SCOPE + ENDED, p,
        Long.class));
    return new StartedCompleted(started, completed);
  }

  private List<PlanRealisation> planRealisation(MapSqlParameterSource params) {
    String sql = "SELECT i.purchasing_region AS region, COUNT(*) AS planned,"
        + " SUM(CASE WHEN r.case_number IS NOT NULL THEN 1 ELSE 0 END) AS visited,"
        + " SUM(CASE WHEN i.late THEN 1 ELSE 0 END) AS late"
        + " FROM wmo_annual_plan_item i LEFT JOIN wmo_inspection_result r ON r.case_number = i.case_number"
        + " WHERE i.plan_year = :year AND i.municipality_code IN (:tenants)"
        + " GROUP BY i.purchasing_region ORDER BY i.purchasing_region";
    return jdbc.query(sql, params, (rs, n) -> new PlanRealisation(rs.getString("region"), rs.getLong("planned"),
        rs.getLong("visited"), rs.getLong("late")));
  }

  private Map<String, Map<String, Long>> judgements(MapSqlParameterSource params) {
    Map<String, Map<String, Long>> result = new LinkedHashMap<>();
    for (String theme : THEMES) {
      result.put(theme, zeros(JUDGEMENTS));
    }
    // investigations completed in the year: the judgement variables per theme
    List<String> variables = List.of(InvestigationProcess.Variables.THEME_CLIENT_CENTRED.name(),
        InvestigationProcess.Variables.THEME_PROFESSIONALISM.name(),
        InvestigationProcess.Variables.THEME_SAFETY.name());
    String sql = "SELECT v.NAME_ AS name, v.TEXT_ AS judgement, COUNT(*) AS n" + INSTANCES
        + " JOIN ACT_HI_VARINST v ON v.PROC_INST_ID_ = p.ID_ AND v.EXECUTION_ID_ = p.ID_"
        + " AND v.NAME_ IN (:themeVariables) AND (v.STATE_ IS NULL OR v.STATE_ <> 'DELETED')"
        + " WHERE" + IN_SCOPE + ENDED + " GROUP BY v.NAME_, v.TEXT_";
    MapSqlParameterSource p = with(params, InvestigationProcess.KEY).addValue("themeVariables", variables);
    for (Map<String, Object> row : jdbc.queryForList(sql, p)) {
      if (row.get("judgement") != null) {
        String theme = THEMES.get(variables.indexOf((String) row.get("name")));
        result.get(theme).merge((String) row.get("judgement"), count(row.get("n")), Long::sum);
      }
    }
    // quality inspections: the visits made in the year (wmo_inspection_result)
    String visits = "SELECT judgement_client AS c, judgement_professional AS pr, judgement_safety AS s, COUNT(*) AS n"
        + " FROM wmo_inspection_result WHERE municipality_code IN (:tenants)"
        + " AND visited_on >= :fromDay AND visited_on < :untilDay"
        + " GROUP BY judgement_client, judgement_professional, judgement_safety";
    for (Map<String, Object> row : jdbc.queryForList(visits, params)) {
      long n = count(row.get("n"));
      result.get(THEMES.get(0)).merge((String) row.get("c"), n, Long::sum);
      result.get(THEMES.get(1)).merge((String) row.get("pr"), n, Long::sum);
      result.get(THEMES.get(2)).merge((String) row.get("s"), n, Long::sum);
    }
    return result;
  }

  private RepairOffers repairOffers(MapSqlParameterSource params) {
    String sql = "SELECT r.TEXT_ AS route, s.LONG_ AS sufficient, COUNT(*) AS n" + INSTANCES
        + var("r", InvestigationProcess.Variables.REPAIR_ROUTE.name())
        + var("s", InvestigationProcess.Variables.REPAIR_SUFFICIENT.name())
        + " WHERE" + IN_SCOPE + ENDED + " AND r.TEXT_ IS NOT NULL GROUP BY r.TEXT_, s.LONG_";
    long offered = 0;
    long sufficient = 0;
    long notSufficient = 0;
    long escalated = 0;
    for (Map<String, Object> row : jdbc.queryForList(sql, with(params, InvestigationProcess.KEY))) {
      long n = count(row.get("n"));
      if ("herstelaanbod".equals(row.get("route"))) {
        offered += n;
        if (row.get("sufficient") != null) {
          if (count(row.get("sufficient")) == 1) {
            sufficient += n;
          } else {
            notSufficient += n;
          }
        }
      } else if ("escaleren".equals(row.get("route"))) {
        escalated += n;
      }
    }
    return new RepairOffers(offered, sufficient, notSufficient, escalated);
  }

  private Enforcement enforcement(MapSqlParameterSource params) {
    MapSqlParameterSource p = with(params, InterventionPyramid.KEY);
    StringBuilder sql = new StringBuilder("SELECT COUNT(*) AS n");
    StringBuilder joins = new StringBuilder();
    for (int step = 1; step <= 5; step++) {
      sql.append(", SUM(CASE WHEN t").append(step).append(".LONG_ = 1 THEN 1 ELSE 0 END) AS s").append(step);
      joins.append(var("t" + step, InterventionPyramid.Variables.step(step).name()));
    }
    sql.append(INSTANCES).append(joins).append(" WHERE").append(IN_SCOPE).append(STARTED);
    Map<String, Object> row = jdbc.queryForMap(sql.toString(), p);
    Map<String, Long> byStep = new LinkedHashMap<>();
    for (int step = 1; step <= 5; step++) {
      byStep.put(String.valueOf(step), count(row.get("s" + step)));
    }
    return new Enforcement(count(row.get("n")), byStep);
  }

  private Dwangsommen dwangsommen(MapSqlParameterSource params) {
    String lasts = "SELECT t.TEXT_ AS sanction, COUNT(*) AS n" + INSTANCES
        + var("t", DwangsomProcess.Variables.SANCTION_TYPE.name())
        + var("d", DwangsomProcess.Variables.DECISION.name())
        + var("s", DwangsomProcess.Variables.DECISION_SENT_ON.name())
        + " WHERE" + IN_SCOPE + " AND d.TEXT_ = 'opleggen' AND s.TEXT_ LIKE :yearPrefix GROUP BY t.TEXT_";
    long imposed = 0;
    long bestuursdwang = 0;
    for (Map<String, Object> row : jdbc.queryForList(lasts, with(params, DwangsomProcess.KEY))) {
      if ("bestuursdwang".equals(row.get("sanction"))) {
        bestuursdwang += count(row.get("n"));
      } else {
        imposed += count(row.get("n"));
      }
    }
    Map<String, Object> forfeited = jdbc.queryForMap("SELECT COUNT(*) AS n, COALESCE(SUM(amount), 0) AS total"
        + " FROM wmo_forfeiture WHERE municipality_code IN (:tenants)"
        + " AND forfeited_on >= :fromDay AND forfeited_on < :untilDay", params);
    Map<String, Amount> byStatus = new LinkedHashMap<>();
    for (String status : List.of("PAID", "IN_COLLECTION", "LAPSED", "WITHDRAWN")) {
      byStatus.put(status, new Amount(0, BigDecimal.ZERO.setScale(2)));
    }
    jdbc.query("SELECT status, COUNT(*) AS n, SUM(amount) AS total FROM wmo_forfeiture"
        + " WHERE municipality_code IN (:tenants) AND status IN ('PAID', 'IN_COLLECTION', 'LAPSED', 'WITHDRAWN')"
        + " AND status_changed_on >= :fromDay AND status_changed_on < :untilDay GROUP BY status", params,
        rs -> {
          byStatus.put(rs.getString("status"), new Amount(rs.getLong("n"), money(rs.getBigDecimal("total"))));
        });
    return new Dwangsommen(imposed, bestuursdwang,
        new Amount(count(forfeited.get("n")), money((BigDecimal) decimal(forfeited.get("total")))),
        byStatus.get("PAID"), byStatus.get("IN_COLLECTION"), byStatus.get("LAPSED"), byStatus.get("WITHDRAWN"));
  }

  private Objections objections(MapSqlParameterSource params) {
    MapSqlParameterSource p = with(params, BezwaarProcess.KEY);
    long received = count(jdbc.queryForObject("SELECT COUNT(*)" + INSTANCES + " WHERE" + IN_SCOPE + STARTED, p,
        Long.class));
    Map<String, Long> byOutcome = zeros(OBJECTION_OUTCOMES);
    String sql = "SELECT o.TEXT_ AS outcome, COUNT(*) AS n" + INSTANCES
        + var("o", BezwaarProcess.Variables.OUTCOME.name())
        + " WHERE" + IN_SCOPE + ENDED + " GROUP BY o.TEXT_";
    long decided = tally(sql, p, Map.of("outcome", byOutcome));
    return new Objections(received, decided, byOutcome);
  }

  private Timeliness timeliness(MapSqlParameterSource params) {
    long[] statutory = new long[2];
    long[] customary = new long[2];
    String tasks = "SELECT t.PROC_DEF_KEY_ AS pkey, t.TASK_DEF_KEY_ AS tkey, COUNT(*) AS n,"
        + " SUM(CASE WHEN t.END_TIME_ <= t.DUE_DATE_ THEN 1 ELSE 0 END) AS met FROM ACT_HI_TASKINST t"
        + " WHERE t.TENANT_ID_ IN (:tenants) AND t.DUE_DATE_ IS NOT NULL"
        + " AND t.END_TIME_ >= :from AND t.END_TIME_ < :until AND t.DELETE_REASON_ = 'completed'"
        + " GROUP BY t.PROC_DEF_KEY_, t.TASK_DEF_KEY_";
    Set<String> statutoryTasks = statutoryTerms.tasks();
    for (Map<String, Object> row : jdbc.queryForList(tasks, params)) {
      long[] bucket = statutoryTasks.contains(row.get("pkey") + ":" + row.get("tkey")) ? statutory : customary;
      bucket[0] += count(row.get("n"));
      bucket[1] += count(row.get("met"));
    }
    Map<String, Double> median = new LinkedHashMap<>();
    String lead = "SELECT p.PROC_DEF_KEY_ AS pkey,"
        + " PERCENTILE_CONT(0.5) WITHIN GROUP (ORDER BY p.DURATION_) AS median" + INSTANCES
        + " WHERE p.PROC_DEF_KEY_ IN (:keys) AND p.TENANT_ID_ IN (:tenants)" + ENDED
        + " GROUP BY p.PROC_DEF_KEY_";
    Map<String, Double> found = new LinkedHashMap<>();
    for (Map<String, Object> row : jdbc.queryForList(lead, new MapSqlParameterSource(params.getValues())
        .addValue("keys", LEAD_TIME_PROCESSES))) {
      if (row.get("median") != null) {
        double days = ((Number) row.get("median")).doubleValue() / 86_400_000d;
        found.put((String) row.get("pkey"), Math.round(days * 10) / 10d);
      }
    }
    for (String key : LEAD_TIME_PROCESSES) {
      if (found.containsKey(key)) {
        median.put(key, found.get(key));
      }
    }
    return new Timeliness(new TermsMet(statutory[0], statutory[1]), new TermsMet(customary[0], customary[1]),
        median);
  }

  private Publications publications(MapSqlParameterSource params) {
    Map<String, Object> row = jdbc.queryForMap("SELECT"
        + " SUM(CASE WHEN status = 'GEPUBLICEERD' AND publication_date >= :fromDay AND publication_date < :untilDay"
        + " THEN 1 ELSE 0 END) AS published,"
        + " SUM(CASE WHEN status = 'NIET_GEPUBLICEERD' AND status_changed_at >= :from AND status_changed_at < :until"
        + " THEN 1 ELSE 0 END) AS refused"
        + " FROM wmo_publication WHERE municipality_code IN (:tenants) AND case_number NOT LIKE 'JR-%'", params);
    return new Publications(count(row.get("published")), count(row.get("refused")));
  }

  private static String var(String alias, String name) {
    return String.format(VAR_JOIN, alias, name);
  }

  private static MapSqlParameterSource with(MapSqlParameterSource params, String key) {
    return new MapSqlParameterSource(params.getValues()).addValue("key", key);
  }

  /**
   * Adds each row's count {@code n} to the tallies by the row's value in their column ({@link #label}: unknown for
   * none); the sum of all rows' counts.
   */
  private long tally(String sql, MapSqlParameterSource params, Map<String, Map<String, Long>> tallyByColumn) {
    long total = 0;
    for (Map<String, Object> row : jdbc.queryForList(sql, params)) {
      long n = count(row.get("n"));
      total += n;
      tallyByColumn.forEach((column, tally) -> tally.merge(label(row.get(column)), n, Long::sum));
    }
    return total;
  }

  private static Map<String, Long> zeros(List<String> keys) {
    Map<String, Long> map = new LinkedHashMap<>();
    keys.forEach(k -> map.put(k, 0L));
    return map;
  }

  private static String label(Object value) {
    return value == null ? UNKNOWN : value.toString();
  }

  private static long count(Object value) {
    return value == null ? 0 : ((Number) value).longValue();
  }

  private static Object decimal(Object value) {
    return value instanceof BigDecimal d ? d : new BigDecimal(value.toString());
  }

  private static BigDecimal money(BigDecimal value) {
    return (value == null ? BigDecimal.ZERO : value).setScale(2, java.math.RoundingMode.HALF_UP);
  }
}

package nl.wmotoezicht.annualreport;

import java.math.BigDecimal;
import java.sql.Date;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Writes a past year straight into the engine's history tables and ours, in the shape the engine and our delegates
 * write them: a historic process instance with its tenant, start and end time and duration, its process-level
 * variables (string in {@code TEXT_}, boolean and integer in {@code LONG_}), completed user tasks with due dates,
 * ledger rows, publications, plan items and inspection results. Used by the hand-counted test and by the benchmark
 * ({@code bench/annual-report.sh}), which loads many cases through {@link #flush()} in batches.
 */
public class HistorySeeder {

  private final JdbcTemplate jdbc;
  private final List<Object[]> instances = new ArrayList<>();
  private final List<Object[]> variables = new ArrayList<>();
  private final List<Object[]> tasks = new ArrayList<>();

  public HistorySeeder(JdbcTemplate jdbc) {
    this.jdbc = jdbc;
  }

  /** A historic process instance (running when {@code end} is null) with process-level variables. */
  public String instance(String key, String tenant, LocalDateTime start, LocalDateTime end,
      Map<String, Object> vars) {
    String id = UUID.randomUUID().toString();
    instances.add(new Object[] {id, id, key, key + ":1:seed", Timestamp.valueOf(start),
        end == null ? null : Timestamp.valueOf(end),
        end == null ? null : Duration.between(start, end).toMillis(), id, tenant,
        end == null ? "ACTIVE" : "COMPLETED"});
    vars.forEach((name, value) -> {
      String type;
      Long longValue = null;
      String text = null;
      if (value instanceof Boolean b) {
        type = "boolean";
        longValue = b ? 1L : 0L;
      } else if (value instanceof Integer i) {
        type = "integer";
        longValue = i.longValue();
      } else {
        type = "string";
        text = value.toString();
      }
      variables.add(new Object[] {UUID.randomUUID().toString(), key, key + ":1:seed", id, id, id, id, name, type,
          Timestamp.valueOf(start), 1, longValue, text, tenant, "CREATED"});
    });
    return id;
  }

  /** A user task of the instance; {@code completed} false: deleted (e.g. cancelled by a boundary event). */
  public void task(String instanceId, String key, String taskKey, String tenant, LocalDateTime due,
      LocalDateTime end, boolean completed) {
    LocalDateTime start = end.minusDays(1);
    tasks.add(new Object[] {UUID.randomUUID().toString(), taskKey, key, key + ":1:seed", instanceId, instanceId,
        instanceId, taskKey, Timestamp.valueOf(start), Timestamp.valueOf(end),
        Duration.between(start, end).toMillis(), completed ? "completed" : "deleted", 50,
        due == null ? null : Timestamp.valueOf(due), tenant, completed ? "Completed" : "Deleted"});
  }

  /** Writes what was collected in batches. */
  public void flush() {
    jdbc.batchUpdate("INSERT INTO ACT_HI_PROCINST (ID_, PROC_INST_ID_, PROC_DEF_KEY_, PROC_DEF_ID_, START_TIME_, "
        + "END_TIME_, DURATION_, ROOT_PROC_INST_ID_, TENANT_ID_, STATE_) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
        instances);
    jdbc.batchUpdate("INSERT INTO ACT_HI_VARINST (ID_, PROC_DEF_KEY_, PROC_DEF_ID_, ROOT_PROC_INST_ID_, "
        + "PROC_INST_ID_, EXECUTION_ID_, ACT_INST_ID_, NAME_, VAR_TYPE_, CREATE_TIME_, REV_, LONG_, TEXT_, "
        + "TENANT_ID_, STATE_) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", variables);
    jdbc.batchUpdate("INSERT INTO ACT_HI_TASKINST (ID_, TASK_DEF_KEY_, PROC_DEF_KEY_, PROC_DEF_ID_, "
        + "ROOT_PROC_INST_ID_, PROC_INST_ID_, EXECUTION_ID_, NAME_, START_TIME_, END_TIME_, DURATION_, "
        + "DELETE_REASON_, PRIORITY_, DUE_DATE_, TENANT_ID_, TASK_STATE_) "
        + "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", tasks);
    instances.clear();
    variables.clear();
    tasks.clear();
  }

  public void provider(String kvk, String name) {
    jdbc.update("INSERT INTO wmo_provider (kvk_number, name, email, created_at) VALUES (?, ?, ?, ?)", kvk, name,
        "info@" + kvk + ".example", Timestamp.valueOf(LocalDateTime.of(2015, 1, 1, 0, 0)));
  }

  public void relation(String kvk, String municipality, String kind) {
    jdbc.update("INSERT INTO wmo_provider_relation (kvk_number, municipality_code, kind, indications) "
        + "VALUES (?, ?, ?, 10)", kvk, municipality, kind);
  }

  /** A ledger row; {@code statusChangedOn} null for OPEN. */
  public void forfeiture(String caseNumber, String municipality, LocalDate forfeitedOn, String amount,
      String status, LocalDate statusChangedOn) {
    BigDecimal value = new BigDecimal(amount);
    jdbc.update("INSERT INTO wmo_forfeiture (case_number, sequence_no, provider_kvk_number, provider_name, "
        + "municipality_code, forfeited_on, amount, running_total, maximum, pay_by, verjaring_date, status, "
        + "status_changed_on, created_at) VALUES (?, 1, '99999999', 'Seed B.V.', ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
        caseNumber, municipality, Date.valueOf(forfeitedOn), value, value, value.multiply(BigDecimal.TEN),
        Date.valueOf(forfeitedOn.plusWeeks(6)), Date.valueOf(forfeitedOn.plusYears(1)), status,
        statusChangedOn == null ? null : Date.valueOf(statusChangedOn), Timestamp.valueOf(forfeitedOn.atStartOfDay()));
  }

  /** A publication; published ones get their publication version as a case document. */
  public void publication(String caseNumber, String municipality, String status, LocalDate day) {
    String documentId = null;
    Timestamp at = Timestamp.valueOf(day.atTime(10, 0));
    if ("GEPUBLICEERD".equals(status)) {
      documentId = UUID.randomUUID().toString();
      jdbc.update("INSERT INTO wmo_case_document (id, case_number, municipality_code, kind, title, file_name, "
          + "content_type, content, created_at, created_by) VALUES (?, ?, ?, 'rapport-openbaar', 'Rapport', "
          + "'rapport.pdf', 'application/pdf', ?, ?, 'systeem')", documentId, caseNumber, municipality,
          new byte[] {'%', 'P', 'D', 'F'}, at);
    }
    jdbc.update("INSERT INTO wmo_publication (id, case_number, municipality_code, municipality_name, provider_name, "
        + "status, process_instance_id, document_id, publication_date, published_at, created_at, status_changed_at) "
        + "VALUES (?, ?, ?, 'Gemeente', 'Seed B.V.', ?, 'seed', ?, ?, ?, ?, ?)", UUID.randomUUID().toString(),
        caseNumber, municipality, status, documentId, documentId == null ? null : Date.valueOf(day),
        documentId == null ? null : at, at, at);
  }

  public void planItem(String region, int year, String kvk, String municipality, String caseNumber, boolean late) {
    jdbc.update("INSERT INTO wmo_annual_plan_item (purchasing_region, plan_year, kvk_number, service_kind, "
        + "provider_name, municipality_code, selection, risk_class, score, hours, planned_month, case_number, late) "
        + "VALUES (?, ?, ?, 'begeleiding', 'Seed B.V.', ?, 'risico', 'hoog', 60, 16, 5, ?, ?)", region, year, kvk,
        municipality, caseNumber, late);
  }

  public void inspectionResult(String caseNumber, String kvk, String region, String municipality, LocalDate visited,
      String client, String professional, String safety) {
    jdbc.update("INSERT INTO wmo_inspection_result (case_number, kvk_number, service_kind, purchasing_region, "
        + "municipality_code, plan_year, planned_month, visited_on, judgement_client, judgement_professional, "
        + "judgement_safety) VALUES (?, ?, 'begeleiding', ?, ?, ?, ?, ?, ?, ?, ?)", caseNumber, kvk, region,
        municipality, visited.getYear(), visited.getMonthValue(), Date.valueOf(visited), client, professional,
        safety);
  }
}

package nl.wmotoezicht.cases;

import java.sql.Timestamp;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Repository;

/**
 * The case register ({@code wmo_case}, {@code wmo_case_instance}): each case number the platform issued, the
 * municipality (tenant) it belongs to and the process instances that are part of it. Written in the transaction that
 * starts the instance, so a case and its binding commit together (docs/security/tenancy.md).
 */
@Repository
public class CaseRegistry {

  /** Process instances per IN list. */
  private static final int BATCH = 500;

  /** A registered case. */
  public record RegisteredCase(String caseNumber, String municipalityCode, String processKey) {
  }

  /** An instance bound to its case. */
  public record BoundInstance(String processInstanceId, String caseNumber, String municipalityCode) {
  }

  private final JdbcTemplate jdbc;
  private final NamedParameterJdbcTemplate named;

  CaseRegistry(JdbcTemplate jdbc) {
    this.jdbc = jdbc;
    this.named = new NamedParameterJdbcTemplate(jdbc);
  }

  /** Registers a new case for its municipality, with the instance that starts it. */
  public void register(String caseNumber, String municipalityCode, DelegateExecution execution) {
    register(caseNumber, municipalityCode, processKey(execution), execution.getProcessInstanceId());
  }

  /** Registers a new case for its municipality, with the instance that starts it. */
  public void register(String caseNumber, String municipalityCode, String processKey, String processInstanceId) {
    jdbc.update("INSERT INTO wmo_case (case_number, municipality_code, process_key, created_at) VALUES (?, ?, ?, ?)",
        caseNumber, municipalityCode, processKey, new Timestamp(ClockUtil.getCurrentTime().getTime()));
    bind(caseNumber, municipalityCode, processInstanceId, processKey);
  }

  /**
   * Binds another instance to an existing case of the same municipality (e.g. the publication of an investigation).
   * A number the register does not hold (a case from before the register) is left unbound.
   *
   * @throws IllegalStateException when the case belongs to another municipality
   */
  public void bindInstance(String caseNumber, String municipalityCode, String processInstanceId, String processKey) {
    Optional<RegisteredCase> found = find(caseNumber);
    if (found.isEmpty()) {
      return;
    }
    RegisteredCase registered = found.get();
    if (!registered.municipalityCode().equals(municipalityCode)) {
      throw new IllegalStateException("Zaak " + caseNumber + " hoort bij een andere gemeente");
    }
    bind(caseNumber, municipalityCode, processInstanceId, processKey);
  }

  private void bind(String caseNumber, String municipalityCode, String processInstanceId, String processKey) {
    jdbc.update("INSERT INTO wmo_case_instance (process_instance_id, case_number, municipality_code, process_key) "
        + "VALUES (?, ?, ?, ?)", processInstanceId, caseNumber, municipalityCode, processKey);
  }

  public Optional<RegisteredCase> find(String caseNumber) {
    return jdbc.query("SELECT case_number, municipality_code, process_key FROM wmo_case WHERE case_number = ?",
        (rs, i) -> new RegisteredCase(rs.getString(1), rs.getString(2), rs.getString(3)), caseNumber)
        .stream().findFirst();
  }

  /** The ids of the instances bound to the case. */
  public Set<String> instanceIds(String caseNumber) {
    return Set.copyOf(jdbc.queryForList("SELECT process_instance_id FROM wmo_case_instance WHERE case_number = ?",
        String.class, caseNumber));
  }

  /** The bindings of these instances, by instance id; instances without one are absent. */
  public Map<String, BoundInstance> bindings(Collection<String> processInstanceIds) {
    Map<String, BoundInstance> result = new HashMap<>();
    List<String> ids = List.copyOf(processInstanceIds);
    for (int from = 0; from < ids.size(); from += BATCH) {
      MapSqlParameterSource parameters = new MapSqlParameterSource("ids", ids.subList(from,
          Math.min(ids.size(), from + BATCH)));
      named.query("SELECT process_instance_id, case_number, municipality_code FROM wmo_case_instance "
              + "WHERE process_instance_id IN (:ids)", parameters,
          (rs, i) -> new BoundInstance(rs.getString(1), rs.getString(2), rs.getString(3)))
          .forEach(b -> result.put(b.processInstanceId(), b));
    }
    return result;
  }

  /** The registered cases among these case numbers, by case number. */
  public Map<String, RegisteredCase> find(Collection<String> caseNumbers) {
    if (caseNumbers.isEmpty()) {
      return Map.of();
    }
    Map<String, RegisteredCase> result = new HashMap<>();
    List<String> numbers = caseNumbers.stream().distinct().collect(Collectors.toList());
    for (int from = 0; from < numbers.size(); from += BATCH) {
      named.query("SELECT case_number, municipality_code, process_key FROM wmo_case WHERE case_number IN (:numbers)",
          new MapSqlParameterSource("numbers", numbers.subList(from, Math.min(numbers.size(), from + BATCH))),
          (rs, i) -> new RegisteredCase(rs.getString(1), rs.getString(2), rs.getString(3)))
          .forEach(c -> result.put(c.caseNumber(), c));
    }
    return result;
  }

  private static String processKey(DelegateExecution execution) {
    String definitionId = execution.getProcessDefinitionId();
    return definitionId == null ? "?" : definitionId.split(":")[0];
  }
}

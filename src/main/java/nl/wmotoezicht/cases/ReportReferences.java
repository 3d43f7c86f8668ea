package nl.wmotoezicht.cases;

import java.sql.Timestamp;
import java.util.Optional;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The idempotency register: each (process, reporter's reference) pair starts at most one case.
 * Registration runs in the start transaction of the case, so a report is either registered with its
 * case or not at all. A concurrent duplicate waits on the primary key until the first commits, then
 * fails and is answered with the first one's case number.
 */
@Repository
public class ReportReferences {

  private final JdbcTemplate jdbc;
  private final TransactionTemplate separateTransaction;

  public ReportReferences(JdbcTemplate jdbc, PlatformTransactionManager transactionManager) {
    this.jdbc = jdbc;
    this.separateTransaction = new TransactionTemplate(transactionManager);
    this.separateTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
    this.separateTransaction.setReadOnly(true);
  }

  /**
   * Registers the reference for the case, in the caller's transaction.
   *
   * @throws DuplicateReportException when the reference was registered before
   */
  public void register(String processKey, String reference, String caseNumber) {
    try {
      jdbc.update("INSERT INTO wmo_intake_report (process_key, reference, case_number, received_at) VALUES (?, ?, ?, ?)",
          processKey, reference, caseNumber, new Timestamp(ClockUtil.getCurrentTime().getTime()));
    } catch (DuplicateKeyException e) {
      String existing = find(processKey, reference)
          .orElseThrow(() -> new IllegalStateException("Referentie " + reference + " botst maar is niet te vinden", e));
      throw new DuplicateReportException(reference, existing);
    }
  }

  /** The case started by this reference, read in a transaction of its own (the caller's may be aborted). */
  public Optional<String> find(String processKey, String reference) {
    return separateTransaction.execute(status -> jdbc.query(
        "SELECT case_number FROM wmo_intake_report WHERE process_key = ? AND reference = ?",
        (rs, i) -> rs.getString(1), processKey, reference).stream().findFirst());
  }
}

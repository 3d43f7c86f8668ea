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
 * The idempotency register: each (process, sender, sender's reference) starts at most one case. The key is claimed in
 * the start transaction of the case before the case draws its number, so a report is either registered with its case
 * or not at all, and a duplicate draws no number. A concurrent duplicate waits on the primary key until the first
 * commits, then fails and is answered from the first one's row: the same report is a duplicate, a different report
 * with the same key a conflict.
 */
@Repository
public class ReportReferences {

  /** What the register holds for a key. */
  record Registered(String caseNumber, String reportHash) {
  }

  private static final String SELECT =
      "SELECT case_number, report_hash FROM wmo_intake_report WHERE process_key = ? AND sender = ? AND reference = ?";

  /** Inserts the key's row unless the key is registered: 1 row for a new key, 0 for a known one. */
  private static final String CLAIM = "MERGE INTO wmo_intake_report r USING (VALUES (CAST(? AS VARCHAR(64)), "
      + "CAST(? AS VARCHAR(64)), CAST(? AS VARCHAR(100)), CAST(? AS VARCHAR(64)), CAST(? AS TIMESTAMP))) "
      + "AS n (process_key, sender, reference, report_hash, received_at) "
      + "ON r.process_key = n.process_key AND r.sender = n.sender AND r.reference = n.reference "
      + "WHEN NOT MATCHED THEN INSERT (process_key, sender, reference, report_hash, received_at) "
      + "VALUES (n.process_key, n.sender, n.reference, n.report_hash, n.received_at)";

  private final JdbcTemplate jdbc;
  private final TransactionTemplate separateTransaction;

  public ReportReferences(JdbcTemplate jdbc, PlatformTransactionManager transactionManager) {
    this.jdbc = jdbc;
    this.separateTransaction = new TransactionTemplate(transactionManager);
    this.separateTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
    this.separateTransaction.setReadOnly(true);
  }

  /**
   * Claims the key for a new case, in the caller's transaction; {@link #assign} then records the case's number.
   *
   * @param reportHash a digest of the report's contents
   * @throws DuplicateReportException when the key was registered before for the same report
   * @throws ConflictingReportException when the key was registered before for a different report
   */
  public void claim(String processKey, String sender, String reference, String reportHash) {
    // one statement for a new key, in the caller's transaction (a second connection per waiting request could
    // exhaust the pool): the row is inserted unless the key is registered; standard MERGE, the same on H2 and
    // PostgreSQL. A key registered before inserts nothing and is answered from its row.
    int inserted;
    try {
      inserted = jdbc.update(CLAIM, processKey, sender, reference, reportHash,
          new Timestamp(ClockUtil.getCurrentTime().getTime()));
    } catch (DuplicateKeyException e) {
      // a concurrent report with this key committed first (PostgreSQL's MERGE does not wait and skip as
      // ON CONFLICT does): this transaction is aborted, so its row is read in a transaction of its own
      Registered first = find(processKey, sender, reference)
          .orElseThrow(() -> new IllegalStateException("Referentie " + reference + " botst maar is niet te vinden", e));
      throw repeated(reference, reportHash, first);
    }
    if (inserted == 0) {
      Registered earlier = jdbc.query(SELECT, (rs, i) -> new Registered(rs.getString(1), rs.getString(2)),
          processKey, sender, reference).stream().findFirst()
          .orElseThrow(() -> new IllegalStateException("Referentie " + reference + " is bezet maar niet te vinden"));
      throw repeated(reference, reportHash, earlier);
    }
  }

  /** Records the case number of a claimed key, in the caller's transaction. */
  public void assign(String processKey, String sender, String reference, String caseNumber) {
    jdbc.update("UPDATE wmo_intake_report SET case_number = ? WHERE process_key = ? AND sender = ? AND reference = ?",
        caseNumber, processKey, sender, reference);
  }

  private static RuntimeException repeated(String reference, String reportHash, Registered first) {
    if (first.reportHash() == null || first.reportHash().equals(reportHash)) {
      return new DuplicateReportException(reference, first.caseNumber());
    }
    return new ConflictingReportException(reference, first.caseNumber());
  }

  /**
   * What this key registered, read in a transaction of its own (the caller's may be aborted); only after the first
   * one's transaction ended, so it never waits for a connection the first one holds.
   */
  Optional<Registered> find(String processKey, String sender, String reference) {
    return separateTransaction.execute(status -> jdbc.query(SELECT,
        (rs, i) -> new Registered(rs.getString(1), rs.getString(2)), processKey, sender, reference)
        .stream().findFirst());
  }
}

package nl.wmotoezicht.documents;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/**
 * Letters that go by post (no consent to electronic letters, art. 2:14 lid 1 Awb) wait here until staff have printed
 * and posted them ({@code wmo_print_queue}, docs/beheer.md "Printwachtrij"). Works in the caller's transaction: queued
 * together with the step that made the letter, or not at all.
 */
@Repository
public class PrintQueue {

  private static final String COLUMNS = "document_id, case_number, municipality_code, kvk_number, addressee, "
      + "postal_street, postal_code, postal_city, title, queued_at, posted_at, posted_by";

  private final JdbcTemplate jdbc;

  PrintQueue(JdbcTemplate jdbc) {
    this.jdbc = jdbc;
  }

  /**
   * A letter to print and post.
   *
   * @param documentId the letter (a document of the case, its PDF)
   * @param caseNumber the case
   * @param municipalityCode the case's municipality (tenant)
   * @param kvkNumber the addressee's KvK number, or null
   * @param addressee the addressee's name
   * @param postalStreet street and number or PO box; null when the register has no postal address (staff must find
   *     it before posting)
   * @param postalCode the postcode, or null
   * @param postalCity the place, or null
   * @param title the letter's subject
   * @param queuedAt when it was queued
   * @param postedAt when staff marked it posted; null while it waits
   * @param postedBy who marked it posted
   */
  public record PrintJob(String documentId, String caseNumber, String municipalityCode, String kvkNumber,
      String addressee, String postalStreet, String postalCode, String postalCity, String title, Instant queuedAt,
      Instant postedAt, String postedBy) {
  }

  /** Queues a letter; a letter already queued (a retried step) stays as it is. */
  public void add(PrintJob job) {
    if (find(job.documentId()).isPresent()) {
      return;
    }
    jdbc.update("INSERT INTO wmo_print_queue (" + COLUMNS + ") VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
        job.documentId(), job.caseNumber(), job.municipalityCode(), job.kvkNumber(), job.addressee(),
        job.postalStreet(), job.postalCode(), job.postalCity(), job.title(), Timestamp.from(job.queuedAt()), null, null);
  }

  public Optional<PrintJob> find(String documentId) {
    return jdbc.query("SELECT " + COLUMNS + " FROM wmo_print_queue WHERE document_id = ?", PrintQueue::map,
        documentId).stream().findFirst();
  }

  /** The letters of these municipalities, oldest first; only those still to post unless {@code all}. */
  public List<PrintJob> of(Collection<String> municipalityCodes, boolean all) {
    if (municipalityCodes.isEmpty()) {
      return List.of();
    }
    String marks = String.join(", ", municipalityCodes.stream().map(c -> "?").toList());
    return jdbc.query("SELECT " + COLUMNS + " FROM wmo_print_queue WHERE municipality_code IN (" + marks + ")"
        + (all ? "" : " AND posted_at IS NULL") + " ORDER BY queued_at, document_id", PrintQueue::map,
        municipalityCodes.toArray());
  }

  /**
   * Marks a waiting letter posted.
   *
   * @return true when it was waiting; false when it was posted before
   */
  public boolean markPosted(String documentId, String user) {
    return jdbc.update("UPDATE wmo_print_queue SET posted_at = ?, posted_by = ? WHERE document_id = ? "
        + "AND posted_at IS NULL", new Timestamp(ClockUtil.getCurrentTime().getTime()), user, documentId) == 1;
  }

  private static PrintJob map(ResultSet rs, int row) throws SQLException {
    Timestamp posted = rs.getTimestamp("posted_at");
    return new PrintJob(rs.getString("document_id"), rs.getString("case_number"), rs.getString("municipality_code"),
        rs.getString("kvk_number"), rs.getString("addressee"), rs.getString("postal_street"),
        rs.getString("postal_code"), rs.getString("postal_city"), rs.getString("title"),
        rs.getTimestamp("queued_at").toInstant(), posted == null ? null : posted.toInstant(),
        rs.getString("posted_by"));
  }
}

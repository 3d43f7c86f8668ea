package nl.wmotoezicht.publication;

import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/** The publications of final reports ({@code wmo_publication}). */
@Repository
public class Publications {

  private static final String COLUMNS = "id, case_number, municipality_code, municipality_name, provider_name, "
      + "provider_kvk_number, title, status, process_instance_id, final_report_document_id, document_id, "
      + "publication_date, published_at";

  private final JdbcTemplate jdbc;

  Publications(JdbcTemplate jdbc) {
    this.jdbc = jdbc;
  }

  /** Registers a case's publication; the case's unique constraint refuses a second one. */
  Publication register(String caseNumber, String municipalityCode, String municipalityName, String providerName,
      String providerKvkNumber, String processInstanceId, String finalReportDocumentId) {
    String id = UUID.randomUUID().toString();
    Timestamp now = now();
    jdbc.update("INSERT INTO wmo_publication (id, case_number, municipality_code, municipality_name, provider_name, "
        + "provider_kvk_number, status, process_instance_id, final_report_document_id, created_at, status_changed_at) "
        + "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", id, caseNumber, municipalityCode, municipalityName, providerName,
        providerKvkNumber, PublicationStatus.VOORBEREIDING.name(), processInstanceId, finalReportDocumentId, now, now);
    return byCase(caseNumber).orElseThrow();
  }

  public Optional<Publication> byCase(String caseNumber) {
    return jdbc.query("SELECT " + COLUMNS + " FROM wmo_publication WHERE case_number = ?", Publications::map,
        caseNumber).stream().findFirst();
  }

  /** Records the status (held, not published) with the date of the decision on publication, if any. */
  void setStatus(String caseNumber, PublicationStatus status, LocalDate publicationDate) {
    if (status == PublicationStatus.GEPUBLICEERD) {
      throw new IllegalArgumentException("Publiceren gaat via publish()");
    }
    update(jdbc.update("UPDATE wmo_publication SET status = ?, publication_date = ?, status_changed_at = ? "
        + "WHERE case_number = ? AND status <> ?", status.name(), publicationDate == null ? null : Date.valueOf(publicationDate),
        now(), caseNumber, PublicationStatus.GEPUBLICEERD.name()), caseNumber);
  }

  /**
   * Publishes a document that needs no publication procedure of its own because it holds no personal data and no
   * judgement of a provider (the annual report, docs/processen/jaarrapportage.md): registered and published at once,
   * on the public listing from the date. Idempotent: a retried step finds the case published.
   *
   * @param publisher shown in the listing's provider column (e.g. the municipality or purchasing region)
   */
  public void publishDocument(String caseNumber, String municipalityCode, String municipalityName, String publisher,
      String processInstanceId, String documentId, String title, LocalDate publicationDate) {
    if (byCase(caseNumber).isEmpty()) {
      register(caseNumber, municipalityCode, municipalityName, publisher, null, processInstanceId, documentId);
    }
    publish(caseNumber, documentId, title, publicationDate);
  }

  /** Publishes the case's report: from now on the publication version is on the public listing. */
  void publish(String caseNumber, String documentId, String title, LocalDate publicationDate) {
    Timestamp now = now();
    update(jdbc.update("UPDATE wmo_publication SET status = ?, document_id = ?, title = ?, publication_date = ?, "
        + "published_at = ?, status_changed_at = ? WHERE case_number = ?", PublicationStatus.GEPUBLICEERD.name(),
        documentId, title, Date.valueOf(publicationDate), now, now, caseNumber), caseNumber);
  }

  /** The published reports, newest first: the only rows the public listing shows. */
  public List<Publication> published() {
    return jdbc.query("SELECT " + COLUMNS + " FROM wmo_publication WHERE status = ? "
        + "ORDER BY publication_date DESC, published_at DESC", Publications::map, PublicationStatus.GEPUBLICEERD.name());
  }

  /** A published report; empty for any other id or a report that is not (or no longer) published. */
  public Optional<Publication> published(String id) {
    return jdbc.query("SELECT " + COLUMNS + " FROM wmo_publication WHERE id = ? AND status = ?", Publications::map,
        id, PublicationStatus.GEPUBLICEERD.name()).stream().findFirst();
  }

  private static void update(int rows, String caseNumber) {
    if (rows != 1) {
      throw new IllegalStateException("Openbaarmaking van zaak " + caseNumber + " niet gevonden of al gepubliceerd");
    }
  }

  private static Timestamp now() {
    return Timestamp.from(ClockUtil.getCurrentTime().toInstant());
  }

  private static Publication map(ResultSet rs, int row) throws SQLException {
    Date date = rs.getDate("publication_date");
    Timestamp publishedAt = rs.getTimestamp("published_at");
    return new Publication(rs.getString("id"), rs.getString("case_number"), rs.getString("municipality_code"),
        rs.getString("municipality_name"), rs.getString("provider_name"), rs.getString("provider_kvk_number"),
        rs.getString("title"), PublicationStatus.valueOf(rs.getString("status")), rs.getString("process_instance_id"),
        rs.getString("final_report_document_id"), rs.getString("document_id"),
        date == null ? null : date.toLocalDate(), publishedAt == null ? null : publishedAt.toInstant());
  }
}

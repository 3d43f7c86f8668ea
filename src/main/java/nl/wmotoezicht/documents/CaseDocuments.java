package nl.wmotoezicht.documents;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/** The documents of every case ({@code wmo_case_document}). */
@Repository
public class CaseDocuments {

  private static final String COLUMNS = "id, case_number, municipality_code, kind, title, file_name, content_type, "
      + "created_at, created_by, process_instance_id, activity_instance_id";

  private final JdbcTemplate jdbc;

  CaseDocuments(JdbcTemplate jdbc) {
    this.jdbc = jdbc;
  }

  void insert(CaseDocument document, byte[] content) {
    jdbc.update("INSERT INTO wmo_case_document (" + COLUMNS + ", content) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
        document.id(), document.caseNumber(), document.municipalityCode(), document.kind(), document.title(),
        document.fileName(), document.contentType(), Timestamp.from(document.createdAt()), document.createdBy(),
        document.processInstanceId(), document.activityInstanceId(), content);
  }

  /** Records how a letter went to the provider: {@code email} or {@code post} (art. 2:14 Awb). */
  void recordChannel(String id, String channel) {
    jdbc.update("UPDATE wmo_case_document SET channel = ? WHERE id = ?", channel, id);
  }

  /** How the letter went to the provider ({@code email} or {@code post}); empty for other documents. */
  public Optional<String> channel(String id) {
    return jdbc.query("SELECT channel FROM wmo_case_document WHERE id = ?", (rs, n) -> rs.getString(1), id).stream()
        .filter(java.util.Objects::nonNull).findFirst();
  }

  /** The document a step generated before, if it did. */
  public Optional<CaseDocument> byActivityInstance(String activityInstanceId) {
    return jdbc.query("SELECT " + COLUMNS + " FROM wmo_case_document WHERE activity_instance_id = ?",
        CaseDocuments::map, activityInstanceId).stream().findFirst();
  }

  public Optional<CaseDocument> byId(String id) {
    return jdbc.query("SELECT " + COLUMNS + " FROM wmo_case_document WHERE id = ?", CaseDocuments::map, id)
        .stream().findFirst();
  }

  /** A case's documents, oldest first. */
  public List<CaseDocument> forCase(String caseNumber) {
    return jdbc.query("SELECT " + COLUMNS + " FROM wmo_case_document WHERE case_number = ? ORDER BY seq",
        CaseDocuments::map, caseNumber);
  }

  /**
   * A case's documents of its municipality (tenant), oldest first: a read for a caller filters by his case's tenant
   * itself (docs/security/tenancy.md).
   */
  public List<CaseDocument> forCase(String caseNumber, String municipalityCode) {
    return jdbc.query("SELECT " + COLUMNS + " FROM wmo_case_document WHERE case_number = ? AND municipality_code = ? "
        + "ORDER BY seq", CaseDocuments::map, caseNumber, municipalityCode);
  }

  /** A document of this case and municipality (tenant), if there is one with this id. */
  public Optional<CaseDocument> ofCase(String id, String caseNumber, String municipalityCode) {
    return jdbc.query("SELECT " + COLUMNS + " FROM wmo_case_document WHERE id = ? AND case_number = ? "
        + "AND municipality_code = ?", CaseDocuments::map, id, caseNumber, municipalityCode).stream().findFirst();
  }

  /** A document's content (the PDF's bytes). */
  public byte[] content(String id) {
    List<byte[]> rows = jdbc.query("SELECT content FROM wmo_case_document WHERE id = ?",
        (rs, n) -> rs.getBytes(1), id);
    if (rows.isEmpty()) {
      throw new IllegalArgumentException("Document " + id + " bestaat niet");
    }
    return rows.get(0);
  }

  private static CaseDocument map(ResultSet rs, int row) throws SQLException {
    return new CaseDocument(rs.getString("id"), rs.getString("case_number"), rs.getString("municipality_code"),
        rs.getString("kind"), rs.getString("title"), rs.getString("file_name"), rs.getString("content_type"),
        rs.getTimestamp("created_at").toInstant(), rs.getString("created_by"), rs.getString("process_instance_id"),
        rs.getString("activity_instance_id"));
  }
}

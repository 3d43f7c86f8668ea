package nl.wmotoezicht.documents;

import java.time.Instant;

/**
 * A stored document of a case (its content is read separately).
 *
 * @param id the document's id (a UUID)
 * @param caseNumber the case it belongs to
 * @param municipalityCode the case's municipality (tenant)
 * @param kind the template it was generated from, e.g. {@code rapport-concept} or {@code dwangsom-besluit}
 * @param title the Dutch title (a letter's subject)
 * @param fileName the file name for downloads and mail attachments
 * @param contentType {@code application/pdf}
 * @param createdAt when it was generated
 * @param createdBy the user who caused it, or {@value DocumentService#SYSTEM_USER}
 * @param processInstanceId the process instance that generated it
 * @param activityInstanceId the step that generated it (one document per step execution)
 */
public record CaseDocument(String id, String caseNumber, String municipalityCode, String kind, String title,
    String fileName, String contentType, Instant createdAt, String createdBy, String processInstanceId,
    String activityInstanceId) {
}

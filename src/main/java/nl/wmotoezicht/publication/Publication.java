package nl.wmotoezicht.publication;

import java.time.Instant;
import java.time.LocalDate;

/**
 * A report's publication ({@code wmo_publication}).
 *
 * @param id the publication's id, used in the public address {@code /openbaar/rapporten/{id}}
 * @param caseNumber the investigation's case number
 * @param municipalityCode the municipality (tenant)
 * @param municipalityName its name
 * @param providerName the provider
 * @param providerKvkNumber its KvK number
 * @param title the published title
 * @param status where it stands
 * @param processInstanceId the publication process instance
 * @param finalReportDocumentId the final report it is made from (never public itself)
 * @param documentId the publication version (the public PDF), once generated
 * @param publicationDate the day the college set for publication
 * @param publishedAt when it was published
 */
public record Publication(String id, String caseNumber, String municipalityCode, String municipalityName,
    String providerName, String providerKvkNumber, String title, PublicationStatus status, String processInstanceId,
    String finalReportDocumentId, String documentId, LocalDate publicationDate, Instant publishedAt) {
}

package nl.wmotoezicht.documents;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import nl.wmotoezicht.kernel.Problems;
import nl.wmotoezicht.cases.CaseVisibility;
import nl.wmotoezicht.cases.CaseVisibility.VisibleCase;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;
import nl.wmotoezicht.kernel.UnknownCase;
import nl.wmotoezicht.kernel.NotSignedIn;

/**
 * A case's documents (letters, reports) over REST. Only for users who may see the case ({@link CaseVisibility}: its
 * municipality and its own instances), and only the documents of the case's municipality.
 */
@RestController
@Tag(name = "Zaken")
class DocumentController {

  private final CaseDocuments documents;
  private final CaseVisibility visibility;

  DocumentController(CaseDocuments documents, CaseVisibility visibility) {
    this.documents = documents;
    this.visibility = visibility;
  }

  /**
   * A document of a case, without its content.
   *
   * @param id the document's id
   * @param kind the template it was made from, e.g. {@code rapport-concept}, {@code dwangsom-besluit}
   * @param title the Dutch title
   * @param fileName the file name
   * @param contentType {@code application/pdf}
   * @param createdAt when it was generated
   * @param createdBy the user who caused it, or {@code systeem}
   * @param downloadUrl where to download it
   * @param channel how a letter went to the provider: {@code email} or {@code post} (art. 2:14 Awb); null for other
   *     documents
   */
  record DocumentRow(String id, String kind, String title, String fileName, String contentType, Instant createdAt,
      String createdBy, String downloadUrl, String channel) {

    static DocumentRow of(CaseDocument d, String channel) {
      return new DocumentRow(d.id(), d.kind(), d.title(), d.fileName(), d.contentType(), d.createdAt(), d.createdBy(),
          "/api/cases/" + d.caseNumber() + "/documents/" + d.id(), channel);
    }
  }

  @Operation(summary = "Documenten van een zaak", description = "Brieven en rapporten (PDF), oudste eerst.")
  @ApiResponse(responseCode = "200", description = "De documenten (mogelijk geen)")
  @NotSignedIn
  @UnknownCase
  @GetMapping("/api/cases/{caseNumber}/documents")
  ResponseEntity<?> list(@PathVariable String caseNumber) {
    Optional<VisibleCase> found = visibility.find(caseNumber);
    if (found.isEmpty()) {
      return Problems.unknownCase(caseNumber);
    }
    return ResponseEntity.ok(documents.forCase(caseNumber, found.get().municipalityCode()).stream()
        .map(d -> DocumentRow.of(d, documents.channel(d.id()).orElse(null))).toList());
  }

  @Operation(summary = "Document van een zaak downloaden", description = "De PDF, als bijlage.")
  @ApiResponse(responseCode = "200", description = "De PDF")
  @NotSignedIn
  @ApiResponse(responseCode = "404", description = "Zaak of document bestaat niet of u heeft er geen toegang toe")
  @GetMapping("/api/cases/{caseNumber}/documents/{id}")
  ResponseEntity<?> download(@PathVariable String caseNumber, @PathVariable String id) {
    Optional<VisibleCase> visible = visibility.find(caseNumber);
    if (visible.isEmpty()) {
      return Problems.unknownCase(caseNumber);
    }
    Optional<CaseDocument> document = documents.ofCase(id, caseNumber, visible.get().municipalityCode());
    if (document.isEmpty()) {
      return Problems.answer(HttpStatus.NOT_FOUND, "document-onbekend", "Document niet gevonden",
          "Zaak " + caseNumber + " heeft geen document " + id + ".");
    }
    CaseDocument found = document.get();
    return ResponseEntity.ok()
        .header(HttpHeaders.CONTENT_DISPOSITION,
            ContentDisposition.attachment().filename(found.fileName()).build().toString())
        .contentType(MediaType.parseMediaType(found.contentType()))
        .body(documents.content(found.id()));
  }
}

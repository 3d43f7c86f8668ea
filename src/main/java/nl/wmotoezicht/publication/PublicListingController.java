package nl.wmotoezicht.publication;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import java.util.Optional;
import nl.wmotoezicht.documents.CaseDocuments;
import nl.wmotoezicht.kernel.ClasspathTemplates;
import nl.wmotoezicht.kernel.DutchDates;
import nl.wmotoezicht.kernel.Problems;
import org.springframework.http.CacheControl;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;
import org.thymeleaf.TemplateEngine;
import org.thymeleaf.context.Context;
import org.thymeleaf.templatemode.TemplateMode;

/**
 * The public listing of published supervision reports, without login: the only paths of the
 * application that are open ({@code /openbaar/**}). It shows published reports only — provider,
 * municipality, publication date, title — and serves their publication version, which holds no
 * personal data of clients or staff. Nothing else (no case, no other document) is reachable here.
 */
@RestController
@Tag(name = "Openbaar")
class PublicListingController {

  private final Publications publications;
  private final CaseDocuments documents;
  private final TemplateEngine engine = ClasspathTemplates.engine("openbaar/", ".html", TemplateMode.HTML);
  private final DutchDates dates = new DutchDates();

  PublicListingController(Publications publications, CaseDocuments documents) {
    this.publications = publications;
    this.documents = documents;
  }

  /**
   * A published report, as the public sees it.
   *
   * @param id the publication's id
   * @param title the title
   * @param providerName the provider (a business, not a person)
   * @param providerKvkNumber its KvK number
   * @param municipalityName the municipality
   * @param publicationDate the publication date, ISO
   * @param url where to download the report (PDF)
   */
  record PublishedReport(String id, String title, String providerName, String providerKvkNumber,
      String municipalityName, String publicationDate, String url) {

    static PublishedReport of(Publication p) {
      return new PublishedReport(p.id(), p.title(), p.providerName(), p.providerKvkNumber(), p.municipalityName(),
          p.publicationDate().toString(), "/openbaar/rapporten/" + p.id());
    }
  }

  @Operation(summary = "Openbaar gemaakte toezichtrapporten (HTML, zonder inloggen)")
  @GetMapping(value = {"/openbaar", "/openbaar/"}, produces = MediaType.TEXT_HTML_VALUE)
  ResponseEntity<String> page() {
    Context context = new Context(java.util.Locale.forLanguageTag("nl-NL"));
    context.setVariable("reports", reports());
    context.setVariable("dates", dates);
    return ResponseEntity.ok().contentType(new MediaType(MediaType.TEXT_HTML, java.nio.charset.StandardCharsets.UTF_8))
        .cacheControl(CacheControl.noCache()).body(engine.process("overzicht", context));
  }

  @Operation(summary = "Openbaar gemaakte toezichtrapporten (JSON, zonder inloggen)")
  @GetMapping(value = "/openbaar/rapporten", produces = MediaType.APPLICATION_JSON_VALUE)
  List<PublishedReport> reports() {
    return publications.published().stream().map(PublishedReport::of).toList();
  }

  @Operation(summary = "Openbaar toezichtrapport (PDF, zonder inloggen)")
  @ApiResponse(responseCode = "200", description = "De openbare versie van het rapport")
  @ApiResponse(responseCode = "404", description = "Geen openbaar gemaakt rapport met dit nummer")
  @GetMapping("/openbaar/rapporten/{id}")
  ResponseEntity<?> report(@PathVariable String id) {
    Optional<Publication> publication = publications.published(id);
    if (publication.isEmpty()) {
      return Problems.answer(HttpStatus.NOT_FOUND, "rapport-onbekend", "Rapport niet gevonden",
          "Er is geen openbaar gemaakt rapport " + id + ".");
    }
    Publication p = publication.get();
    return ResponseEntity.ok()
        .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.inline()
            .filename("toezichtrapport-" + p.caseNumber() + ".pdf").build().toString())
        .contentType(MediaType.APPLICATION_PDF)
        .body(documents.content(p.documentId()));
  }
}

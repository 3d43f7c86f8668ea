package nl.wmotoezicht.documents;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import nl.wmotoezicht.documents.PrintQueue.PrintJob;
import nl.wmotoezicht.identity.Groups;
import nl.wmotoezicht.identity.Region;
import nl.wmotoezicht.identity.UserNames;
import nl.wmotoezicht.kernel.EngineIdentity;
import nl.wmotoezicht.kernel.Problems;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import nl.wmotoezicht.kernel.NotSignedIn;

/**
 * The print queue over REST (docs/beheer.md, "Printwachtrij"): letters to providers without consent to electronic
 * letters (art. 2:14 Awb) that staff print and post. Members of {@value Groups#TOEZICHTHOUDERS},
 * {@value Groups#MANAGERS} and {@value Groups#CAMUNDA_ADMIN} see the letters of their municipalities (tenants; the
 * administrator every municipality of the region), download each PDF and mark it posted. Anyone else gets 403; a
 * letter of another municipality is 404.
 */
@RestController
@RequestMapping("/api/print-queue")
@Tag(name = "Printwachtrij", description = "Brieven die per post gaan (geen toestemming voor elektronisch verkeer, "
    + "art. 2:14 Awb)")
class PrintQueueController {

  /** When a letter was marked posted, as on a clock in the Netherlands: "6 december 2026 om 09:14". */
  private static final DateTimeFormatter POSTED_AT = DateTimeFormatter.ofPattern("d MMMM yyyy 'om' HH:mm",
      Locale.forLanguageTag("nl-NL")).withZone(ZoneId.of("Europe/Amsterdam"));

  private static final Set<String> STAFF = Set.of(Groups.TOEZICHTHOUDERS, Groups.MANAGERS, Groups.CAMUNDA_ADMIN);

  private final PrintQueue queue;
  private final CaseDocuments documents;
  private final Region region;
  private final IdentityService identityService;
  private final UserNames userNames;

  PrintQueueController(PrintQueue queue, CaseDocuments documents, Region region, IdentityService identityService,
      UserNames userNames) {
    this.queue = queue;
    this.documents = documents;
    this.region = region;
    this.identityService = identityService;
    this.userNames = userNames;
  }

  /**
   * A letter in the queue.
   *
   * @param documentId the letter's id
   * @param caseNumber its case
   * @param municipalityCode the case's municipality
   * @param municipalityName its name
   * @param addressee the provider's name
   * @param postalAddress street, postcode and place on separate lines; empty when the register has none
   * @param title the letter's subject
   * @param queuedAt when it was queued
   * @param postedAt when it was marked posted; null while it waits
   * @param postedBy who marked it posted (the user id); null while it waits
   * @param postedByName her name (first and last name of the engine's user); the user id when she has no name or
   *     is no longer known; null while it waits
   * @param downloadUrl the PDF to print
   */
  record PrintRow(String documentId, String caseNumber, String municipalityCode, String municipalityName,
      String addressee, List<String> postalAddress, String title, Instant queuedAt, Instant postedAt, String postedBy,
      String postedByName, String downloadUrl) {
  }

  @Operation(summary = "Printwachtrij", description = "Brieven aan aanbieders die per post gaan, oudste eerst: alleen "
      + "die nog verstuurd moeten worden, of met alles=true ook de verstuurde.")
  @ApiResponse(responseCode = "200", description = "De brieven (mogelijk geen)")
  @NotSignedIn
  @ApiResponse(responseCode = "403", description = "Geen recht op de printwachtrij")
  @GetMapping
  ResponseEntity<?> list(@RequestParam(name = "alles", defaultValue = "false") boolean all) {
    Authentication caller = identityService.getCurrentAuthentication();
    if (!isStaff(caller)) {
      return forbidden();
    }
    List<PrintJob> jobs = queue.of(municipalities(caller), all);
    Map<String, String> names = namesOf(jobs);
    return ResponseEntity.ok(jobs.stream().map(job -> row(job, names)).toList());
  }

  @Operation(summary = "Brief uit de printwachtrij downloaden", description = "De PDF om te printen.")
  @ApiResponse(responseCode = "200", description = "De PDF")
  @ApiResponse(responseCode = "403", description = "Geen recht op de printwachtrij")
  @ApiResponse(responseCode = "404", description = "Geen brief van uw gemeente(n) in de printwachtrij")
  @GetMapping("/{documentId}/document")
  ResponseEntity<?> download(@PathVariable String documentId) {
    Authentication caller = identityService.getCurrentAuthentication();
    if (!isStaff(caller)) {
      return forbidden();
    }
    Optional<PrintJob> job = visible(caller, documentId);
    if (job.isEmpty()) {
      return notFound(documentId);
    }
    CaseDocument document = documents.byId(documentId).orElseThrow();
    return ResponseEntity.ok()
        .header(HttpHeaders.CONTENT_DISPOSITION,
            ContentDisposition.attachment().filename(document.fileName()).build().toString())
        .contentType(MediaType.parseMediaType(document.contentType()))
        .body(documents.content(documentId));
  }

  @Operation(summary = "Brief als verstuurd markeren", description = "De brief is geprint en op de post gedaan. Met "
      + "HTTP Basic, of met de sessie van de webapp vanaf haar eigen pagina met het CSRF-token van die sessie "
      + "(kop X-XSRF-TOKEN).")
  @ApiResponse(responseCode = "200", description = "Gemarkeerd als verstuurd")
  @ApiResponse(responseCode = "403", description = "Geen recht op de printwachtrij, of met de sessie van de webapp "
      + "zonder haar CSRF-token of van een andere website (sessie-verzoek-geweigerd)")
  @ApiResponse(responseCode = "404", description = "Geen brief van uw gemeente(n) in de printwachtrij")
  @ApiResponse(responseCode = "409", description = "De brief was al als verstuurd gemarkeerd")
  @PostMapping("/{documentId}/posted")
  @Transactional
  ResponseEntity<?> markPosted(@PathVariable String documentId) {
    Authentication caller = identityService.getCurrentAuthentication();
    if (!isStaff(caller)) {
      return forbidden();
    }
    if (visible(caller, documentId).isEmpty()) {
      return notFound(documentId);
    }
    if (!queue.markPosted(documentId, caller.getUserId())) {
      PrintJob job = queue.find(documentId).orElseThrow();
      return Problems.answer(HttpStatus.CONFLICT, "al-verstuurd", "Brief al verstuurd",
          "Brief " + documentId + " is op " + POSTED_AT.format(job.postedAt()) + " door "
          + namesOf(List.of(job)).get(job.postedBy()) + " als verstuurd gemarkeerd.");
    }
    PrintJob job = queue.find(documentId).orElseThrow();
    return ResponseEntity.ok(row(job, namesOf(List.of(job))));
  }

  private Optional<PrintJob> visible(Authentication caller, String documentId) {
    Collection<String> municipalities = municipalities(caller);
    return queue.find(documentId).filter(job -> municipalities.contains(job.municipalityCode()));
  }

  /**
   * The names of who marked these letters posted, by user id: one query for all of them (not one per row). The
   * users are read without the caller's engine authorization (she may not read users in the engine): she is staff of
   * these letters' municipalities, checked before, and sees only the names of who marked them.
   */
  private Map<String, String> namesOf(Collection<PrintJob> jobs) {
    List<String> userIds = jobs.stream().map(PrintJob::postedBy).toList();
    return EngineIdentity.asSystem(identityService, () -> userNames.of(userIds));
  }


  /** First and last name; the id when the user is gone or has no name. */


  private PrintRow row(PrintJob job, Map<String, String> names) {
    List<String> address = job.postalStreet() == null ? List.of()
        : List.of(job.postalStreet(), job.postalCode() + "  " + job.postalCity());
    return new PrintRow(job.documentId(), job.caseNumber(), job.municipalityCode(),
        region.isMunicipality(job.municipalityCode()) ? region.municipalityName(job.municipalityCode()) : null,
        job.addressee(), address, job.title(), job.queuedAt(), job.postedAt(), job.postedBy(),
        job.postedBy() == null ? null : names.getOrDefault(job.postedBy(), job.postedBy()),
        "/api/print-queue/" + job.documentId() + "/document");
  }

  private static boolean isStaff(Authentication caller) {
    return caller != null && caller.getGroupIds() != null && caller.getGroupIds().stream().anyMatch(STAFF::contains);
  }

  /** The caller's municipalities (tenants); the administrator's: every municipality of the region. */
  private Collection<String> municipalities(Authentication caller) {
    if (caller.getGroupIds().contains(Groups.CAMUNDA_ADMIN)) {
      return region.municipalities().stream().map(m -> m.code()).toList();
    }
    return caller.getTenantIds() == null ? List.of() : caller.getTenantIds();
  }

  private static ResponseEntity<?> forbidden() {
    return Problems.forbidden("U heeft geen recht op de printwachtrij.");
  }

  private static ResponseEntity<?> notFound(String documentId) {
    return Problems.answer(HttpStatus.NOT_FOUND, "brief-onbekend", "Brief niet gevonden",
        "Brief " + documentId + " staat niet in de printwachtrij van uw gemeente(n).");
  }
}

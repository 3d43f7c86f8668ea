package nl.wmotoezicht.dwangsom;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import nl.wmotoezicht.cases.CaseVisibility;
import nl.wmotoezicht.identity.Groups;
import nl.wmotoezicht.kernel.InvalidKvkNumber;
import nl.wmotoezicht.kernel.NotSignedIn;
import nl.wmotoezicht.kernel.UnknownCase;
import nl.wmotoezicht.kernel.InputRules;
import nl.wmotoezicht.kernel.Problems;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/**
 * The forfeiture ledger over REST, read-only. Dates are ISO ({@code 2027-01-04}); amounts are JSON
 * strings with exactly two decimals ({@code "2500.00"}), so no client reads them as floating point.
 *
 * <p>Who sees what: a case's forfeitures only when the caller may see the case ({@link CaseVisibility}), and only
 * the rows of the case's municipality; a provider's forfeitures only of the
 * caller's municipalities (tenants), or all for members of {@value Groups#CAMUNDA_ADMIN}.
 */
@RestController
@Tag(name = "Dwangsom")
class ForfeitureController {


  private final ForfeitureLedger ledger;
  private final CaseVisibility visibility;
  private final IdentityService identityService;

  ForfeitureController(ForfeitureLedger ledger, CaseVisibility visibility, IdentityService identityService) {
    this.ledger = ledger;
    this.visibility = visibility;
    this.identityService = identityService;
  }

  /**
   * One forfeiture as JSON.
   *
   * @param id the ledger's id (the collection process refers to it)
   * @param caseNumber the case of the last onder dwangsom
   * @param sequenceNo 1, 2, 3, … within the case
   * @param providerKvkNumber the provider's KvK number
   * @param providerName the provider's name
   * @param municipalityCode the municipality (tenant)
   * @param forfeitedOn the day of forfeiture, ISO
   * @param amount the amount forfeited, e.g. {@code "1000.00"}
   * @param runningTotal the case's total at recording, this one included
   * @param maximum the dwangsom's maximum
   * @param payBy the last day to pay (art. 5:33 Awb), ISO
   * @param verjaringDate the last day the claim can be enforced (art. 5:35 Awb), ISO
   * @param status OPEN, PAID, IN_COLLECTION, LAPSED or WITHDRAWN
   * @param statusLabel the status in Dutch
   * @param statusChangedOn the day of the last status change, ISO; null when never changed
   * @param verjaringUntilDecided a remedy against the last open or pending on {@code verjaringDate} extends the term
   *     until it is decided irrevocably (art. 5:35 lid 2 Awb)
   * @param verjaringEvents the events that extended or interrupted the verjaring, oldest first
   */
  /** One event behind a forfeiture's verjaring: its kind, Dutch description, day and article. */
  record VerjaringEventRow(String kind, String description, String date, String legalBasis) {

    static VerjaringEventRow of(VerjaringEvent event) {
      return new VerjaringEventRow(event.kind().name(), event.kind().description(), event.date().toString(),
          event.legalBasis());
    }
  }

  record ForfeitureRow(long id, String caseNumber, int sequenceNo, String providerKvkNumber, String providerName,
      String municipalityCode, String forfeitedOn, String amount, String runningTotal, String maximum, String payBy,
      String verjaringDate, String status, String statusLabel, String statusChangedOn, boolean verjaringUntilDecided,
      List<VerjaringEventRow> verjaringEvents) {

    static ForfeitureRow of(Forfeiture f, List<VerjaringEvent> events) {
      return new ForfeitureRow(f.id(), f.caseNumber(), f.sequenceNo(), f.providerKvkNumber(), f.providerName(),
          f.municipalityCode(), iso(f.forfeitedOn()), money(f.amount()), money(f.runningTotal()), money(f.maximum()),
          iso(f.payBy()), iso(f.verjaringDate()), f.status().name(), f.status().label(), iso(f.statusChangedOn()),
          f.verjaringUntilDecided(), events.stream().map(VerjaringEventRow::of).toList());
    }

    private static String iso(LocalDate date) {
      return date == null ? null : date.toString();
    }

    private static String money(BigDecimal amount) {
      return amount.setScale(2).toPlainString();
    }
  }

  @Operation(summary = "Verbeurde dwangsommen van een zaak",
      description = "In volgorde van verbeurte. Bedragen als tekst met twee decimalen, datums als ISO-datum.")
  @ApiResponse(responseCode = "200", description = "De verbeurtes (mogelijk geen)")
  @NotSignedIn
  @UnknownCase
  @GetMapping("/api/cases/{caseNumber}/forfeitures")
  ResponseEntity<?> forCase(@PathVariable String caseNumber) {
    Optional<CaseVisibility.VisibleCase> visible = visibility.find(caseNumber);
    if (visible.isEmpty()) {
      return Problems.unknownCase(caseNumber);
    }
    return ResponseEntity.ok(ledger.forCase(caseNumber, visible.get().municipalityCode()).stream()
        .map(f -> ForfeitureRow.of(f, ledger.verjaringEvents(f.id()))).toList());
  }

  @Operation(summary = "Verbeurde dwangsommen van een aanbieder",
      description = "Over alle zaken, alleen van de gemeenten waarvoor u werkt (beheerders: alle), oudste eerst.")
  @ApiResponse(responseCode = "200", description = "De verbeurtes (mogelijk geen)")
  @InvalidKvkNumber
  @NotSignedIn
  @GetMapping("/api/providers/{kvkNumber}/forfeitures")
  ResponseEntity<?> forProvider(@PathVariable String kvkNumber) {
    if (!InputRules.KVK_NUMBER.matcher(kvkNumber).matches()) {
      String message = "moet een KvK-nummer van 8 cijfers zijn";
      ProblemDetail problem = Problems.of(HttpStatus.BAD_REQUEST, "ongeldige-invoer", "Ongeldige invoer",
          "Parameter 'kvkNumber' " + message + ".");
      problem.setProperty("errors", List.of(Map.of("field", "kvkNumber", "message", message)));
      return ResponseEntity.badRequest().body(problem);
    }
    Authentication caller = identityService.getCurrentAuthentication();
    List<Forfeiture> forfeitures;
    if (caller == null) {
      forfeitures = List.of();
    } else if (caller.getGroupIds() != null && caller.getGroupIds().contains(Groups.CAMUNDA_ADMIN)) {
      forfeitures = ledger.forProvider(kvkNumber, null);
    } else {
      forfeitures = ledger.forProvider(kvkNumber, caller.getTenantIds() == null ? List.of() : caller.getTenantIds());
    }
    return ResponseEntity.ok(forfeitures.stream().map(f -> ForfeitureRow.of(f, ledger.verjaringEvents(f.id()))).toList());
  }
}

package nl.wmotoezicht.provider;

import static nl.wmotoezicht.kernel.Problems.forbidden;
import static nl.wmotoezicht.provider.ProviderAccess.READERS;
import static nl.wmotoezicht.provider.ProviderAccess.memberOfAny;
import static nl.wmotoezicht.provider.ProviderAccess.requireKvkNumber;
import static nl.wmotoezicht.provider.ProviderAccess.tenantsOf;
import static nl.wmotoezicht.provider.ProviderAccess.unknown;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;
import nl.wmotoezicht.identity.Groups;
import nl.wmotoezicht.identity.Region;
import nl.wmotoezicht.kernel.InvalidInput;
import nl.wmotoezicht.kernel.InvalidKvkNumber;
import nl.wmotoezicht.kernel.NotSignedIn;
import nl.wmotoezicht.kernel.UnknownProvider;
import nl.wmotoezicht.kernel.FieldError;
import nl.wmotoezicht.kernel.InvalidInputException;
import nl.wmotoezicht.provider.ProviderRegister.ElectronicConsent;
import nl.wmotoezicht.provider.ProviderRegister.HistoryEntry;
import nl.wmotoezicht.provider.ProviderRegister.Location;
import nl.wmotoezicht.provider.ProviderRegister.PostalAddress;
import nl.wmotoezicht.provider.ProviderRegister.Provider;
import nl.wmotoezicht.provider.ProviderRegister.Relation;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * The provider register over REST.
 *
 * <p>Who may do what:
 * <ul>
 *   <li>read: members of {@value Groups#TOEZICHTHOUDERS}, {@value Groups#CONTRACTMANAGERS},
 *       {@value Groups#COLLEGE}, {@value Groups#MANAGERS}, {@value Groups#PROCESEIGENAREN},
 *       {@value Groups#KOPPELINGEN} and {@value Groups#CAMUNDA_ADMIN}. A provider's name, e-mail address and
 *       locations are the region's; its relations and enforcement history only of the caller's municipalities
 *       (tenants), or all for the region-wide {@value Groups#TOEZICHTHOUDERS} and {@value Groups#CAMUNDA_ADMIN}.</li>
 *   <li>create or change a provider and its locations: {@value Groups#TOEZICHTHOUDERS},
 *       {@value Groups#CONTRACTMANAGERS}, {@value Groups#CAMUNDA_ADMIN}.</li>
 *   <li>set a municipality's relation with a provider: {@value Groups#CONTRACTMANAGERS} of that municipality and
 *       {@value Groups#CAMUNDA_ADMIN}.</li>
 * </ul>
 * Anyone else gets 403 {@code geen-toegang}.
 */
@RestController
@RequestMapping("/api/providers")
@Tag(name = "Aanbieders", description = "Het aanbiedersregister: aanbieders, locaties, relaties en handhavingshistorie")
class ProviderController {

  private static final Set<String> EDITORS = Set.of(Groups.TOEZICHTHOUDERS, Groups.CONTRACTMANAGERS,
      Groups.CAMUNDA_ADMIN);
  private static final Map<Set<String>, String> REFUSED = Map.of(
      READERS, "U heeft geen recht om het aanbiedersregister te lezen.",
      EDITORS, "U heeft geen recht om aanbieders vast te leggen.");
  private static final Set<String> REGION_WIDE_READERS = Set.of(Groups.TOEZICHTHOUDERS, Groups.CAMUNDA_ADMIN);

  private final ProviderRegister register;
  private final Region region;
  private final IdentityService identityService;

  ProviderController(ProviderRegister register, Region region, IdentityService identityService) {
    this.register = register;
    this.region = region;
    this.identityService = identityService;
  }

  /**
   * A provider with what the caller may see of it.
   *
   * @param kvkNumber its KvK number
   * @param name its name
   * @param email its e-mail address
   * @param locations its locations
   * @param relations the relations of the caller's municipalities (all for region-wide callers)
   * @param history the enforcement cases of the caller's municipalities (all for region-wide callers), oldest first
   * @param postalAddress where letters by post go; null when the register has none
   * @param electronicConsent whether letters may go by e-mail (art. 2:14 Awb); otherwise by post
   */
  record ProviderDetails(String kvkNumber, String name, String email, List<Location> locations,
      List<RelationRow> relations, List<HistoryEntry> history, PostalAddress postalAddress,
      ElectronicConsent electronicConsent) {
  }

  /**
   * The body of a PUT of the consent to electronic letters.
   *
   * @param given true: the provider has made known it can be reached by e-mail for decisions; false: withdrawn
   * @param since the day it made that known (ISO date); required when given
   */
  record ConsentBody(Boolean given, LocalDate since) {
  }

  /**
   * A municipality's relation with the provider.
   *
   * @param municipalityCode the municipality's CBS code
   * @param municipalityName its name
   * @param kind {@code contract} or {@code subsidie}
   * @param indications the number of indications (clients) at the provider
   */
  record RelationRow(String municipalityCode, String municipalityName, String kind, int indications) {

    RelationRow(Relation relation, Region region) {
      this(relation.municipalityCode(), region.municipality(relation.municipalityCode())
          .map(m -> m.name()).orElse(null), relation.kind(), relation.indications());
    }
  }

  /**
   * The body of a PUT of a provider.
   *
   * @param kvkNumber optional; when present it must equal the KvK number in the path
   * @param name the provider's name
   * @param email its e-mail address
   * @param locations its locations; they replace the ones it had
   */
  record ProviderBody(String kvkNumber, String name, String email, List<Location> locations) {
  }

  /**
   * The body of a PUT of a relation.
   *
   * @param kvkNumber optional; when present it must equal the KvK number in the path
   * @param municipalityCode optional; when present it must equal the municipality code in the path
   * @param kind {@code contract} or {@code subsidie}
   * @param indications the number of indications (clients), 0 or more
   */
  record RelationBody(String kvkNumber, String municipalityCode, String kind, Integer indications) {
  }

  @Operation(summary = "Aanbieders", description = "Alle aanbieders in het register met hun locaties, op naam.")
  @ApiResponse(responseCode = "200", description = "De aanbieders (mogelijk geen)")
  @NotSignedIn
  @ApiResponse(responseCode = "403", description = "Geen recht om het register te lezen")
  @GetMapping
  ResponseEntity<?> list() {
    if (!memberOfAny(caller(), READERS)) {
      return forbidden(REFUSED.get(READERS));
    }
    return ResponseEntity.ok(register.list());
  }

  @Operation(summary = "Aanbieder", description = "De aanbieder met locaties, relaties en handhavingshistorie. "
      + "Relaties en historie alleen van de gemeenten waarvoor u werkt (toezichthouders en beheerders: alle).")
  @ApiResponse(responseCode = "200", description = "De aanbieder")
  @InvalidKvkNumber
  @NotSignedIn
  @ApiResponse(responseCode = "403", description = "Geen recht om het register te lezen")
  @UnknownProvider
  @GetMapping("/{kvkNumber}")
  ResponseEntity<?> get(@PathVariable String kvkNumber) {
    Optional<ResponseEntity<?>> refused = refusal(READERS, kvkNumber);
    if (refused.isPresent()) {
      return refused.get();
    }
    Authentication caller = caller();
    Provider provider = register.find(kvkNumber).orElseThrow();
    Predicate<String> visible = visibleMunicipalities(caller);
    return ResponseEntity.ok(new ProviderDetails(provider.kvkNumber(), provider.name(), provider.email(),
        provider.locations(),
        register.relations(kvkNumber).stream().filter(r -> visible.test(r.municipalityCode()))
            .map(r -> new RelationRow(r, region)).toList(),
        register.history(kvkNumber).stream().filter(h -> visible.test(h.municipalityCode())).toList(),
        register.postalAddress(kvkNumber).orElse(null), register.electronicConsent(kvkNumber)));
  }

  @Operation(summary = "Postadres van een aanbieder vastleggen", description = "Het adres waarheen brieven per post "
      + "gaan en dat in elke brief staat.")
  @ApiResponse(responseCode = "200", description = "Postadres vastgelegd")
  @InvalidInput
  @NotSignedIn
  @ApiResponse(responseCode = "403", description = "Geen recht om aanbieders vast te leggen")
  @UnknownProvider
  @PutMapping(path = "/{kvkNumber}/postal-address", consumes = MediaType.APPLICATION_JSON_VALUE)
  ResponseEntity<?> savePostalAddress(@PathVariable String kvkNumber, @RequestBody PostalAddress body) {
    return refusal(EDITORS, kvkNumber).orElseGet(() -> ResponseEntity.ok(register.savePostalAddress(kvkNumber, body)));
  }

  @Operation(summary = "Toestemming voor elektronische besluiten", description = "Of de aanbieder besluiten en andere "
      + "brieven per e-mail ontvangt (art. 2:14 Awb). Zonder toestemming gaan brieven per post.")
  @ApiResponse(responseCode = "200", description = "De toestemming")
  @InvalidKvkNumber
  @NotSignedIn
  @ApiResponse(responseCode = "403", description = "Geen recht om het register te lezen")
  @UnknownProvider
  @GetMapping("/{kvkNumber}/electronic-consent")
  ResponseEntity<?> electronicConsent(@PathVariable String kvkNumber) {
    return refusal(READERS, kvkNumber).orElseGet(() -> ResponseEntity.ok(register.electronicConsent(kvkNumber)));
  }

  @Operation(summary = "Toestemming voor elektronische besluiten vastleggen", description = "Legt vast dat de "
      + "aanbieder kenbaar heeft gemaakt per e-mail bereikbaar te zijn voor besluiten (art. 2:14 lid 1 Awb), met de "
      + "datum, of trekt die toestemming in. Een bekend e-mailadres alleen is geen toestemming.")
  @ApiResponse(responseCode = "200", description = "Toestemming vastgelegd")
  @InvalidInput
  @NotSignedIn
  @ApiResponse(responseCode = "403", description = "Geen recht om aanbieders vast te leggen")
  @UnknownProvider
  @PutMapping(path = "/{kvkNumber}/electronic-consent", consumes = MediaType.APPLICATION_JSON_VALUE)
  ResponseEntity<?> saveElectronicConsent(@PathVariable String kvkNumber, @RequestBody ConsentBody body) {
    return refusal(EDITORS, kvkNumber).orElseGet(() -> ResponseEntity.ok(register.saveElectronicConsent(kvkNumber,
        body.given(), body.since(), caller().getUserId())));
  }

  @Operation(summary = "Aanbieder vastleggen", description = "Legt een aanbieder vast of wijzigt naam, e-mailadres en "
      + "locaties (de meegegeven locaties vervangen de bestaande). Relaties en historie blijven zoals ze zijn.")
  @ApiResponse(responseCode = "201", description = "Aanbieder toegevoegd")
  @ApiResponse(responseCode = "200", description = "Aanbieder gewijzigd")
  @InvalidInput
  @NotSignedIn
  @ApiResponse(responseCode = "403", description = "Geen recht om aanbieders vast te leggen")
  @PutMapping(path = "/{kvkNumber}", consumes = MediaType.APPLICATION_JSON_VALUE)
  ResponseEntity<?> save(@PathVariable String kvkNumber, @RequestBody ProviderBody body) {
    if (!memberOfAny(caller(), EDITORS)) {
      return forbidden(REFUSED.get(EDITORS));
    }
    requireKvkNumber(kvkNumber);
    if (body.kvkNumber() != null && !body.kvkNumber().equals(kvkNumber)) {
      throw new InvalidInputException(List.of(new FieldError("kvkNumber",
          "wijkt af van het KvK-nummer in het adres (" + kvkNumber + ")")));
    }
    boolean existed = register.find(kvkNumber).isPresent();
    Provider saved = register.save(new Provider(kvkNumber, body.name(), body.email(), body.locations()));
    return ResponseEntity.status(existed ? HttpStatus.OK : HttpStatus.CREATED).body(saved);
  }

  @Operation(summary = "Relatie van een gemeente met een aanbieder vastleggen",
      description = "Contract of subsidie en het aantal indicaties (cliënten). Alleen contractmanagers van die "
          + "gemeente en beheerders.")
  @ApiResponse(responseCode = "201", description = "Relatie toegevoegd")
  @ApiResponse(responseCode = "200", description = "Relatie gewijzigd")
  @InvalidInput
  @NotSignedIn
  @ApiResponse(responseCode = "403", description = "Geen contractmanager van deze gemeente")
  @UnknownProvider
  @PutMapping(path = "/{kvkNumber}/relations/{municipalityCode}", consumes = MediaType.APPLICATION_JSON_VALUE)
  ResponseEntity<?> saveRelation(@PathVariable String kvkNumber, @PathVariable String municipalityCode,
      @RequestBody RelationBody body) {
    Authentication caller = caller();
    boolean admin = memberOfAny(caller, Set.of(Groups.CAMUNDA_ADMIN));
    boolean contractManager = memberOfAny(caller, Set.of(Groups.CONTRACTMANAGERS))
        && tenantsOf(caller).contains(municipalityCode);
    if (!admin && !contractManager) {
      return forbidden("Alleen contractmanagers van gemeente " + municipalityCode
          + " mogen de relatie van die gemeente met een aanbieder vastleggen.");
    }
    List<FieldError> errors = register.relationErrors(kvkNumber, municipalityCode, body.kind(), body.indications());
    if (body.kvkNumber() != null && !body.kvkNumber().equals(kvkNumber)) {
      errors.add(new FieldError("kvkNumber", "wijkt af van het KvK-nummer in het adres (" + kvkNumber + ")"));
    }
    if (body.municipalityCode() != null && !body.municipalityCode().equals(municipalityCode)) {
      errors.add(new FieldError("municipalityCode",
          "wijkt af van de gemeentecode in het adres (" + municipalityCode + ")"));
    }
    if (!errors.isEmpty()) {
      throw new InvalidInputException(errors);
    }
    if (register.find(kvkNumber).isEmpty()) {
      return unknown(kvkNumber);
    }
    boolean existed = register.relation(kvkNumber, municipalityCode).isPresent();
    Relation relation = new Relation(kvkNumber, municipalityCode, body.kind(), body.indications());
    register.saveRelation(relation);
    return ResponseEntity.status(existed ? HttpStatus.OK : HttpStatus.CREATED).body(new RelationRow(relation, region));
  }

  /**
   * The answer to a caller outside the groups (403) or about a provider the register does not have (404); fails with
   * 400 on a malformed KvK number; empty when the call may go on.
   */
  private Optional<ResponseEntity<?>> refusal(Set<String> groups, String kvkNumber) {
    if (!memberOfAny(caller(), groups)) {
      return Optional.of(forbidden(REFUSED.get(groups)));
    }
    requireKvkNumber(kvkNumber);
    return register.find(kvkNumber).isEmpty() ? Optional.of(unknown(kvkNumber)) : Optional.empty();
  }

  private Authentication caller() {
    return identityService.getCurrentAuthentication();
  }

  /** The municipalities whose relations and history the caller sees. */
  private static Predicate<String> visibleMunicipalities(Authentication caller) {
    if (memberOfAny(caller, REGION_WIDE_READERS)) {
      return code -> true;
    }
    Collection<String> tenants = tenantsOf(caller);
    return tenants::contains;
  }
}

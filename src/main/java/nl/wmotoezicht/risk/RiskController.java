package nl.wmotoezicht.risk;

import static nl.wmotoezicht.kernel.Problems.forbidden;
import static nl.wmotoezicht.provider.ProviderAccess.READERS;
import static nl.wmotoezicht.provider.ProviderAccess.memberOfAny;
import static nl.wmotoezicht.provider.ProviderAccess.tenantsOf;
import static nl.wmotoezicht.provider.ProviderAccess.unknown;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import nl.wmotoezicht.identity.Groups;
import nl.wmotoezicht.identity.Region;
import nl.wmotoezicht.kernel.NotSignedIn;
import nl.wmotoezicht.kernel.UnknownProvider;
import nl.wmotoezicht.kernel.FieldError;
import nl.wmotoezicht.kernel.InputRules;
import nl.wmotoezicht.kernel.InvalidInputException;
import nl.wmotoezicht.provider.ProviderAccess;
import nl.wmotoezicht.provider.ProviderRegister.Provider;
import nl.wmotoezicht.provider.ProviderRegister;
import nl.wmotoezicht.risk.RiskAnalysis.Reason;
import nl.wmotoezicht.risk.RiskAnalysis.RiskProfile;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The risk profile of a provider over REST (docs/risicoanalyse.md).
 *
 * <p>Who may read it: the readers of the provider register ({@value Groups#TOEZICHTHOUDERS},
 * {@value Groups#CONTRACTMANAGERS}, {@value Groups#COLLEGE}, {@value Groups#MANAGERS},
 * {@value Groups#PROCESEIGENAREN}, {@value Groups#KOPPELINGEN}, {@value Groups#CAMUNDA_ADMIN}). The region-wide
 * {@value Groups#TOEZICHTHOUDERS}, {@value Groups#PROCESEIGENAREN} and {@value Groups#CAMUNDA_ADMIN} see every
 * provider; the others only providers with a relation to or a location in one of their municipalities, and only
 * their own municipalities' tables. The profile holds counts, never case details or personal data.
 */
@RestController
@Tag(name = "Risicoanalyse", description = "Het risicoprofiel van een aanbieder per dienstsoort")
class RiskController {

  private static final Set<String> REGION_WIDE = Set.of(Groups.TOEZICHTHOUDERS, Groups.PROCESEIGENAREN,
      Groups.CAMUNDA_ADMIN);

  private final RiskAnalysis riskAnalysis;
  private final ProviderRegister providers;
  private final Region region;
  private final IdentityService identityService;

  RiskController(RiskAnalysis riskAnalysis, ProviderRegister providers, Region region,
      IdentityService identityService) {
    this.riskAnalysis = riskAnalysis;
    this.providers = providers;
    this.region = region;
    this.identityService = identityService;
  }

  /**
   * The answer: the provider's profiles as of the date.
   *
   * @param kvkNumber the provider
   * @param name its name
   * @param date the date the profile is as of
   * @param municipalityCode the municipality whose tables were asked for; null for the region's
   * @param profiles one per service kind it delivers, highest score first; empty when it has none registered
   */
  record RiskAnswer(String kvkNumber, String name, LocalDate date, String municipalityCode,
      List<ProfileRow> profiles) {
  }

  /**
   * One service kind's profile.
   *
   * @param serviceKind e.g. beschermdWonen
   * @param serviceKindName e.g. Beschermd wonen
   * @param riskClass hoog, midden or laag
   * @param score the sum of the points
   * @param decisionTenant the municipality whose own tables applied; null for the region's
   * @param reasons what drove it, most points first
   * @param inputs the inputs the tables were given, under their names in the table
   */
  record ProfileRow(String serviceKind, String serviceKindName, String riskClass, int score, String decisionTenant,
      List<Reason> reasons, java.util.Map<String, Object> inputs) {

    ProfileRow(RiskProfile profile) {
      this(profile.serviceKind(), ServiceKind.label(profile.serviceKind()), profile.riskClass(), profile.score(),
          profile.decisionTenant(), profile.reasons(), profile.inputs().toVariables());
    }
  }

  @Operation(summary = "Risicoprofiel van een aanbieder",
      description = "Per dienstsoort de risicoklasse, de score, de redenen en de invoer, op een datum (standaard "
          + "vandaag). Met municipality de beslistabellen van die gemeente als zij eigen tabellen heeft.")
  @ApiResponse(responseCode = "200", description = "De profielen (geen als de aanbieder geen diensten heeft)")
  @ApiResponse(responseCode = "400", description = "Ongeldig KvK-nummer, datum of gemeente")
  @NotSignedIn
  @ApiResponse(responseCode = "403", description = "Geen recht om dit profiel te lezen")
  @UnknownProvider
  @GetMapping("/api/providers/{kvkNumber}/risk")
  ResponseEntity<?> risk(@PathVariable String kvkNumber, @RequestParam(required = false) String date,
      @RequestParam(required = false) String municipality) {
    Authentication caller = identityService.getCurrentAuthentication();
    if (!memberOfAny(caller, READERS)) {
      return forbidden("U heeft geen recht om risicoprofielen te lezen.");
    }
    LocalDate today = LocalDate.ofInstant(ClockUtil.getCurrentTime().toInstant(), RiskInputCollector.ZONE);
    List<FieldError> errors = new ArrayList<>();
    if (!InputRules.KVK_NUMBER.matcher(kvkNumber).matches()) {
      errors.add(ProviderAccess.kvkNumberError());
    }
    LocalDate asOf = today;
    if (date != null) {
      try {
        asOf = LocalDate.parse(date);
        if (asOf.isAfter(today)) {
          errors.add(new FieldError("date", "mag niet na vandaag liggen"));
        }
      } catch (DateTimeParseException e) {
        errors.add(new FieldError("date", "moet een datum zijn als 2025-10-01"));
      }
    }
    if (municipality != null && !region.isMunicipality(municipality)) {
      errors.add(new FieldError("municipality", "is geen gemeente van de regio"));
    }
    if (!errors.isEmpty()) {
      throw new InvalidInputException(errors);
    }
    Provider provider = providers.find(kvkNumber).orElse(null);
    if (provider == null) {
      return unknown(kvkNumber);
    }
    if (!memberOfAny(caller, REGION_WIDE)) {
      Collection<String> tenants = tenantsOf(caller);
      if (municipality != null && !tenants.contains(municipality)) {
        return forbidden("U werkt niet voor gemeente " + municipality + ".");
      }
      if (!ProviderAccess.worksInAny(providers, provider, tenants)) {
        return forbidden("Deze aanbieder heeft geen relatie met een gemeente waarvoor u werkt.");
      }
    }
    List<ProfileRow> rows = riskAnalysis.profiles(kvkNumber, asOf, municipality).stream().map(ProfileRow::new)
        .toList();
    return ResponseEntity.ok(new RiskAnswer(kvkNumber, provider.name(), asOf, municipality, rows));
  }
}

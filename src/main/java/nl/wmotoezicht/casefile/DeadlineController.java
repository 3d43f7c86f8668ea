package nl.wmotoezicht.casefile;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import nl.wmotoezicht.cases.CaseVisibility;
import nl.wmotoezicht.identity.Region;
import nl.wmotoezicht.kernel.FieldError;
import nl.wmotoezicht.kernel.InvalidInputException;
import nl.wmotoezicht.kernel.NotSignedIn;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The deadline overview (Termijnenoverzicht) of Cockpit: the caller's running cases by their next date.
 * Managers see their own municipality's cases; region-wide groups see all. As the engine's REST API: the list
 * ({@code firstResult}, {@code maxResults}), its {@code /count} with the same filters, and the municipalities the
 * caller may filter on. Without parameters the list is every visible case, as before paging existed (docs/api.md).
 */
@RestController
@Tag(name = "Termijnen")
class DeadlineController {

  /** The largest page: a region's 12,000 cases in one answer is what paging is for (docs/api.md). */
  static final int MAX_RESULTS = 1000;
  /** The widest {@code within}: ten years, beyond every statutory term the overview shows. */
  static final int MAX_WITHIN_DAYS = 3650;

  static final String MUNICIPALITY = "municipality";
  static final String WITHIN = "within";
  static final String FIRST_RESULT = "firstResult";
  static final String MAX_RESULTS_PARAM = "maxResults";

  /**
   * A municipality the caller may filter on.
   *
   * @param code its CBS code, e.g. GM0917
   * @param name its name, e.g. Heerlen
   */
  record Municipality(String code, String name) {
  }

  private final DeadlineService deadlines;
  private final CaseVisibility visibility;
  private final Region region;

  DeadlineController(DeadlineService deadlines, CaseVisibility visibility, Region region) {
    this.deadlines = deadlines;
    this.visibility = visibility;
    this.region = region;
  }

  @Operation(summary = "Lopende zaken op volgorde van hun eerstvolgende termijn",
      description = "Achterstallige zaken eerst, dan op dagen resterend (Europe/Amsterdam), bij gelijke stand op "
          + "zaaknummer. Per zaak de vervaldata van open taken, de timers van het model en de verjaringsdata van "
          + "openstaande verbeurtes, elk met de wettelijke grondslag. Zonder maxResults alle zaken.")
  @ApiResponse(responseCode = "200", description = "De zaken (een pagina daarvan met firstResult/maxResults)")
  @ApiResponse(responseCode = "400", description = "Een gemeente die u niet mag inzien of die niet bestaat, of een "
      + "ongeldige within, firstResult of maxResults")
  @NotSignedIn
  @GetMapping("/api/deadlines")
  List<CaseDeadlines> list(
      @Parameter(description = "CBS-code van een gemeente uit /api/deadlines/municipalities")
      @RequestParam(required = false) String municipality,
      @Parameter(description = "Alleen zaken waarvan de eerstvolgende termijn verstreken is of binnen zoveel dagen valt")
      @RequestParam(required = false) String within,
      @Parameter(description = "Positie van de eerste zaak (vanaf 0)")
      @RequestParam(required = false) String firstResult,
      @Parameter(description = "Hoogstens zoveel zaken (1.000 ten hoogste); zonder: alle")
      @RequestParam(required = false) String maxResults) {
    List<FieldError> errors = new ArrayList<>();
    DeadlineService.Filter filter = filter(municipality, within, errors);
    Integer first = number(FIRST_RESULT, firstResult, 0, Integer.MAX_VALUE, errors);
    Integer max = number(MAX_RESULTS_PARAM, maxResults, 0, MAX_RESULTS, errors);
    if (!errors.isEmpty()) {
      throw new InvalidInputException(errors);
    }
    if (first == null && max == null) {
      return deadlines.runningCases(filter);
    }
    return deadlines.page(filter, first == null ? 0 : first, max == null ? Integer.MAX_VALUE : max);
  }

  @Operation(summary = "Het aantal lopende zaken van het termijnenoverzicht",
      description = "Met dezelfde filters als /api/deadlines: {\"count\": n}.")
  @ApiResponse(responseCode = "200", description = "Het aantal")
  @ApiResponse(responseCode = "400", description = "Een gemeente die u niet mag inzien of die niet bestaat, of een "
      + "ongeldige within")
  @NotSignedIn
  @GetMapping("/api/deadlines/count")
  Map<String, Long> count(@RequestParam(required = false) String municipality,
      @RequestParam(required = false) String within) {
    List<FieldError> errors = new ArrayList<>();
    DeadlineService.Filter filter = filter(municipality, within, errors);
    if (!errors.isEmpty()) {
      throw new InvalidInputException(errors);
    }
    return Map.of("count", deadlines.count(filter));
  }

  @Operation(summary = "De gemeenten waarop u het termijnenoverzicht kunt filteren",
      description = "De gemeenten van de regio waarvoor u werkt (een regiobrede gebruiker: alle), in de volgorde van "
          + "de regio.")
  @ApiResponse(responseCode = "200", description = "[{\"code\": \"GM0917\", \"name\": \"Heerlen\"}, …]")
  @NotSignedIn
  @GetMapping("/api/deadlines/municipalities")
  List<Municipality> municipalities() {
    return region.municipalities().stream().filter(m -> visibility.callerWorksFor(m.code()))
        .map(m -> new Municipality(m.code(), m.name())).toList();
  }

  /**
   * The filter of a request. A municipality the caller does not work for gets the same answer as one that does not
   * exist (a manager does not learn the region's other municipalities from it; the ones he may choose are in
   * {@code /api/deadlines/municipalities}); one he works for without running cases gives an empty list.
   */
  private DeadlineService.Filter filter(String municipality, String within, List<FieldError> errors) {
    String code = municipality == null || municipality.isBlank() ? null : municipality.trim();
    if (code != null && !(region.isMunicipality(code) && visibility.callerWorksFor(code))) {
      errors.add(new FieldError(MUNICIPALITY, "is geen gemeente waarvan u de zaken mag inzien"));
      code = null;
    }
    Integer days = number(WITHIN, within, 0, MAX_WITHIN_DAYS, errors);
    return new DeadlineService.Filter(code, days);
  }

  /** The whole number in {@code [min, max]}, null when absent; else an error naming the field. */
  private static Integer number(String field, String value, int min, int max, List<FieldError> errors) {
    if (value == null || value.isBlank()) {
      return null;
    }
    try {
      long n = Long.parseLong(value.trim());
      if (n >= min && n <= max) {
        return (int) n;
      }
    } catch (NumberFormatException e) {
      // reported below
    }
    errors.add(new FieldError(field, max == Integer.MAX_VALUE ? "moet een geheel getal vanaf " + min + " zijn"
        : "moet een geheel getal van " + min + " tot en met " + max + " zijn"));
    return null;
  }
}

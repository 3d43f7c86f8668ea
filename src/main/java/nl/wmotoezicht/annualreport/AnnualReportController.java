package nl.wmotoezicht.annualreport;

import static nl.wmotoezicht.kernel.Problems.forbidden;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import nl.wmotoezicht.annualreport.AnnualReport.Scope;
import nl.wmotoezicht.kernel.FieldError;
import nl.wmotoezicht.kernel.InvalidInputException;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import nl.wmotoezicht.kernel.NotSignedIn;

/**
 * The annual figures over REST: {@code GET /api/reports/annual?year=2025&municipality=GM0917} or
 * {@code ...&region=parkstad}, as JSON (default), CSV or PDF ({@code format=json|csv|pdf}, or the Accept header
 * {@code text/csv} / {@code application/pdf}); one chart as PNG ({@code /api/reports/annual/charts/{name}}); and the
 * figures with all charts from one computation for the Cockpit page ({@code /api/reports/annual/view}). docs/api.md.
 */
@RestController
@Tag(name = "Jaarrapportage", description = "De cijfers van het toezicht over een kalenderjaar")
class AnnualReportController {

  /** The first year of the Wmo 2015. */
  static final int FIRST_YEAR = 2015;
  static final MediaType CSV = new MediaType("text", "csv", StandardCharsets.UTF_8);
  private static final ZoneId ZONE = ZoneId.of("Europe/Amsterdam");

  private final AnnualReports reports;
  private final ReportScopes scopes;
  private final AnnualReportPdf pdf;
  private final AnnualReportCharts charts;
  private final IdentityService identityService;

  AnnualReportController(AnnualReports reports, ReportScopes scopes, AnnualReportPdf pdf, AnnualReportCharts charts,
      IdentityService identityService) {
    this.reports = reports;
    this.scopes = scopes;
    this.pdf = pdf;
    this.charts = charts;
    this.identityService = identityService;
  }

  @Operation(summary = "Jaarcijfers van een gemeente of inkoopregio",
      description = "Calamiteiten, signalen, onderzoeken, jaarplan, oordelen, herstelaanbod, handhaving, dwangsommen, "
          + "bezwaren, tijdigheid en openbaarmaking over een kalenderjaar. Geen persoonsgegevens.")
  @ApiResponse(responseCode = "200", description = "De cijfers als JSON, CSV of PDF")
  @ApiResponse(responseCode = "400", description = "Ongeldig jaar, onbekende gemeente of inkoopregio, of formaat")
  @NotSignedIn
  @ApiResponse(responseCode = "403", description = "Geen recht op de cijfers van deze gemeente of inkoopregio")
  @GetMapping("/api/reports/annual")
  ResponseEntity<?> annual(@RequestParam(required = false) String year,
      @RequestParam(required = false) String municipality, @RequestParam(required = false) String region,
      @RequestParam(required = false) String format,
      @RequestHeader(value = HttpHeaders.ACCEPT, required = false) String accept) {
    String chosen = format(format, accept);
    List<FieldError> formatError = chosen == null
        ? List.of(new FieldError("format", "moet json, csv of pdf zijn")) : List.of();
    return forReadableRequest(year, municipality, region, formatError, request -> {
      AnnualReport report = reports.compute(request.scope(), request.year());
      String file = "jaarrapportage-" + request.year() + "-" + request.scope().code();
      return switch (chosen) {
        case "csv" -> ResponseEntity.ok().contentType(CSV)
            .header(HttpHeaders.CONTENT_DISPOSITION, attachment(file + ".csv"))
            .body(AnnualReportCsv.of(report).getBytes(StandardCharsets.UTF_8));
        case "pdf" -> ResponseEntity.ok().contentType(MediaType.APPLICATION_PDF)
            .header(HttpHeaders.CONTENT_DISPOSITION, attachment(file + ".pdf"))
            .body(pdf.render(report, null));
        default -> ResponseEntity.ok().contentType(MediaType.APPLICATION_JSON).body(report);
      };
    });
  }

  /**
   * The checks every figures request makes, in this order: may the caller read annual figures at all (403 before the
   * input is looked at), is the input valid (400 naming each bad field, with the errors found before), may the caller
   * read this scope's figures (403); then the answer for the valid request.
   */
  private ResponseEntity<?> forReadableRequest(String year, String municipality, String region,
      List<FieldError> earlier, Function<Request, ResponseEntity<?>> answer) {
    Authentication caller = identityService.getCurrentAuthentication();
    if (!scopes.mayReadReports(caller)) {
      return mayReadNoFigures();
    }
    Request request = validate(year, municipality, region, earlier);
    if (!scopes.mayRead(caller, request.scope())) {
      return mayNotRead(request);
    }
    return answer.apply(request);
  }

  /** A valid request: whose figures and which year. */
  record Request(Scope scope, int year) {
  }

  /** Checks year and scope; throws 400 naming each bad field (with the errors found before). */
  private Request validate(String year, String municipality, String region, List<FieldError> earlier) {
    List<FieldError> errors = new ArrayList<>(earlier);
    int currentYear = LocalDate.ofInstant(ClockUtil.getCurrentTime().toInstant(), ZONE).getYear();
    Integer reportYear = null;
    if (year == null || year.isBlank()) {
      errors.add(new FieldError("year", "is verplicht"));
    } else {
      try {
        reportYear = Integer.valueOf(year.trim());
        if (reportYear < FIRST_YEAR || reportYear > currentYear) {
          errors.add(new FieldError("year", "moet tussen " + FIRST_YEAR + " en " + currentYear + " liggen"));
        }
      } catch (NumberFormatException e) {
        errors.add(new FieldError("year", "moet een jaartal zijn als 2025"));
      }
    }
    Optional<Scope> scope = Optional.empty();
    if ((municipality == null) == (region == null)) {
      errors.add(new FieldError("municipality", "geef een gemeente of een inkoopregio (region), niet beide"));
    } else if (municipality != null) {
      scope = scopes.municipality(municipality);
      if (scope.isEmpty()) {
        errors.add(new FieldError("municipality", "is geen gemeente van de regio"));
      }
    } else {
      scope = scopes.purchasingRegion(region);
      if (scope.isEmpty()) {
        errors.add(new FieldError("region", "is geen inkoopregio"));
      }
    }
    if (!errors.isEmpty()) {
      throw new InvalidInputException(errors);
    }
    return new Request(scope.get(), reportYear);
  }

  @Operation(summary = "Gemeenten en inkoopregio's waarvan u de jaarcijfers mag lezen")
  @ApiResponse(responseCode = "200", description = "De lijst, eigen gemeente eerst")
  @ApiResponse(responseCode = "403", description = "Geen recht op jaarcijfers")
  @GetMapping("/api/reports/scopes")
  ResponseEntity<?> readableScopes() {
    Authentication caller = identityService.getCurrentAuthentication();
    if (!scopes.mayReadReports(caller)) {
      return mayReadNoFigures();
    }
    return ResponseEntity.ok(scopes.readable(caller));
  }

  @Operation(summary = "Een grafiek van de jaarcijfers (PNG)",
      description = "name: calamiteiten, signalen, oordelen, handhaving, dwangsommen of jaarplan")
  @ApiResponse(responseCode = "200", description = "De grafiek")
  @ApiResponse(responseCode = "400", description = "Ongeldig jaar, gemeente, inkoopregio of grafiek")
  @ApiResponse(responseCode = "403", description = "Geen recht op de cijfers van deze gemeente of inkoopregio")
  @GetMapping("/api/reports/annual/charts/{name}")
  ResponseEntity<?> chart(@PathVariable String name, @RequestParam(required = false) String year,
      @RequestParam(required = false) String municipality, @RequestParam(required = false) String region) {
    List<FieldError> nameError = AnnualReportCharts.NAMES.contains(name) ? List.of()
        : List.of(new FieldError("name", "moet een van " + AnnualReportCharts.NAMES + " zijn"));
    return forReadableRequest(year, municipality, region, nameError, request -> ResponseEntity.ok()
        .contentType(MediaType.IMAGE_PNG).body(charts.png(reports.compute(request.scope(), request.year()), name)));
  }

  @Operation(summary = "De jaarcijfers met hun zes grafieken in één antwoord (pagina \"Toezicht in cijfers\")",
      description = "{report: de cijfers als bij /api/reports/annual, charts: {naam: data:image/png;base64,...}}: "
          + "één berekening voor de hele pagina. Grafieken: calamiteiten, signalen, oordelen, handhaving, "
          + "dwangsommen en jaarplan, dezelfde als in de PDF.")
  @ApiResponse(responseCode = "200", description = "De cijfers en de grafieken")
  @ApiResponse(responseCode = "400", description = "Ongeldig jaar, onbekende gemeente of inkoopregio")
  @NotSignedIn
  @ApiResponse(responseCode = "403", description = "Geen recht op de cijfers van deze gemeente of inkoopregio")
  @GetMapping("/api/reports/annual/view")
  ResponseEntity<?> view(@RequestParam(required = false) String year,
      @RequestParam(required = false) String municipality, @RequestParam(required = false) String region) {
    return forReadableRequest(year, municipality, region, List.of(), request -> {
      AnnualReport report = reports.compute(request.scope(), request.year());
      return ResponseEntity.ok().contentType(MediaType.APPLICATION_JSON)
          .body(new View(report, charts.dataUris(report)));
    });
  }

  /**
   * One page view of "Toezicht in cijfers": the figures and every chart of {@link AnnualReportCharts#NAMES} as a PNG
   * data URI, drawn from the same computation.
   */
  record View(AnnualReport report, Map<String, String> charts) {
  }

  /** 403 for a caller in none of the groups that read annual figures (checked before the input). */
  private static ResponseEntity<?> mayReadNoFigures() {
    return forbidden("U heeft geen recht om jaarcijfers te lezen.");
  }

  /** 403 for a caller who may not read the requested scope's figures. */
  private static ResponseEntity<?> mayNotRead(Request request) {
    return forbidden("U heeft geen recht op de cijfers van " + request.scope().name() + ".");
  }

  /** The format parameter wins over the Accept header; null for an unknown format. */
  static String format(String format, String accept) {
    if (format != null) {
      String f = format.trim().toLowerCase(java.util.Locale.ROOT);
      return List.of("json", "csv", "pdf").contains(f) ? f : null;
    }
    if (accept != null && accept.contains("text/csv")) {
      return "csv";
    }
    if (accept != null && accept.contains("application/pdf")) {
      return "pdf";
    }
    return "json";
  }

  private static String attachment(String name) {
    return ContentDisposition.attachment().filename(name).build().toString();
  }
}

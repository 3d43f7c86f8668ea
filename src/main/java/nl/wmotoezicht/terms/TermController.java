package nl.wmotoezicht.terms;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Computes a term: {@code GET /api/terms?from=2026-12-01&period=P6W&statutory=true[&direction=backwards]}.
 *
 * <p>{@code statutory} defaults to true; {@code direction} is {@code forwards} (default) or {@code backwards}.
 * Invalid input gives 400 with an {@code application/problem+json} body whose {@code detail} and property
 * {@code parameter} name the parameter.
 */
@RestController
@RequestMapping("/api/terms")
public class TermController {

    /** The range of start dates the calendar answers for: a term of an Awb decision starts in our era. */
    static final LocalDate EARLIEST = LocalDate.of(1900, 1, 1);
    static final LocalDate LATEST = LocalDate.of(2199, 12, 31);

    private final LegalCalendar calendar;

    public TermController(LegalCalendar calendar) {
        this.calendar = calendar;
    }

    @GetMapping
    public TermResponse compute(@RequestParam(required = false) String from,
                        @RequestParam(required = false) String period,
                        @RequestParam(required = false) String statutory,
                        @RequestParam(required = false) String direction) {
        LocalDate start = parseDate(from);
        TermPeriod length = parsePeriod(period);
        boolean isStatutory = parseStatutory(statutory);
        boolean backwards = parseBackwards(direction);
        try {
            return TermResponse.of(backwards
                    ? calendar.computeBackwards(start, length, isStatutory)
                    : calendar.compute(start, length, isStatutory));
        } catch (DateTimeException e) {
            throw new InvalidParameterException("period", "De termijn valt buiten het ondersteunde datumbereik.");
        }
    }

    @ExceptionHandler(InvalidParameterException.class)
    ResponseEntity<ProblemDetail> badParameter(InvalidParameterException e) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST,
                "Parameter '" + e.parameter + "': " + e.getMessage());
        problem.setTitle("Ongeldige parameter");
        problem.setProperty("parameter", e.parameter);
        return ResponseEntity.badRequest().contentType(MediaType.APPLICATION_PROBLEM_JSON).body(problem);
    }

    private static LocalDate parseDate(String from) {
        if (from == null || from.isBlank()) {
            throw new InvalidParameterException("from", "ontbreekt; geef een datum zoals 2026-12-01.");
        }
        LocalDate date;
        try {
            date = LocalDate.parse(from.strip());
        } catch (DateTimeException e) {
            throw new InvalidParameterException("from", "ongeldige datum '" + from + "'; verwacht JJJJ-MM-DD.");
        }
        if (date.isBefore(EARLIEST) || date.isAfter(LATEST)) {
            throw new InvalidParameterException("from", "datum '" + date + "' valt buiten het ondersteunde bereik ("
                    + EARLIEST + " tot en met " + LATEST + ").");
        }
        return date;
    }

    private static TermPeriod parsePeriod(String period) {
        try {
            return TermPeriod.parse(period);
        } catch (IllegalArgumentException e) {
            throw new InvalidParameterException("period", e.getMessage());
        }
    }

    private static boolean parseStatutory(String statutory) {
        if (statutory == null || statutory.isBlank()) {
            return true;
        }
        return switch (statutory.strip().toLowerCase(Locale.ROOT)) {
            case "true" -> true;
            case "false" -> false;
            default -> throw new InvalidParameterException("statutory",
                    "ongeldige waarde '" + statutory + "'; verwacht true of false.");
        };
    }

    private static boolean parseBackwards(String direction) {
        if (direction == null || direction.isBlank()) {
            return false;
        }
        return switch (direction.strip().toLowerCase(Locale.ROOT)) {
            case "forwards" -> false;
            case "backwards" -> true;
            default -> throw new InvalidParameterException("direction",
                    "ongeldige waarde '" + direction + "'; verwacht forwards of backwards.");
        };
    }

    /**
     * The JSON of a {@link Term}, with dates as ISO strings whatever the ObjectMapper settings.
     */
    public record TermResponse(String from, String period, boolean statutory, String ends,
                               List<ExtensionResponse> extendedBy, String unextendedEnd) {

        static TermResponse of(Term term) {
            return new TermResponse(term.from().toString(), term.period(), term.statutory(), term.ends().toString(),
                    term.extendedBy().stream()
                            .map(e -> new ExtensionResponse(e.date().toString(), e.reason()))
                            .toList(),
                    term.unextendedEnd().toString());
        }
    }

    /** One day by which a term was extended, and why (in Dutch). */
    public record ExtensionResponse(String date, String reason) {
    }

    /** Invalid request parameter; handled in this controller only. */
    static class InvalidParameterException extends RuntimeException {
        final String parameter;

        InvalidParameterException(String parameter, String message) {
            super(message);
            this.parameter = parameter;
        }
    }
}

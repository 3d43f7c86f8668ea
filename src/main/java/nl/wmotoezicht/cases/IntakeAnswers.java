package nl.wmotoezicht.cases;

import io.swagger.v3.oas.annotations.responses.ApiResponse;
import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The answers of an intake API ({@link IntakeStarter}), for its OpenAPI description: started (201), the same reference
 * again (200), bad fields (400), not signed in (401), the reference used for another report (409). The 403 names who
 * may report and stays on the method.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.METHOD)
@ApiResponse(responseCode = "201", description = "Zaak gestart")
@ApiResponse(responseCode = "200", description = "Deze referentie is eerder ontvangen; het antwoord wijst naar die zaak")
@ApiResponse(responseCode = "400", description = "Ongeldige melding; elk fout veld wordt genoemd")
@ApiResponse(responseCode = "401", description = "Niet aangemeld")
@ApiResponse(responseCode = "409", description = "Deze referentie van dezelfde melder hoort bij een andere melding")
public @interface IntakeAnswers {
}

package nl.wmotoezicht.kernel;

import io.swagger.v3.oas.annotations.responses.ApiResponse;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;

/**
 * OpenAPI answer 404 {@code zaak-onbekend} ({@link Problems#unknownCase}): the case does not exist or the caller may
 * not see it. Put on a controller method instead of repeating the {@code @ApiResponse}; springdoc reads it as a
 * meta-annotation.
 */
@Retention(RetentionPolicy.RUNTIME)
@ApiResponse(responseCode = "404", description = "Zaak bestaat niet of u heeft er geen toegang toe")
public @interface UnknownCase {
}

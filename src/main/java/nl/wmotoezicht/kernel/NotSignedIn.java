package nl.wmotoezicht.kernel;

import io.swagger.v3.oas.annotations.responses.ApiResponse;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;

/**
 * OpenAPI answer 401: the caller has not signed in. Put on a controller method instead of repeating the {@code
 * @ApiResponse}; springdoc reads it as a meta-annotation.
 */
@Retention(RetentionPolicy.RUNTIME)
@ApiResponse(responseCode = "401", description = "Niet aangemeld")
public @interface NotSignedIn {
}

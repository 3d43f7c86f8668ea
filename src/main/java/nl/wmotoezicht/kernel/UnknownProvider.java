package nl.wmotoezicht.kernel;

import io.swagger.v3.oas.annotations.responses.ApiResponse;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;

/**
 * OpenAPI answer 404 {@code aanbieder-onbekend}: the provider register has no provider with the KvK number. Put on a
 * controller method instead of repeating the {@code @ApiResponse}; springdoc reads it as a meta-annotation.
 */
@Retention(RetentionPolicy.RUNTIME)
@ApiResponse(responseCode = "404", description = "Aanbieder staat niet in het register")
public @interface UnknownProvider {
}

package nl.wmotoezicht.kernel;

import io.swagger.v3.oas.annotations.responses.ApiResponse;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;

/**
 * OpenAPI answer 400 with every bad field named ({@link InvalidInputException}). Put on a controller method instead of
 * repeating the {@code @ApiResponse}; springdoc reads it as a meta-annotation.
 */
@Retention(RetentionPolicy.RUNTIME)
@ApiResponse(responseCode = "400", description = "Ongeldige invoer; elk fout veld wordt genoemd")
public @interface InvalidInput {
}

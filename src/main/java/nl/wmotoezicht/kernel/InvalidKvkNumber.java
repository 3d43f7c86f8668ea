package nl.wmotoezicht.kernel;

import io.swagger.v3.oas.annotations.responses.ApiResponse;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;

/**
 * OpenAPI answer 400: the path holds no KvK number of 8 digits ({@link InputRules#KVK_NUMBER}). Put on a controller
 * method instead of repeating the {@code @ApiResponse}; springdoc reads it as a meta-annotation.
 */
@Retention(RetentionPolicy.RUNTIME)
@ApiResponse(responseCode = "400", description = "Geen geldig KvK-nummer (8 cijfers)")
public @interface InvalidKvkNumber {
}

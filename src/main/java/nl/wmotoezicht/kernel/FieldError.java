package nl.wmotoezicht.kernel;

/**
 * One bad field of an incoming report.
 *
 * @param field the field's name as sent
 * @param message what is wrong with it, in Dutch
 */
public record FieldError(String field, String message) {
}

/**
 * Documents.
 *
 * <p>PDF letters and reports from the templates in {@code src/main/resources/documents/} ({@code
 * ${generateDocument}}, and the letters of {@code ${sendMail}}), stored with the case. No models.
 */
package nl.wmotoezicht.documents;

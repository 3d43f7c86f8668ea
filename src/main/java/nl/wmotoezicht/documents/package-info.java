/**
 * Documents.
 *
 * <p>PDF letters and reports from the templates in {@code src/main/resources/documents/} ({@code
 * ${generateDocument}}, and the letters of {@code ${sendMail}}), stored with the case, with the lines every letter
 * carries (provider's postal address, bezwaar address, signatory and mandate: {@code wmo.letters}), and the print
 * queue of letters that go by post (art. 2:14 Awb, {@code /api/print-queue}). No models.
 */
package nl.wmotoezicht.documents;

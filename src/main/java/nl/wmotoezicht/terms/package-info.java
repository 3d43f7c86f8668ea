/**
 * The legal calendar.
 *
 * <p>The Algemene termijnenwet and public holidays; {@code ${terms…}} in every model and {@code GET /api/terms}. No
 * models.
 */
package nl.wmotoezicht.terms;

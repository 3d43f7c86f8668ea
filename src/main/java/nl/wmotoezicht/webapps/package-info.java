/**
 * Webapps.
 *
 * <p>The Dutch locale of the Camunda webapps. No models.
 */
package nl.wmotoezicht.webapps;

/**
 * Platform.
 *
 * <p>The deployment of {@code processes/}, {@code decisions/} and {@code forms/}, the REST wiring and the answer
 * when the database is unavailable. Owns no model, deploys all.
 */
package nl.wmotoezicht.platform;

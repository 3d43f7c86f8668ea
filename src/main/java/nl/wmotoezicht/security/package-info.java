/**
 * Security.
 *
 * <p>REST authentication and the request guard. No models.
 */
package nl.wmotoezicht.security;

/**
 * Identity.
 *
 * <p>The region, its municipalities (tenants), groups, authorizations, Tasklist filters and demo users; process
 * modules contribute {@link nl.wmotoezicht.identity.StartRights} and {@link
 * nl.wmotoezicht.identity.WaitingOnProvider}. No models.
 */
package nl.wmotoezicht.identity;

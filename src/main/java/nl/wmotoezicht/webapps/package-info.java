/**
 * Webapps.
 *
 * <p>What staff see in the Camunda webapps: the Dutch locale, the task list's case columns on every user task, and
 * submitted task forms checked against their Camunda Form. No models.
 */
package nl.wmotoezicht.webapps;

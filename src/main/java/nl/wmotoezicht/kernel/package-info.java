/**
 * The shared kernel.
 *
 * <p>Imports no other module of this application: typed process variables ({@link
 * nl.wmotoezicht.kernel.ProcessVariable}, {@link nl.wmotoezicht.kernel.CaseVariables}, {@link
 * nl.wmotoezicht.kernel.ProviderVariables}), the hand-over between cases by start message, input checks with
 * Dutch messages, problem bodies, the decision-tenant lookup ({@code ${decisionTenants}}) and Dutch dates and
 * amounts. No models.
 */
package nl.wmotoezicht.kernel;

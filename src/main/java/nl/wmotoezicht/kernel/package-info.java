/**
 * The shared kernel.
 *
 * <p>Imports no other module of this application: typed process variables ({@link
 * nl.wmotoezicht.kernel.ProcessVariable}, {@link nl.wmotoezicht.kernel.CaseVariables}, {@link
 * nl.wmotoezicht.kernel.ProviderVariables}, {@link nl.wmotoezicht.kernel.ReporterVariables}), the hand-over between
 * cases by start message, input checks with Dutch messages, problem bodies and the answers of our REST APIs
 * ({@link nl.wmotoezicht.kernel.Problems}, the OpenAPI meta-annotations such as {@link
 * nl.wmotoezicht.kernel.NotSignedIn}), engine work as the system ({@link nl.wmotoezicht.kernel.EngineIdentity}),
 * template engines over the classpath, the decision-tenant lookup ({@code ${decisionTenants}}) and Dutch dates and
 * amounts. No models.
 */
package nl.wmotoezicht.kernel;

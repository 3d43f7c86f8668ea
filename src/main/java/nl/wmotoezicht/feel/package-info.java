/**
 * FEEL for the process engine's DMN engine.
 *
 * <p>{@link nl.wmotoezicht.feel.ParsedFeelEngine}: Camunda's FEEL engine (feel-scala, as installed by
 * {@code ScalaFeelEngineFactory}) that parses each distinct expression and unary-tests text once and builds
 * feel-scala's built-in functions once, with the same results, value mapping and errors; installed by
 * {@link nl.wmotoezicht.feel.ParsedFeelEnginePlugin}. Measurements: {@code bench/RESULTS.md}, "Wave 5: P4, decisions in the engine". No models.
 */
package nl.wmotoezicht.feel;

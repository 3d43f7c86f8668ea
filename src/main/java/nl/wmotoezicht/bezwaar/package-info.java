/**
 * Bezwaar against any besluit of the platform, also after the case that made it has ended.
 *
 * <p>Model: {@code processes/bezwaar.bpmn} (process {@code bezwaar}) and its forms {@code forms/bezwaar-*.form}.
 * The outcome reaches the forfeiture ledger through {@code nl.wmotoezicht.dwangsom.ObjectionEffects}. See
 * {@code docs/dwangsom-recht.md}.
 */
package nl.wmotoezicht.bezwaar;

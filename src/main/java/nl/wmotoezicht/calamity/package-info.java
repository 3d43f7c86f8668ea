/**
 * Calamity.
 *
 * <p>Model: {@code processes/calamiteit.bpmn} (process {@code calamiteit}), its forms {@code
 * forms/calamiteit-*.form}, and the intake API {@code POST /api/calamity-reports}. See {@code
 * docs/processen/calamiteit.md}.
 */
package nl.wmotoezicht.calamity;

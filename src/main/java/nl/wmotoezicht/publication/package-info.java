/**
 * Openbaarmaking.
 *
 * <p>Model: {@code processes/openbaarmaking.bpmn} (process {@code openbaarmaking}), its forms {@code
 * forms/openbaarmaking-*.form}, and the public listing under {@code /openbaar}. See {@code
 * docs/processen/openbaarmaking.md}.
 */
package nl.wmotoezicht.publication;

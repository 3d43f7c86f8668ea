/**
 * Signal-driven investigation.
 *
 * <p>Model: {@code processes/signaalonderzoek.bpmn} (process {@code signaalonderzoek}), its forms {@code
 * forms/signaal-*.form}, the decision {@code decisions/signaalTriage.dmn} and the intake API {@code POST
 * /api/signal-reports}. See {@code docs/processen/signaalonderzoek.md}.
 */
package nl.wmotoezicht.investigation;

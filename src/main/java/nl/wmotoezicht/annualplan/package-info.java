/**
 * The annual supervision plan of a purchasing region.
 *
 * <p>Models: {@code processes/jaarplan.bpmn}, {@code jaarplanReactie.bpmn}, {@code jaarplanBesluit.bpmn},
 * {@code jaarplanKalender.bpmn}, forms {@code forms/jaarplan-*.form}, template {@code documents/jaarplan.html}. It
 * ranks by the risk analysis and starts {@code kwaliteitsonderzoek} by call activity (by key, no import of the
 * inspection module). See {@code docs/processen/jaarplan.md}.
 */
package nl.wmotoezicht.annualplan;

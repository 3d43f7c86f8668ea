/**
 * Cases.
 *
 * <p>What every case shares when it starts: case numbers, the one case registration ({@code ${registerCase}} and
 * the intake of reports), the idempotency register of reports, which cases a caller may see. No models of its
 * own; {@code ${registerCase}} is the first step of {@code processes/interventiepiramide.bpmn} and {@code
 * processes/lastOnderDwangsom.bpmn}.
 */
package nl.wmotoezicht.cases;

/**
 * The planned quality inspection (kwaliteitsonderzoek).
 *
 * <p>Model: {@code processes/kwaliteitsonderzoek.bpmn}, forms {@code forms/kwaliteitsonderzoek-*.form} and the
 * signal investigation's power and judgement forms and listeners; mail {@code kwaliteitsonderzoek-aankondiging}.
 * Writes its results through the risk module. See {@code docs/processen/kwaliteitsonderzoek.md}.
 */
package nl.wmotoezicht.inspection;

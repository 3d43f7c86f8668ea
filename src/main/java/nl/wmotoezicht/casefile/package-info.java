/**
 * The case file.
 *
 * <p>The read side of a case: its status ({@code GET /api/cases/{caseNumber}}), history (the Tasklist tab Dossier)
 * and dates (the Cockpit Termijnenoverzicht), fed by {@link nl.wmotoezicht.casefile.CaseDateSource} beans of the
 * process modules. Reads every model, owns none.
 */
package nl.wmotoezicht.casefile;

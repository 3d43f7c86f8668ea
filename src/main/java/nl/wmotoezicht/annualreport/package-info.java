/**
 * The annual report (jaarrapportage) of the supervision to the college.
 *
 * <p>The figures of a calendar year per municipality and per purchasing region ({@link AnnualReports}), computed by
 * aggregate SQL over the engine's history ({@code ACT_HI_*}) and our own tables; {@code GET /api/reports/annual} as
 * JSON, CSV or PDF with charts; the process {@code processes/jaarrapportage.bpmn}; the Cockpit page "Toezicht in
 * cijfers". Reads the process keys and variable names of the other modules, never their services. See
 * {@code docs/processen/jaarrapportage.md}.
 */
package nl.wmotoezicht.annualreport;

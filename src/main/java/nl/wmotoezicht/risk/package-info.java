/**
 * The risk analysis.
 *
 * <p>Purchasing regions (configuration {@code wmo.risk}), the risk inputs per provider and service kind from the
 * engine's history and our tables, the decision requirements graph {@code decisions/risicoprofiel.dmn} and
 * {@code GET /api/providers/{kvkNumber}/risk}; the inspection results the quality inspections write. See
 * {@code docs/risicoanalyse.md}. Depends on provider, calamity and investigation (their process keys and variable
 * names), never on annualplan or inspection.
 */
package nl.wmotoezicht.risk;

/**
 * Intervention pyramid.
 *
 * <p>Model: {@code processes/interventiepiramide.bpmn} (process {@code interventiepiramide}), its forms {@code
 * forms/piramide-*.form}, and the decisions {@code decisions/maatregelcategorie.dmn}, {@code
 * handhavingsinstrument.dmn}, {@code directeMaatregelen.dmn}, {@code initiatiefGemeente.dmn}. See {@code
 * docs/processen/interventiepiramide.md}.
 */
package nl.wmotoezicht.enforcement;

/**
 * Last onder dwangsom, bestuursdwang and invordering.
 *
 * <p>Models: {@code processes/lastOnderDwangsom.bpmn} (process {@code lastOnderDwangsom}) and {@code
 * processes/invorderingDwangsom.bpmn} (process {@code invorderingDwangsom}), their forms {@code
 * forms/dwangsom-*.form}, {@code forms/bestuursdwang-*.form} and {@code forms/invordering-*.form}, and the
 * ledger of every verbeurte (table {@code wmo_forfeiture}). See {@code docs/processen/lastOnderDwangsom.md} and
 * {@code docs/processen/invorderingDwangsom.md}.
 */
package nl.wmotoezicht.dwangsom;

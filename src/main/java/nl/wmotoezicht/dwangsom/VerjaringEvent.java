package nl.wmotoezicht.dwangsom;

import java.time.LocalDate;

/**
 * One event that extends or interrupts the verjaring of forfeitures (table {@code wmo_verjaring_event}).
 *
 * @param id           the ledger's id
 * @param caseNumber   the last onder dwangsom's case number
 * @param forfeitureId the forfeiture it concerns; null for a remedy against the last (all of the case's forfeitures)
 * @param kind         what happened
 * @param date         the day it happened (for a decision: the day it was made known)
 * @param legalBasis   the article, e.g. {@code art. 4:106 Awb}
 */
public record VerjaringEvent(long id, String caseNumber, Long forfeitureId, VerjaringEventKind kind, LocalDate date,
    String legalBasis) {
}

package nl.wmotoezicht.dwangsom;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * A paid forfeiture that is paid back because the decision it rested on was revoked or changed on objection
 * (table {@code wmo_refund}).
 *
 * @param id           the ledger's id
 * @param forfeitureId the forfeiture paid back
 * @param caseNumber   the last onder dwangsom's case number
 * @param amount       the amount paid back, in euros
 * @param reason       why, in Dutch
 * @param orderedOn    the day the refund was ordered
 * @param paidOutOn    the day finance paid it back; null while open
 */
public record Refund(long id, long forfeitureId, String caseNumber, BigDecimal amount, String reason,
    LocalDate orderedOn, LocalDate paidOutOn) {
}

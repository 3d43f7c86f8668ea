package nl.wmotoezicht.dwangsom;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;

/**
 * One forfeited amount of a last onder dwangsom, as the {@link ForfeitureLedger} holds it (table
 * {@code wmo_forfeiture}). Amounts are in euros with two decimals.
 *
 * @param id               the ledger's id
 * @param caseNumber       the case (zaaknummer) of the last onder dwangsom
 * @param sequenceNo       1 for the case's first forfeiture, then 2, 3, …
 * @param providerKvkNumber the provider's KvK number (8 digits)
 * @param providerName     the provider's name
 * @param municipalityCode the CBS code of the municipality (the case's tenant), e.g. {@code GM0917}
 * @param forfeitedOn      the day it was forfeited by operation of law (art. 5:33 Awb)
 * @param amount           the amount forfeited, after capping at the maximum
 * @param runningTotal     the case's total at recording, this amount included and withdrawn ones not
 * @param maximum          the dwangsom's maximum (art. 5:32b lid 2 Awb) as it stood at recording
 * @param payBy            the last day of the six-week payment term (art. 5:33 Awb, extended under the Atw)
 * @param verjaringDate    the last day of the verjaring term (art. 5:35 Awb): the claim can be enforced
 *                         through this day and has lapsed from the next day on
 * @param status           where it stands
 * @param statusChangedOn  the day of the last status change; null while it was never changed
 * @param createdAt        when it was recorded (engine clock)
 * @param verjaringUntilDecided a remedy against the last open or pending on {@code verjaringDate} extends the term
 *                         until it is decided irrevocably (art. 5:35 lid 2 Awb); the claim does not lapse meanwhile
 */
public record Forfeiture(
    long id,
    String caseNumber,
    int sequenceNo,
    String providerKvkNumber,
    String providerName,
    String municipalityCode,
    LocalDate forfeitedOn,
    BigDecimal amount,
    BigDecimal runningTotal,
    BigDecimal maximum,
    LocalDate payBy,
    LocalDate verjaringDate,
    ForfeitureStatus status,
    LocalDate statusChangedOn,
    Instant createdAt,
    boolean verjaringUntilDecided) {

  /** Whether the claim had lapsed by verjaring on {@code day}: only from the day after its last day. */
  public boolean isLapsedOn(LocalDate day) {
    return !verjaringUntilDecided && day.isAfter(verjaringDate);
  }
}

package nl.wmotoezicht.terms;

import java.time.LocalDate;
import java.util.List;

/**
 * A computed term.
 *
 * @param from          the event day; a forward term starts the day after it
 * @param period        the period as given, e.g. {@code P6W} or {@code P10WD}
 * @param statutory     whether the term is set by statute (wettelijke termijn) rather than in a decision
 * @param ends          the last day of the term, after any extension under the Algemene termijnenwet
 * @param extendedBy    the days by which the term was extended, in date order; empty when not extended
 * @param unextendedEnd the last day of the term by calendar arithmetic alone
 */
public record Term(LocalDate from, String period, boolean statutory, LocalDate ends,
                   List<Extension> extendedBy, LocalDate unextendedEnd) {

    public Term {
        extendedBy = List.copyOf(extendedBy);
    }

    /**
     * One day by which a term was extended.
     *
     * @param date   the day
     * @param reason in Dutch: "zaterdag", "zondag", the name of the holiday, or the art. 2 Atw reason
     */
    public record Extension(LocalDate date, String reason) {
    }
}

package nl.wmotoezicht.terms;

/**
 * A term with a name, as defined in {@code terms/termijnen.yaml} and read by process owners in {@code docs/termijnen.md}.
 *
 * @param name      the name models use, e.g. {@code bezwaar} in {@code ${termijnen.bezwaar}}
 * @param period    the length of the term
 * @param statutory true for a term set by statute (wettelijk: extended under the Algemene termijnenwet), false for a
 *                  customary term (gebruikelijk: never extended)
 * @param basis     the legal basis or practice, e.g. {@code art. 6:7 Awb}
 * @param meaning   what the term is for, in Dutch
 */
public record NamedTerm(String name, TermPeriod period, boolean statutory, String basis, String meaning) {

    /** The period as written, e.g. {@code P6W}; also what a model gets when it uses the term as text. */
    public String getPeriodText() {
        return period.text();
    }

    @Override
    public String toString() {
        return period.text();
    }
}

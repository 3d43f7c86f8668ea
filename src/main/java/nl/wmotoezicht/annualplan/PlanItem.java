package nl.wmotoezicht.annualplan;

import java.io.Serializable;

/**
 * One inspection of an annual plan.
 *
 * @param kvkNumber the provider
 * @param providerName its name
 * @param providerEmail where letters go
 * @param serviceKind the service kind inspected
 * @param municipalityCode the municipality whose case it is: the region's municipality with the provider's most
 *     clients
 * @param selection why it is in the plan: risico, vervolg (follow-up), willekeurig (random) or toegevoegd (added)
 * @param riskClass the risk class when proposed
 * @param score the risk score when proposed
 * @param reasons the risk reasons, in one line
 * @param hours the hours the inspection takes
 * @param month the month of the plan year it is scheduled in (1-12)
 * @param motivation the supervisors' motivation when added by hand; null otherwise
 *     <p>Serializable only because the engine checks a transient list of candidates for changes when the
 *     proposal's transaction closes; it is never stored that way.
 */
public record PlanItem(String kvkNumber, String providerName, String providerEmail, String serviceKind,
    String municipalityCode, String selection, String riskClass, int score, String reasons, int hours, int month,
    String motivation) implements Serializable {

  public static final String RISK = "risico";
  public static final String FOLLOW_UP = "vervolg";
  public static final String RANDOM = "willekeurig";
  public static final String ADDED = "toegevoegd";

  /** The item's key in the plan: one inspection per provider and service kind. */
  public String key() {
    return kvkNumber + ":" + serviceKind;
  }

  PlanItem inMonth(int newMonth) {
    return new PlanItem(kvkNumber, providerName, providerEmail, serviceKind, municipalityCode, selection, riskClass,
        score, reasons, hours, newMonth, motivation);
  }
}

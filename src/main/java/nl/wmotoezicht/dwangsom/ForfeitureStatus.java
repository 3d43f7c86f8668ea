package nl.wmotoezicht.dwangsom;

import java.util.Set;

/**
 * Where a forfeited amount stands. Valid changes: {@link #OPEN} to any other status, and
 * {@link #IN_COLLECTION} to {@link #PAID}, {@link #LAPSED} or {@link #WITHDRAWN}; the other three
 * are final.
 */
public enum ForfeitureStatus {

  /** Forfeited by operation of law (art. 5:33 Awb), not yet paid. */
  OPEN("open"),
  /** Paid. */
  PAID("betaald"),
  /** The college decided to collect it (invorderingsbeschikking, art. 5:37 Awb). */
  IN_COLLECTION("in invordering"),
  /** The claim lapsed by verjaring (art. 5:35 Awb). */
  LAPSED("verjaard"),
  /** Never owed after all (the last was revoked), or the college decided not to collect it. */
  WITHDRAWN("ingetrokken");

  private final String label;

  ForfeitureStatus(String label) {
    this.label = label;
  }

  /** The Dutch name, for users and letters. */
  public String label() {
    return label;
  }

  /** Whether the amount is still outstanding: its verjaring runs and it may still be paid or collected. */
  public boolean isOutstanding() {
    return this == OPEN || this == IN_COLLECTION;
  }

  /** Whether a forfeiture with this status may change to {@code target}. */
  public boolean canChangeTo(ForfeitureStatus target) {
    return switch (this) {
      case OPEN -> target != OPEN;
      case IN_COLLECTION -> Set.of(PAID, LAPSED, WITHDRAWN).contains(target);
      case PAID, LAPSED, WITHDRAWN -> false;
    };
  }
}

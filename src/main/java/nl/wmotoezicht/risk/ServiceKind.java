package nl.wmotoezicht.risk;

import java.util.List;

/**
 * The kinds of Wmo service a provider delivers, as the risk analysis and the annual plan distinguish them. The
 * vulnerability of their clients is weighed in {@code decisions/risicoprofiel.dmn}, the hours an inspection takes
 * in the purchasing region's configuration.
 */
public final class ServiceKind {

  public static final String BESCHERMD_WONEN = "beschermdWonen";
  public static final String BEGELEIDING = "begeleiding";
  public static final String DAGBESTEDING = "dagbesteding";
  /** Care bought with a persoonsgebonden budget. */
  public static final String PGB = "pgb";
  public static final List<String> ALL = List.of(BESCHERMD_WONEN, BEGELEIDING, DAGBESTEDING, PGB);

  private ServiceKind() {
  }

  public static boolean isKnown(String kind) {
    return ALL.contains(kind);
  }

  /** The Dutch name for letters, forms and the plan. */
  public static String label(String kind) {
    return switch (kind) {
      case BESCHERMD_WONEN -> "Beschermd wonen";
      case BEGELEIDING -> "Begeleiding";
      case DAGBESTEDING -> "Dagbesteding";
      case PGB -> "Pgb";
      default -> kind;
    };
  }
}

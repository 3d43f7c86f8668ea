package nl.wmotoezicht.risk;

/**
 * The decision requirements graph {@code decisions/risicoprofiel.dmn}: its decision keys and output names, named
 * once. Its input names are those of {@link RiskInputs#toVariables()}.
 */
public final class RiskDecision {

  /** The top decision: the risk class and score. */
  public static final String PROFILE = "risicoprofiel";
  /** The required decision: points with their reason per risk factor (hit policy COLLECT). */
  public static final String POINTS = "risicopunten";
  public static final String CLASS = "risicoklasse";
  public static final String SCORE = "risicoscore";
  public static final String POINTS_OUTPUT = "punten";
  public static final String REASON_OUTPUT = "reden";

  private RiskDecision() {
  }
}

package nl.wmotoezicht.risk;

import java.util.List;
import nl.wmotoezicht.kernel.ProcessVariable;

/**
 * The decision requirements graph {@code decisions/risicoprofiel.dmn}: its decision keys, inputs and outputs, named
 * once. The inputs are the process variables of the same names that the annual plan's business rule task
 * {@code Task_DetermineRiskProfile} evaluates it with (processes/jaarplan.bpmn); {@link RiskInputs#toVariables()}
 * fills them.
 */
public final class RiskDecision {

  /** The top decision: the risk class, score and reasons. */
  public static final String PROFILE = "risicoprofiel";
  /** The required decision: points with their reason per risk factor (hit policy COLLECT). */
  public static final String POINTS = "risicopunten";
  public static final String CLASS = "risicoklasse";
  public static final String SCORE = "risicoscore";
  /** The reasons as text, "reden (punten)" joined by "; ", most points first. */
  public static final String REASONS = "risicoredenen";
  public static final String POINTS_OUTPUT = "punten";
  public static final String REASON_OUTPUT = "reden";

  /** The graph's inputs: the columns of {@code risicopunten}, named as the process variables that carry them. */
  public static final class Inputs {
    public static final ProcessVariable<String> SERVICE_KIND = ProcessVariable.string("dienstsoort");
    public static final ProcessVariable<Integer> CALAMITIES = integer("calamiteiten");
    public static final ProcessVariable<Integer> SERIOUS_CALAMITIES = integer("ernstigeCalamiteiten");
    public static final ProcessVariable<Integer> SIGNALS = integer("signalen");
    public static final ProcessVariable<Integer> CONTRACT_SIGNALS = integer("signalenContractbeheer");
    public static final ProcessVariable<Integer> THEMES_NOT_MET = integer("themasVoldoetNiet");
    public static final ProcessVariable<Integer> THEMES_PARTLY_MET = integer("themasVoldoetDeels");
    public static final ProcessVariable<Integer> OPEN_REPAIR_OFFERS = integer("openHerstelaanbod");
    public static final ProcessVariable<Integer> ENFORCEMENT_CASES = integer("handhavingszaken");
    public static final ProcessVariable<Boolean> RECIDIVE = ProcessVariable.bool("recidive");
    public static final ProcessVariable<Boolean> NEVER_VISITED = ProcessVariable.bool("nooitBezocht");
    public static final ProcessVariable<Integer> MONTHS_SINCE_VISIT = integer("maandenSindsBezoek");
    public static final ProcessVariable<Integer> CLIENTS = integer("clienten");
    public static final ProcessVariable<Integer> MONTHS_ACTIVE = integer("maandenActief");
    public static final ProcessVariable<Double> CLIENT_EXPERIENCE = new ProcessVariable<>("clientervaring",
        Double.class);

    /** Every input, in the order of the table's columns. */
    public static final List<ProcessVariable<?>> ALL = List.of(SERVICE_KIND, CALAMITIES, SERIOUS_CALAMITIES,
        SIGNALS, CONTRACT_SIGNALS, THEMES_NOT_MET, THEMES_PARTLY_MET, OPEN_REPAIR_OFFERS, ENFORCEMENT_CASES,
        RECIDIVE, NEVER_VISITED, MONTHS_SINCE_VISIT, CLIENTS, MONTHS_ACTIVE, CLIENT_EXPERIENCE);

    private static ProcessVariable<Integer> integer(String name) {
      return new ProcessVariable<>(name, Integer.class);
    }

    private Inputs() {
    }
  }

  /** The graph's outputs as process variables (the business rule task's output parameters). */
  public static final class Outputs {
    public static final ProcessVariable<String> RISK_CLASS = ProcessVariable.string(CLASS);
    public static final ProcessVariable<Integer> RISK_SCORE = new ProcessVariable<>(SCORE, Integer.class);
    public static final ProcessVariable<String> RISK_REASONS = ProcessVariable.string(REASONS);

    private Outputs() {
    }
  }

  private RiskDecision() {
  }
}

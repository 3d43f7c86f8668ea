package nl.wmotoezicht.annualplan;

import nl.wmotoezicht.kernel.ProcessVariable;

/**
 * The annual supervision plan of a purchasing region ({@code processes/jaarplan.bpmn}) and its two called
 * processes ({@code jaarplanReactie}: a contract manager's view, {@code jaarplanBesluit}: a college's adoption):
 * keys, element ids and variables, named once. See docs/processen/jaarplan.md.
 */
public final class AnnualPlanProcess {

  public static final String KEY = "jaarplan";
  public static final String VIEW_KEY = "jaarplanReactie";
  public static final String ADOPTION_KEY = "jaarplanBesluit";
  /** The yearly timer that starts next year's plan of every purchasing region. */
  public static final String CALENDAR_KEY = "jaarplanKalender";
  /** The planned inspection each plan item starts. */
  public static final String INSPECTION_KEY = "kwaliteitsonderzoek";
  /** Prefix of a plan's business key: {@code JP-<region>-<year>}. */
  public static final String CASE_PREFIX = "JP";

  /** BPMN element ids. */
  public static final class Elements {
    public static final String START_BY_HAND = "StartEvent_ByHand";
    public static final String START_YEARLY = "StartEvent_Yearly";
    public static final String START_REGION_PLANS = "Task_StartRegionPlans";
    public static final String PREPARE_PROPOSAL = "Task_PrepareProposal";
    /** Per provider and service kind: collect the inputs, decide the risk profile, add the candidate. */
    public static final String RISK_PROFILES = "SubProcess_RiskProfiles";
    public static final String COLLECT_RISK_INPUTS = "Task_CollectRiskInputs";
    /** The business rule task that evaluates decisions/risicoprofiel.dmn. */
    public static final String DETERMINE_RISK_PROFILE = "Task_DetermineRiskProfile";
    public static final String ADD_CANDIDATE = "Task_AddCandidate";
    public static final String PROPOSE = "Task_ProposePlan";
    public static final String ADJUST = "Task_AdjustPlan";
    public static final String VIEWS = "Call_ContractManagerViews";
    public static final String PROCESS_VIEWS = "Task_ProcessViews";
    public static final String ADOPTION = "Call_CollegeAdoption";
    public static final String GENERATE_PLAN = "Task_GeneratePlanDocument";
    public static final String RECORD_PLAN = "Task_RecordAdoptedPlan";
    public static final String INSPECTIONS = "SubProcess_Inspections";
    public static final String PREPARE_INSPECTION = "Task_PrepareInspection";
    public static final String PLANNED_MONTH = "Timer_PlannedMonth";
    public static final String CALL_INSPECTION = "Call_Inspection";
    public static final String MONTH_PASSED = "Timer_MonthPassed";
    public static final String FLAG_LATE = "Task_FlagLateVisit";
    public static final String GIVE_VIEW = "Task_GiveView";
    public static final String VIEW_TERM = "Timer_ReactionTerm";
    public static final String ADOPT = "Task_AdoptPlan";

    private Elements() {
    }
  }

  /** Process variables. */
  public static final class Variables {
    /** The purchasing region's code, e.g. parkstad. */
    public static final ProcessVariable<String> REGION = ProcessVariable.string("purchasingRegion");
    public static final ProcessVariable<String> REGION_NAME = ProcessVariable.string("purchasingRegionName");
    public static final ProcessVariable<Integer> YEAR = new ProcessVariable<>("planYear", Integer.class);
    /** The plan's items as a JSON array (a String: readable in Cockpit and the history). */
    public static final ProcessVariable<String> ITEMS = ProcessVariable.string("planItems");
    /** The plan in text, one line per item, for forms and mails. */
    public static final ProcessVariable<String> PLAN_TEXT = ProcessVariable.string("planText");
    /** One provider and service kind of the risk profiles' multi-instance: {@code <KvK-nummer>:<dienstsoort>}. */
    public static final ProcessVariable<String> RISK_CANDIDATE = ProcessVariable.string("riskCandidate");
    /**
     * The candidates with their risk profiles, gathered by Task_AddCandidate for Task_ProposePlan: a transient list
     * that lives only in the proposal's transaction (the plan's items are what is kept).
     */
    public static final String CANDIDATES = "planCandidates";
    public static final ProcessVariable<Integer> CAPACITY_HOURS = new ProcessVariable<>("capacityHours", Integer.class);
    public static final ProcessVariable<Integer> PLANNED_HOURS = new ProcessVariable<>("plannedHours", Integer.class);
    // the supervisors' adjustment
    /** Lines {@code <KvK-nummer> <dienstsoort> [maand]} of providers to add. */
    public static final ProcessVariable<String> ADD = ProcessVariable.string("addProviders");
    /** Lines {@code <KvK-nummer> <dienstsoort>} of plan items to remove. */
    public static final ProcessVariable<String> REMOVE = ProcessVariable.string("removeProviders");
    public static final ProcessVariable<String> ADJUSTMENT_MOTIVATION = ProcessVariable.string("adjustmentMotivation");
    /** Every adjustment so far with its motivation, one per line. */
    public static final ProcessVariable<String> ADJUSTMENTS_LOG = ProcessVariable.string("adjustmentsLog");
    public static final ProcessVariable<String> REACTION_DEADLINE = ProcessVariable.string("reactionDeadline");
    /** The municipalities asked for a view and those whose college adopts. */
    public static final ProcessVariable<String> VIEW_MUNICIPALITY = ProcessVariable.string("viewMunicipality");
    public static final ProcessVariable<String> ADOPTING_MUNICIPALITY = ProcessVariable.string("adoptingMunicipality");
    // a contract manager's view (jaarplanReactie)
    public static final ProcessVariable<String> VIEW = ProcessVariable.string("contractManagerView");
    public static final ProcessVariable<String> VIEWS = ProcessVariable.string("contractManagerViews");
    public static final ProcessVariable<Boolean> ADJUST_AGAIN = ProcessVariable.bool("adjustAgain");
    // a college's decision (jaarplanBesluit)
    /** vastgesteld or nietVastgesteld. */
    public static final ProcessVariable<String> ADOPTION = ProcessVariable.string("adoptionDecision");
    public static final ProcessVariable<String> ADOPTION_MOTIVATION = ProcessVariable.string("adoptionMotivation");
    public static final ProcessVariable<String> ADOPTIONS = ProcessVariable.string("adoptions");
    public static final ProcessVariable<Boolean> REJECTED = ProcessVariable.bool("planRejected");
    public static final ProcessVariable<String> PLAN_DOCUMENT = ProcessVariable.string("planDocumentId");
    // one plan item's inspection (local to the multi-instance subprocess)
    public static final ProcessVariable<String> ITEM_KEY = ProcessVariable.string("planItemKey");
    public static final ProcessVariable<String> MONTH_START = ProcessVariable.string("plannedMonthStart");
    public static final ProcessVariable<String> MONTH_END = ProcessVariable.string("plannedMonthEnd");
    public static final ProcessVariable<Integer> PLANNED_MONTH = new ProcessVariable<>("plannedMonth", Integer.class);
    public static final ProcessVariable<String> INSPECTION_CASE = ProcessVariable.string("inspectionCaseNumber");
    public static final ProcessVariable<String> SERVICE_KIND = ProcessVariable.string("serviceKind");
    public static final ProcessVariable<Boolean> LATE = ProcessVariable.bool("visitLate");
    /** The municipality of a planned inspection (its plan item), handed to the inspection as its municipality. */
    public static final ProcessVariable<String> INSPECTION_MUNICIPALITY = ProcessVariable.string("inspectionMunicipality");
    /** The plan's rows for the plan document's template ({@code documents/jaarplan.html}): transient, never stored. */
    public static final ProcessVariable<Object> PLAN_ROWS = new ProcessVariable<>("planRows", Object.class);

    private Variables() {
    }
  }

  private AnnualPlanProcess() {
  }
}

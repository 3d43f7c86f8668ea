package nl.wmotoezicht.enforcement;

import nl.wmotoezicht.kernel.CaseHandOver;
import nl.wmotoezicht.kernel.ProcessVariable;

/** The intervention pyramid ({@code processes/interventiepiramide.bpmn}): key, messages, ids, variables. */
public final class InterventionPyramid {

  public static final String KEY = "interventiepiramide";
  public static final String CASE_PREFIX = "HH";

  /** Message names. */
  public static final class Messages {
    /** Start: an enforcement advice from the calamity process or an investigation. */
    public static final String ENFORCEMENT_ADVISED = "HandhavingGeadviseerd";
    /** The outcome of the last onder dwangsom this case asked for. */
    public static final String DWANGSOM_OUTCOME = "DwangsomUitkomst";

    private Messages() {
    }
  }

  /** BPMN element ids. */
  public static final class Elements {
    public static final String REGISTER_CASE = "Task_RegisterCase";
    public static final String LOOK_UP_PROVIDER = "Task_LookUpProvider";
    public static final String DECIDE_LEAD_MUNICIPALITY = "Task_DecideLeadMunicipality";
    public static final String DECIDE_CATEGORY = "Task_DecideCategory";
    public static final String DECIDE_INSTRUMENT = "Task_DecideInstrument";
    public static final String DECIDE_IMMEDIATE_MEASURES = "Task_DecideImmediateMeasures";
    public static final String RECORD_IN_HISTORY = "Task_RecordInHistory";
    public static final String WEIGH_IMMEDIATE_MEASURES = "Task_WeighImmediateMeasures";
    public static final String CHOOSE_STEPS = "Task_ChooseSteps";
    public static final String INFORM_STAKEHOLDERS = "Task_InformStakeholders";
    public static final String ADVICE_AND_REPAIR_OFFER = "Task_AdviceAndRepairOffer";
    public static final String MONITOR_IMPROVEMENT = "Task_MonitorImprovement";
    public static final String CORRECTION_MEASURES = "Task_CorrectionMeasures";
    public static final String WRITE_WARNING = "Task_WriteWarning";
    public static final String SEND_WARNING = "Task_SendWarning";
    public static final String WARNING_TERM_ENDED = "Event_WarningTermEnded";
    public static final String FOLLOW_UP_CHECK = "Task_FollowUpCheck";
    public static final String REQUEST_DWANGSOM = "Task_RequestDwangsom";
    public static final String AWAIT_DWANGSOM_OUTCOME = "Task_AwaitDwangsomOutcome";
    public static final String NOTICE_OF_DEFAULT = "Task_NoticeOfDefault";
    public static final String DEFAULT_TERM_ENDED = "Event_DefaultTermEnded";
    public static final String CHECK_DEFAULT = "Task_CheckDefault";
    public static final String TERMINATE = "Task_Terminate";
    public static final String SEND_TERMINATION = "Task_SendTermination";
    public static final String SUBSIDY_MEASURE = "Task_SubsidyMeasure";
    public static final String EVALUATE = "Task_Evaluate";
    public static final String RECORD_OUTCOME = "Task_RecordOutcome";
    public static final String COMPLIED = "EndEvent_Complied";

    private Elements() {
    }
  }

  /** Variables; the decision tables read them by these names (decisions/*.dmn). */
  public static final class Variables {
    public static final ProcessVariable<String> FINDINGS = ProcessVariable.string("findings");
    public static final ProcessVariable<String> ORIGIN_PROCESS = CaseHandOver.ORIGIN_PROCESS;
    /** The supervisor's judgement of the seriousness: groot, gemiddeld or klein. */
    public static final ProcessVariable<String> SERIOUSNESS = ProcessVariable.string("seriousness");
    /** The supervisor's judgement of the chance of recurrence: groot, gemiddeld or klein. */
    public static final ProcessVariable<String> RECURRENCE_CHANCE = ProcessVariable.string("recurrenceChance");
    public static final ProcessVariable<Boolean> RECIDIVE = ProcessVariable.bool("recidive");
    /** The provider's relation with the municipality: contract or subsidie (null when unknown). */
    public static final ProcessVariable<String> RELATION = ProcessVariable.string("relation");
    /** Whether municipalities other than the case's contract the provider too (from the provider register). */
    public static final ProcessVariable<Boolean> MULTIPLE_MUNICIPALITIES = ProcessVariable.bool("multipleMunicipalities");
    public static final ProcessVariable<String> LEAD_MUNICIPALITY = ProcessVariable.string("leadMunicipality");
    /** The name of {@link #LEAD_MUNICIPALITY} for the forms; null when the table cannot tell. */
    public static final ProcessVariable<String> LEAD_MUNICIPALITY_NAME = ProcessVariable.string("leadMunicipalityName");
    public static final ProcessVariable<String> LEAD_REASON = ProcessVariable.string("leadReason");
    public static final ProcessVariable<Integer> SUGGESTED_CATEGORY = new ProcessVariable<>("suggestedCategory", Integer.class);
    public static final ProcessVariable<String> SUGGESTED_CATEGORY_TEXT = ProcessVariable.string("suggestedCategoryText");
    public static final ProcessVariable<String> SUGGESTED_INSTRUMENT = ProcessVariable.string("suggestedInstrument");
    public static final ProcessVariable<Integer> SUGGESTED_STEP = new ProcessVariable<>("suggestedStep", Integer.class);
    public static final ProcessVariable<String> SUGGESTED_ROUTE = ProcessVariable.string("suggestedRoute");
    /** The rows of directeMaatregelen, one line each: the measure's Dutch name and its explanation. */
    public static final ProcessVariable<String> IMMEDIATE_MEASURES = ProcessVariable.string("immediateMeasures");
    public static final ProcessVariable<String> DEVIATION_MOTIVATION = ProcessVariable.string("deviationMotivation");
    public static final ProcessVariable<Boolean> DEVIATES = ProcessVariable.bool("deviatesFromIndication");
    public static final ProcessVariable<String> DWANGSOM_OUTCOME = ProcessVariable.string("dwangsomOutcome");
    /** ja or nee. */
    public static final ProcessVariable<String> PROVIDER_COMPLIES = ProcessVariable.string("providerComplies");
    public static final ProcessVariable<Boolean> ACUTE_DANGER = ProcessVariable.bool("acuutGevaarClienten");
    public static final ProcessVariable<Boolean> FRAUD_SUSPECTED = ProcessVariable.bool("vermoedenFraude");

    /** The checkbox of trede {@code n} (1–5) in the step choice. */
    public static ProcessVariable<Boolean> step(int n) {
      return ProcessVariable.bool("step" + n);
    }

    private Variables() {
    }
  }

  private InterventionPyramid() {
  }
}

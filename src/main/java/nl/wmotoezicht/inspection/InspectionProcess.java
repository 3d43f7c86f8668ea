package nl.wmotoezicht.inspection;

import nl.wmotoezicht.kernel.ProcessVariable;

/**
 * The planned quality inspection ({@code processes/kwaliteitsonderzoek.bpmn}): key, element ids and its own
 * variables, named once. The use of Awb powers and the judgement per theme are the signal investigation's steps
 * (same forms, same listeners, same variables: see {@code InvestigationProcess.Variables}).
 * See docs/processen/kwaliteitsonderzoek.md.
 */
public final class InspectionProcess {

  public static final String KEY = "kwaliteitsonderzoek";
  public static final String CASE_PREFIX = "KWO";
  /** The {@code signalSource} of an inspection, so the shared report and letters say it was planned supervision. */
  public static final String SOURCE = "kwaliteitstoezicht";

  /** BPMN element ids. */
  public static final class Elements {
    public static final String START = "StartEvent_Started";
    public static final String PREPARE_VISIT = "Task_PrepareVisit";
    public static final String ANNOUNCE_VISIT = "Task_AnnounceVisit";
    public static final String RECORD_POWER_USE = "Task_RecordPowerUse";
    public static final String JUDGE_THEMES = "Task_JudgeThemes";
    public static final String RECORD_RESULT = "Task_RecordResult";
    /** Calls {@code rapportage} (the investigation's shared report steps). */
    public static final String CALL_REPORTING = "Call_Reporting";
    public static final String ADVISE_COLLEGE = "Task_AdviseCollege";
    public static final String SEND_ADVICE = "Task_SendAdvice";
    public static final String HAND_OVER_TO_ENFORCEMENT = "Task_HandOverToEnforcement";
    public static final String CLOSED = "EndEvent_Judged";

    private Elements() {
    }
  }

  /** Variables of this process; the rest are the investigation's and the case's. */
  public static final class Variables {
    public static final ProcessVariable<String> SERVICE_KIND = ProcessVariable.string("serviceKind");
    public static final ProcessVariable<String> REGION = ProcessVariable.string("purchasingRegion");
    public static final ProcessVariable<Integer> PLAN_YEAR = new ProcessVariable<>("planYear", Integer.class);
    public static final ProcessVariable<Integer> PLANNED_MONTH = new ProcessVariable<>("plannedMonth", Integer.class);
    /** Why an extra visit was started by hand. */
    public static final ProcessVariable<String> EXTRA_REASON = ProcessVariable.string("extraVisitReason");
    public static final ProcessVariable<Boolean> ANNOUNCED = ProcessVariable.bool("visitAnnounced");
    public static final ProcessVariable<String> PLANNED_VISIT_DATE = ProcessVariable.string("plannedVisitDate");
    /** Form of the visit's preparation (kwaliteitsonderzoek-voorbereiden): where; handed to the investigation. */
    public static final ProcessVariable<String> LOCATION = ProcessVariable.string("location");
    /** ISO date of the visit: the first use of a power. The plan reads it to flag a visit that slipped. */
    public static final ProcessVariable<String> VISIT_DATE = ProcessVariable.string("visitDate");

    private Variables() {
    }
  }

  private InspectionProcess() {
  }
}

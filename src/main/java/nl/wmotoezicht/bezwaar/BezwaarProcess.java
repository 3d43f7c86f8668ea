package nl.wmotoezicht.bezwaar;

import nl.wmotoezicht.kernel.ProcessVariable;

/**
 * The objection against any besluit of the platform ({@code processes/bezwaar.bpmn}, art. 6:4-6:11, 7:2, 7:10 Awb):
 * keys, messages, element ids, variables. See {@code docs/dwangsom-recht.md}.
 */
public final class BezwaarProcess {

  public static final String KEY = "bezwaar";
  public static final String CASE_PREFIX = "BZW";

  /** Message names. */
  public static final class Messages {
    /**
     * An objection was received. Business key: the case number of the decision it is against (e.g. the last
     * {@code LOD-2026-00001}, an invorderingsbeschikking {@code LOD-2026-00001-V1}). While the last is in force, its
     * own case takes the objection (its event subprocess); otherwise this process starts.
     */
    public static final String RECEIVED = "BezwaarOntvangen";
    /** Sent to the case that made the decision, when it still runs; variables objectionOutcome and caseNumber. */
    public static final String DECIDED = "BezwaarBeslist";

    private Messages() {
    }
  }

  /** BPMN element ids. */
  public static final class Elements {
    public static final String REGISTER = "Task_RegisterObjection";
    public static final String JUDGE_EXCUSABILITY = "Task_JudgeExcusability";
    public static final String PLAN_HEARING = "Task_PlanHearing";
    public static final String SEND_INVITATION = "Task_SendHearingInvitation";
    public static final String DECIDE = "Task_DecideObjection";
    public static final String EXTENSION_DUE = "Event_ExtensionDue";
    public static final String CONSIDER_EXTENSION = "Task_ConsiderExtension";
    public static final String SEND_DECISION = "Task_SendObjectionDecision";
    public static final String APPLY_OUTCOME = "Task_ApplyOutcome";
    public static final String DONE = "EndEvent_ObjectionDecided";

    private Elements() {
    }
  }

  /** Variables. Dates are ISO texts. */
  public static final class Variables {
    /** The case number of the decision objected to (the message's business key). */
    public static final ProcessVariable<String> DECISION_CASE_NUMBER = ProcessVariable.string("decisionCaseNumber");
    /** {@code last}, {@code invorderingsbeschikking}, {@code kostenbeschikking}, {@code opheffing}, {@code openbaarmaking}. */
    public static final ProcessVariable<String> DECISION_KIND = ProcessVariable.string("decisionKind");
    /** The day the decision was made known (bekendgemaakt); the objection term starts the next day (art. 6:8). */
    public static final ProcessVariable<String> DECISION_MADE_KNOWN_ON = ProcessVariable.string("decisionMadeKnownOn");
    public static final ProcessVariable<String> OBJECTION_RECEIVED_ON = ProcessVariable.string("objectionReceivedOn");
    /** The last day of the objection term (art. 6:7 Awb, Atw). */
    public static final ProcessVariable<String> OBJECTION_TERM_ENDS = ProcessVariable.string("objectionTermEnds");
    public static final ProcessVariable<Boolean> TIMELY = ProcessVariable.bool("objectionTimely");
    /** Art. 6:11 Awb: a late objection is admissible when the lateness is excusable. */
    public static final ProcessVariable<String> EXCUSABLE = ProcessVariable.string("lateExcusable");
    public static final ProcessVariable<Boolean> ADVISORY_COMMITTEE = ProcessVariable.bool("advisoryCommittee");
    /** The last day to decide (art. 7:10 Awb), moved by an extension. */
    public static final ProcessVariable<String> DECIDE_BY = ProcessVariable.string("decideBy");
    public static final ProcessVariable<Boolean> EXTENDED = ProcessVariable.bool("decisionTermExtended");
    /** From the extension task: {@code verdagen}, {@code uitstelMetInstemming} or {@code geen}. */
    public static final ProcessVariable<String> EXTENSION = ProcessVariable.string("extension");
    /** With {@code uitstelMetInstemming}: the new last day the objector agreed to (art. 7:10 lid 4 Awb). */
    public static final ProcessVariable<String> AGREED_DECIDE_BY = ProcessVariable.string("agreedDecideBy");
    /** {@code gegrond}, {@code deelsGegrond}, {@code ongegrond} or {@code nietOntvankelijk}. */
    public static final ProcessVariable<String> OUTCOME = ProcessVariable.string("objectionOutcome");

    private Variables() {
    }
  }

  private BezwaarProcess() {
  }
}

package nl.wmotoezicht.bezwaar;

import nl.wmotoezicht.dwangsom.DwangsomProcess;
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
     * {@code LOD-2026-00001}, an invorderingsbeschikking {@code LOD-2026-00001-V1}). Its only receiver is the start
     * event of this process, also while the case that made the decision still runs (one receiver, nothing lost).
     */
    public static final String RECEIVED = "BezwaarOntvangen";
    /**
     * Sent to the case that made the decision, when it still runs (business key: the decision's case number); defined
     * by the receiver, {@link DwangsomProcess.Messages#BEZWAAR_DECIDED}.
     */
    public static final String DECIDED = DwangsomProcess.Messages.BEZWAAR_DECIDED;
    /**
     * From the legal department, business key = the objection's case number ({@code BZW-…}): beroep against the
     * decision on the objection lodged; optional variable {@code remedyDate} (ISO) when it was not today.
     */
    public static final String BEROEP_LODGED = "BeroepIngesteld";
    /** The rechtbank's judgment; optional variable {@code remedyDate}. */
    public static final String JUDGMENT_RECHTBANK = "UitspraakRechtbank";
    public static final String HOGER_BEROEP_LODGED = "HogerBeroepIngesteld";
    public static final String JUDGMENT_RAAD_VAN_STATE = "UitspraakRaadVanState";

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
    /** The embedded subprocess in which the college decides (with the extension of the term). */
    public static final String DECIDING = "SubProcess_Decide";
    /** Decided (end of {@link #DECIDING}; an open extension task ends with it). */
    public static final String DONE = "EndEvent_ObjectionDecided";
    public static final String SEND_REFUND_ORDER = "Task_SendRefundOrder";
    public static final String AWAIT_BEROEP = "Gateway_AwaitBeroep";
    public static final String BEROEP_TERM_ENDED = "Event_BeroepTermEnded";
    public static final String AWAIT_JUDGMENT_RECHTBANK = "Task_AwaitJudgmentRechtbank";
    public static final String AWAIT_HOGER_BEROEP = "Gateway_AwaitHogerBeroep";
    public static final String HOGER_BEROEP_TERM_ENDED = "Event_HogerBeroepTermEnded";
    public static final String AWAIT_JUDGMENT_RAAD_VAN_STATE = "Task_AwaitJudgmentRaadVanState";
    /** No beroep within six weeks: the decision on the objection is irrevocable. */
    public static final String IRREVOCABLE = "EndEvent_ObjectionIrrevocable";
    public static final String JUDGMENT_IRREVOCABLE = "EndEvent_JudgmentIrrevocable";
    public static final String RAAD_VAN_STATE_IRREVOCABLE = "EndEvent_RaadVanStateIrrevocable";

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
    /** Form of the hearing (bezwaar-hoorzitting): ISO date and place, for the invitation (art. 7:2 Awb). */
    public static final ProcessVariable<String> HEARING_DATE = ProcessVariable.string("hearingDate");
    public static final ProcessVariable<String> HEARING_PLACE = ProcessVariable.string("hearingPlace");
    /** Form of the decision on the objection (bezwaar-beslissing): its motivation, in the letter (art. 7:12 Awb). */
    public static final ProcessVariable<String> OBJECTION_MOTIVATION = ProcessVariable.string("objectionMotivation");
    /** {@code gegrond}, {@code deelsGegrond}, {@code ongegrond} or {@code nietOntvankelijk}. */
    public static final ProcessVariable<String> OUTCOME = DwangsomProcess.Variables.OBJECTION_OUTCOME;
    /** The day the decision on the objection was made known; the beroep term starts the next day (art. 6:8 Awb). */
    public static final ProcessVariable<String> DECIDED_ON = DwangsomProcess.Variables.OBJECTION_DECIDED_ON;
    /** Deels gegrond against the last (form): what the decision changes, see {@code ObjectionEffects.Change}. */
    public static final ProcessVariable<String> WITHDRAWN_FORFEITURES = DwangsomProcess.Variables.WITHDRAWN_FORFEITURES;
    public static final ProcessVariable<Object> REDUCED_AMOUNT =
        new ProcessVariable<>(DwangsomProcess.Variables.REDUCED_AMOUNT.name(), Object.class);
    public static final ProcessVariable<Object> REDUCED_MAXIMUM =
        new ProcessVariable<>(DwangsomProcess.Variables.REDUCED_MAXIMUM.name(), Object.class);
    /** Refunds ordered by the outcome: how many, and their total in euros ({@code "1000.00"}). */
    public static final ProcessVariable<Integer> REFUND_COUNT = DwangsomProcess.Variables.REFUND_COUNT;
    public static final ProcessVariable<String> REFUND_TOTAL = DwangsomProcess.Variables.REFUND_TOTAL;
    /** The day of the rechtbank's judgment; the term for hoger beroep starts the next day. */
    public static final ProcessVariable<String> JUDGMENT_RECHTBANK_ON = DwangsomProcess.Variables.JUDGMENT_RECHTBANK_ON;

    private Variables() {
    }
  }

  private BezwaarProcess() {
  }
}

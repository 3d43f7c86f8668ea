package nl.wmotoezicht.dwangsom;

import nl.wmotoezicht.kernel.ProcessVariable;

/**
 * The last onder dwangsom ({@code processes/lastOnderDwangsom.bpmn}) and the collection of each
 * forfeiture ({@code processes/invorderingDwangsom.bpmn}): keys, messages, element ids, variables.
 */
public final class DwangsomProcess {

  public static final String KEY = "lastOnderDwangsom";
  public static final String INVORDERING_KEY = "invorderingDwangsom";
  public static final String CASE_PREFIX = "LOD";

  /** Message names. */
  public static final class Messages {
    /** Start: the pyramid (trede 4) or an investigation (refusal to cooperate) asks for a last. */
    public static final String REQUESTED = "LastOnderDwangsomGevraagd";
    public static final String ZIENSWIJZE_RECEIVED = "ZienswijzeOntvangen";
    /**
     * From the objection process ({@code processes/bezwaar.bpmn}) to the case that made the decision objected to,
     * when it still runs (business key: that case's number); variables {@link Variables#OBJECTION_OUTCOME},
     * {@link Variables#OBJECTION_DECISION_KIND}, {@link Variables#OBJECTION_CASE_NUMBER} and, for deels gegrond,
     * {@link Variables#REDUCED_AMOUNT} / {@link Variables#REDUCED_MAXIMUM}. Every objection, also one against the
     * last while it is in force, is handled by that process; this case only reacts to the outcome.
     */
    public static final String BEZWAAR_DECIDED = "BezwaarBeslist";
    public static final String OPHEFFING_REQUESTED = "OpheffingGevraagd";
    public static final String VOORLOPIGE_VOORZIENING_GRANTED = "VoorlopigeVoorzieningToegewezen";
    public static final String VOORLOPIGE_VOORZIENING_ENDED = "VoorlopigeVoorzieningVervallen";
    /** Sent to the requesting case when this one ends. */
    public static final String OUTCOME = "DwangsomUitkomst";
    /** Starts the collection of one forfeiture. */
    public static final String VERBEURD = "DwangsomVerbeurd";
    /** An interested party asks for an invorderingsbeschikking (art. 5:37 lid 2 Awb); business key = the reference. */
    public static final String INVORDERING_REQUESTED = "InvorderingVerzocht";
    /** From the finance system: a forfeiture was paid; business key = the payment reference. */
    public static final String PAYMENT_RECEIVED = "BetalingOntvangen";

    private Messages() {
    }
  }

  /**
   * BPMN element ids.
   *
   * <p>The Java names carry the legal term (Aanmaning, Verbeurte, Invordering, Bezwaar, Verjaring; see
   * {@code docs/begrippen.md}); the ids in the models keep their first, English names.
   */
  public static final class Elements {
    public static final String REGISTER_CASE = "Task_RegisterCase";
    public static final String PREPARE_VOORNEMEN = "Task_PrepareIntention";
    public static final String SEND_VOORNEMEN = "Task_SendIntention";
    public static final String AWAIT_ZIENSWIJZE = "Gateway_AwaitZienswijze";
    public static final String ZIENSWIJZE_TERM_EXPIRED = "Event_ZienswijzeTermExpired";
    public static final String DECIDE = "Task_Decide";
    public static final String SEND_WAIVER = "Task_SendWaiver";
    public static final String SEND_DECISION = "Task_SendDecision";
    public static final String LAST_IN_FORCE = "SubProcess_LastInForce";
    public static final String TIMELINE = "SubProcess_Timeline";
    public static final String COMPLIANCE_TERM_ENDED = "Event_ComplianceTermEnded";
    public static final String RECHECK = "Task_Recheck";
    public static final String RECORD_VERBEURTE = "Task_RecordForfeiture";
    public static final String SEND_VERBEURBRIEF = "Task_SendForfeitureLetter";
    public static final String START_INVORDERING = "Task_StartCollection";
    public static final String NEXT_PERIOD = "Event_NextPeriod";
    public static final String ADVISE_NEXT_STEP = "Task_AdviseNextStep";
    public static final String MAXIMUM_REACHED = "EndEvent_MaximumReached";
    public static final String SEND_COMPLIED = "Task_SendComplied";
    public static final String COMPLIED = "EndEvent_Complied";
    public static final String BD_TERM_ENDED = "Event_BdTermEnded";
    public static final String RECHECK_BD = "Task_RecheckBd";
    public static final String EXECUTE_BESTUURSDWANG = "Task_ExecuteBestuursdwang";
    public static final String BESTUURSDWANG_APPLIED = "EndEvent_BestuursdwangApplied";
    public static final String SUSPENDED = "Event_Suspended";
    public static final String AWAIT_RULING = "Task_AwaitRuling";
    public static final String SET_NEW_TERM = "Task_SetNewTerm";
    /** The case learns the decision on an objection against one of its decisions (message BezwaarBeslist). */
    public static final String APPLY_BEZWAAR_DECISION = "Task_ApplyObjectionDecision";
    public static final String BEZWAAR_PROCESSED = "EndEvent_ObjectionProcessed";
    public static final String REVOKED = "EndEvent_Revoked";
    public static final String DECIDE_OPHEFFING = "Task_DecideLifting";
    public static final String OPGEHEVEN = "EndEvent_Lifted";
    public static final String SUSPEND_LOOPTIJD = "Task_SuspendLooptijd";
    public static final String LAST_ENDED = "Event_LastEnded";
    public static final String REPORT_OUTCOME = "Task_ReportOutcome";
    public static final String DONE = "EndEvent_Done";

    public static final String PAYMENT_TERM_ENDED = "Event_PaymentTermEnded";
    public static final String HEAR_PROVIDER = "Task_HearProvider";
    public static final String DECIDE_INVORDERING = "Task_DecideCollection";
    public static final String SEND_AANMANING = "Task_SendReminder";
    public static final String BOOK_AANMANINGSKOSTEN = "Task_BookReminderFee";
    public static final String SEND_HEARING_INVITATION = "Task_SendHearingInvitation";
    public static final String SEND_DWANGBEVEL = "Task_SendWarrant";
    public static final String DECIDE_INVORDERING_REQUEST = "Task_DecideCollectionRequest";
    public static final String AANMANING_TERM_ENDED = "Event_ReminderTermEnded";
    public static final String ISSUE_DWANGBEVEL = "Task_IssueWarrant";
    public static final String DWANGBEVEL_ISSUED = "EndEvent_WarrantIssued";
    public static final String VERJARING_WARNING = "Event_VerjaringWarning";
    public static final String VERJARING_REACHED = "Event_VerjaringReached";
    public static final String VERJARING_MONITOR = "SubProcess_Verjaring";
    public static final String VERJARING_EXTENDED_RECHECK = "Event_VerjaringExtendedRecheck";
    public static final String VERJARING_CHANGED = "Event_VerjaringChanged";
    public static final String CLAIM_VERJAARD = "EndEvent_Lapsed";
    public static final String PAID = "EndEvent_Paid";
    public static final String INVORDERING_WAIVED = "EndEvent_CollectionWaived";
    /** The collection case learns the decision on an objection against its invorderingsbeschikking. */
    public static final String APPLY_BEZWAAR_TO_INVORDERING = "Task_ApplyObjectionToCollection";
    public static final String INVORDERING_WITHDRAWN_ON_BEZWAAR = "EndEvent_CollectionWithdrawn";
    public static final String INVORDERING_BEZWAAR_PROCESSED = "EndEvent_CollectionObjectionProcessed";

    private Elements() {
    }
  }

  /** Variables of both processes. Dates are ISO texts; amounts are numbers from the forms. */
  public static final class Variables {
    /** {@code dwangsom} or {@code bestuursdwang}. */
    public static final ProcessVariable<String> SANCTION_TYPE = ProcessVariable.string("sanctionType");
    public static final ProcessVariable<String> LAST_DESCRIPTION = ProcessVariable.string("lastDescription");
    /** The measures that end the violation, in the voornemen, the decision and the letters (dwangsom-voornemen). */
    public static final ProcessVariable<String> REMEDY_MEASURES = ProcessVariable.string("remedyMeasures");
    /** The begunstigingstermijn as an ISO period, e.g. {@code P4W}. */
    public static final ProcessVariable<String> COMPLIANCE_TERM = ProcessVariable.string("complianceTerm");
    public static final ProcessVariable<Boolean> URGENT = ProcessVariable.bool("urgent");
    /** {@code ineens}, {@code perTijdseenheid} or {@code perOvertreding}. */
    public static final ProcessVariable<String> DWANGSOM_KIND = ProcessVariable.string("dwangsomKind");
    public static final ProcessVariable<Object> DWANGSOM_AMOUNT = new ProcessVariable<>("dwangsomAmount", Object.class);
    public static final ProcessVariable<Object> DWANGSOM_MAXIMUM = new ProcessVariable<>("dwangsomMaximum", Object.class);
    /** The time unit of a per-time-unit dwangsom, also the recheck interval per violation. */
    public static final ProcessVariable<String> TIME_UNIT = ProcessVariable.string("timeUnit");
    public static final ProcessVariable<String> ZIENSWIJZE_TERM = ProcessVariable.string("zienswijzeTerm");
    public static final ProcessVariable<Boolean> SKIP_HEARING = ProcessVariable.bool("skipHearing");
    public static final ProcessVariable<String> SKIP_HEARING_MOTIVATION = ProcessVariable.string("skipHearingMotivation");
    /** {@code opleggen} or {@code afzien}. */
    public static final ProcessVariable<String> DECISION = ProcessVariable.string("decision");
    public static final ProcessVariable<String> DECISION_MOTIVATION = ProcessVariable.string("decisionMotivation");
    public static final ProcessVariable<String> DECISION_SENT_ON = ProcessVariable.string("decisionSentOn");
    public static final ProcessVariable<String> OBJECTION_TERM_ENDS = ProcessVariable.string("objectionTermEnds");
    /** The last day to comply (end of the begunstigingstermijn). */
    public static final ProcessVariable<String> COMPLIANCE_DEADLINE = ProcessVariable.string("complianceDeadline");
    /** {@code nageleefd} or {@code nietNageleefd}. */
    public static final ProcessVariable<String> COMPLIANCE_FINDING = ProcessVariable.string("complianceFinding");
    public static final ProcessVariable<String> RECHECK_DATE = ProcessVariable.string("recheckDate");
    public static final ProcessVariable<String> RECHECK_FINDINGS = ProcessVariable.string("recheckFindings");
    public static final ProcessVariable<Object> VIOLATION_COUNT = new ProcessVariable<>("violationCount", Object.class);
    public static final ProcessVariable<Long> LAST_FORFEITURE_ID = new ProcessVariable<>("lastForfeitureId", Long.class);
    public static final ProcessVariable<String> LAST_FORFEITED_ON = ProcessVariable.string("lastForfeitedOn");
    public static final ProcessVariable<String> LAST_FORFEITURE_AMOUNT = ProcessVariable.string("lastForfeitureAmount");
    public static final ProcessVariable<String> LAST_PAY_BY = ProcessVariable.string("lastPayBy");
    public static final ProcessVariable<String> LAST_FORFEITURE_REFERENCE = ProcessVariable.string("lastForfeitureReference");
    public static final ProcessVariable<String> TOTAL_FORFEITED = ProcessVariable.string("totalForfeited");
    public static final ProcessVariable<Integer> FORFEITURE_COUNT = new ProcessVariable<>("forfeitureCount", Integer.class);
    public static final ProcessVariable<Boolean> MAXIMUM_REACHED = ProcessVariable.bool("maximumReached");
    public static final ProcessVariable<String> NEXT_STEP_ADVICE = ProcessVariable.string("nextStepAdvice");
    public static final ProcessVariable<String> OBJECTION_RECEIVED_ON = ProcessVariable.string("objectionReceivedOn");
    public static final ProcessVariable<String> OBJECTION_DECIDED_ON = ProcessVariable.string("objectionDecidedOn");
    /** {@code gegrond}, {@code deelsGegrond}, {@code ongegrond} or {@code nietOntvankelijk}. */
    public static final ProcessVariable<String> OBJECTION_OUTCOME = ProcessVariable.string("objectionOutcome");
    /** The objection's own case number ({@code BZW-…}), sent with BezwaarBeslist. */
    public static final ProcessVariable<String> OBJECTION_CASE_NUMBER = ProcessVariable.string("objectionCaseNumber");
    /** The kind of decision the objection was against, sent with BezwaarBeslist (see the objection process). */
    public static final ProcessVariable<String> OBJECTION_DECISION_KIND = ProcessVariable.string("objectionDecisionKind");
    /** Deels gegrond: the lower amount per forfeiture the decision on the objection sets, e.g. {@code "500.00"}. */
    public static final ProcessVariable<String> REDUCED_AMOUNT = ProcessVariable.string("reducedAmount");
    /** Deels gegrond: the lower maximum the decision on the objection sets (art. 5:32b Awb). */
    public static final ProcessVariable<String> REDUCED_MAXIMUM = ProcessVariable.string("reducedMaximum");
    /** Deels gegrond: the sequence numbers of the forfeitures the decision on the objection withdraws, e.g. "1, 3". */
    public static final ProcessVariable<String> WITHDRAWN_FORFEITURES = ProcessVariable.string("withdrawnForfeitures");
    /** Set by the collection case's step that takes in BezwaarBeslist: the invorderingsbeschikking was revoked. */
    public static final ProcessVariable<Boolean> COLLECTION_REVOKED_ON_OBJECTION =
        ProcessVariable.bool("collectionRevokedOnObjection");
    /** Set by the step that takes in BezwaarBeslist: the last was revoked or lifted, the case ends. */
    public static final ProcessVariable<Boolean> LAST_ENDED_ON_OBJECTION = ProcessVariable.bool("lastEndedOnObjection");
    /** Paid forfeitures ordered to be refunded after the last was revoked, and their total in euros. */
    public static final ProcessVariable<Integer> REFUND_COUNT = new ProcessVariable<>("refundCount", Integer.class);
    public static final ProcessVariable<String> REFUND_TOTAL = ProcessVariable.string("refundTotal");
    /** Input of a verjaring step: the {@link nl.wmotoezicht.dwangsom.VerjaringEventKind} it records. */
    public static final ProcessVariable<String> VERJARING_EVENT = ProcessVariable.string("verjaringEvent");
    /**
     * The day of a remedy event reported by the legal department (ISO date) when it is not today, e.g. the day of
     * a judgment; consumed by the step that records it.
     */
    public static final ProcessVariable<String> REMEDY_DATE = ProcessVariable.string("remedyDate");
    /** Local to a verjaring step: the day it recorded, for its output mapping. */
    public static final ProcessVariable<String> REMEDY_RECORDED_ON = ProcessVariable.string("remedyRecordedOn");
    public static final ProcessVariable<String> JUDGMENT_RECHTBANK_ON = ProcessVariable.string("judgmentRechtbankOn");
    /** Art. 5:34 Awb: the number of days the college suspends the running of the last (form of the lifting request). */
    public static final ProcessVariable<Object> SUSPENSION_DAYS = new ProcessVariable<>("suspensionDays", Object.class);
    /** The day the suspension was decided and its length in days, as recorded by the suspension step. */
    public static final ProcessVariable<String> SUSPENDED_FROM = ProcessVariable.string("suspendedFrom");
    public static final ProcessVariable<Integer> SUSPENDED_DAYS = new ProcessVariable<>("suspendedDays", Integer.class);
    /** The last day of the begunstigingstermijn before the suspension moved it. */
    public static final ProcessVariable<String> PREVIOUS_COMPLIANCE_DEADLINE =
        ProcessVariable.string("previousComplianceDeadline");
    /** How the case ended: nageleefd, maximumBereikt, bestuursdwangToegepast, herroepen, opgeheven, afgezien. */
    public static final ProcessVariable<String> OUTCOME = ProcessVariable.string("outcome");
    /** The provider's zienswijze on the voornemen (art. 4:8 Awb), with message {@code ZienswijzeOntvangen}. */
    public static final ProcessVariable<String> ZIENSWIJZE = ProcessVariable.string("zienswijze");
    /** The {@link #OUTCOME} as message {@code DwangsomUitkomst} hands it to the case that asked for the last. */
    public static final ProcessVariable<String> REPORTED_OUTCOME = ProcessVariable.string("dwangsomOutcome");

    // collection of one forfeiture
    public static final ProcessVariable<String> DWANGSOM_CASE_NUMBER = ProcessVariable.string("dwangsomCaseNumber");
    public static final ProcessVariable<Long> FORFEITURE_ID = new ProcessVariable<>("forfeitureId", Long.class);
    public static final ProcessVariable<Integer> SEQUENCE_NO = new ProcessVariable<>("sequenceNo", Integer.class);
    public static final ProcessVariable<String> FORFEITURE_AMOUNT = ProcessVariable.string("forfeitureAmount");
    public static final ProcessVariable<String> FORFEITED_ON = ProcessVariable.string("forfeitedOn");
    public static final ProcessVariable<String> PAY_BY = ProcessVariable.string("payBy");
    public static final ProcessVariable<String> VERJARING_DATE = ProcessVariable.string("verjaringDate");
    /** A remedy against the last pending on the verjaring date extends it until decided (art. 5:35 lid 2 Awb). */
    public static final ProcessVariable<Boolean> VERJARING_UNTIL_DECIDED = ProcessVariable.bool("verjaringUntilDecided");
    /** The verjaring date and extension the running timers were set for; a change interrupts them. */
    public static final ProcessVariable<String> MONITORED_VERJARING = ProcessVariable.string("monitoredVerjaring");
    /** The verjaring date the college was last warned about. */
    public static final ProcessVariable<String> VERJARING_WARNED_FOR = ProcessVariable.string("verjaringWarnedFor");
    public static final ProcessVariable<Boolean> VERJAARD = ProcessVariable.bool("verjaard");
    public static final ProcessVariable<String> COLLECTION_DECISION_SENT_ON = ProcessVariable.string("collectionDecisionSentOn");
    public static final ProcessVariable<String> PAID_ON = ProcessVariable.string("paidOn");
    /** The aanmaningskosten charged (art. 4:113 Awb), e.g. {@code "15.00"}; null when none. */
    public static final ProcessVariable<String> REMINDER_FEE = ProcessVariable.string("reminderFee");
    /** Form of the hearing before collection (invordering-horen): ISO date the provider was heard, and the notes. */
    public static final ProcessVariable<String> HEARING_DATE = ProcessVariable.string("hearingDate");
    public static final ProcessVariable<String> HEARING_NOTES = ProcessVariable.string("hearingNotes");
    /** Form of the college's decision on collection (invordering-beschikking): {@code invorderen} or {@code afzien}. */
    public static final ProcessVariable<String> COLLECTION_DECISION = ProcessVariable.string("collectionDecision");
    public static final ProcessVariable<String> COLLECTION_MOTIVATION = ProcessVariable.string("collectionMotivation");
    /** Form of the dwangbevel (invordering-dwangbevel): ISO date it was issued, and the bailiff who serves it. */
    public static final ProcessVariable<String> WARRANT_ISSUED_ON = ProcessVariable.string("warrantIssuedOn");
    public static final ProcessVariable<String> BAILIFF = ProcessVariable.string("bailiff");
    /** The last day of the term to be heard before the invorderingsbeschikking (art. 4:8 Awb). */
    public static final ProcessVariable<String> HEARING_TERM_ENDS = ProcessVariable.string("hearingTermEnds");

    private Variables() {
    }
  }

  private DwangsomProcess() {
  }
}

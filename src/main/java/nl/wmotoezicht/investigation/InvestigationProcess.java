package nl.wmotoezicht.investigation;

import nl.wmotoezicht.kernel.CaseHandOver;
import nl.wmotoezicht.kernel.ProcessVariable;
import nl.wmotoezicht.kernel.ReporterVariables;

/**
 * The signal-driven investigation ({@code processes/signaalonderzoek.bpmn}): its key, messages, element ids and
 * variables, named once for delegates, listeners, the intake controller and tests.
 */
public final class InvestigationProcess {

  public static final String KEY = "signaalonderzoek";
  /** Prefix of this process's case numbers. */
  public static final String CASE_PREFIX = "SIG";
  /** The decision table of the triage. */
  public static final String TRIAGE_DECISION = "signaalTriage";

  /** Message names. */
  public static final class Messages {
    /** Start: a signal from a citizen or client, the access team, a contract manager, the IKZ or another supervisor. */
    public static final String SIGNAL_RECEIVED = "SignaalOntvangen";
    /** Start: a calamity escalated to an investigation (the calamity process's hand-over). */
    public static final String CALAMITY_ESCALATED = "CalamiteitGeescaleerd";
    /** The provider reports that it repaired the shortcomings of the herstelaanbod; business key = case number. */
    public static final String REPAIR_REPORTED = "HerstelGemeld";
    /** The provider's zienswijze on the concept report; business key = case number. */
    public static final String ZIENSWIJZE_RECEIVED = "ZienswijzeRapportOntvangen";
    /** Asks the last onder dwangsom for the duty to cooperate (art. 5:20 Awb). */
    public static final String DWANGSOM_REQUESTED = "LastOnderDwangsomGevraagd";
    /** The outcome of that last. */
    public static final String DWANGSOM_OUTCOME = "DwangsomUitkomst";
    /** Starts the publication of the final report (process openbaarmaking). */
    public static final String PREPARE_PUBLICATION = "PublicatieVoorbereiden";
    /** Starts the intervention pyramid with the advice to enforce. */
    public static final String ENFORCEMENT_ADVISED = "HandhavingGeadviseerd";

    private Messages() {
    }
  }

  /** BPMN element ids. */
  public static final class Elements {
    public static final String START_SIGNAL_RECEIVED = "StartEvent_SignalReceived";
    public static final String START_CALAMITY_ESCALATED = "StartEvent_CalamityEscalated";
    public static final String START_BY_HAND = "StartEvent_RegisteredByHand";
    public static final String REGISTER_SIGNAL = "Task_RegisterSignal";
    public static final String TRIAGE = "Task_Triage";
    public static final String EVALUATE_TRIAGE = "Task_EvaluateTriage";
    public static final String DECIDE_LEAD_MUNICIPALITY = "Task_DecideLeadMunicipality";
    public static final String RECORD_LEAD_MUNICIPALITY = "Task_RecordLeadMunicipality";
    public static final String INFORM_IKZ = "Task_InformIkz";
    public static final String FEEDBACK_PICKED_UP = "Task_FeedbackPickedUp";
    public static final String NOT_IN_SCOPE = "EndEvent_NotInScope";
    public static final String RECORD_POWER_USE = "Task_RecordPowerUse";
    public static final String REQUEST_COOPERATION_DWANGSOM = "Task_RequestCooperationDwangsom";
    public static final String AWAIT_DWANGSOM_OUTCOME = "Task_AwaitDwangsomOutcome";
    public static final String JUDGE_THEMES = "Task_JudgeThemes";
    /** Calls {@link ReportingProcess}: herstel, reports, zienswijze and publication. */
    public static final String CALL_REPORTING = "Call_Reporting";
    public static final String ADVISE_COLLEGE = "Task_AdviseCollege";
    public static final String SEND_ADVICE = "Task_SendAdvice";
    public static final String HAND_OVER_TO_ENFORCEMENT = "Task_HandOverToEnforcement";
    public static final String CLOSING_FEEDBACK = "Task_ClosingFeedback";
    public static final String CLOSED = "EndEvent_Closed";

    private Elements() {
    }
  }

  /** Process variables; names are those of the intake API, the forms, the mail and report templates. */
  public static final class Variables {
    // the signal, as the intake API receives it
    public static final ProcessVariable<String> REPORTER_REFERENCE = ReporterVariables.REPORTER_REFERENCE;
    /** burger, toegang, contractmanager, ikz, toezichthouder; calamiteit for a hand-over. */
    public static final ProcessVariable<String> SIGNAL_SOURCE = ProcessVariable.string("signalSource");
    public static final ProcessVariable<String> LOCATION = ProcessVariable.string("location");
    public static final ProcessVariable<String> DESCRIPTION = ProcessVariable.string("description");
    public static final ProcessVariable<String> OBSERVED_ON = ProcessVariable.string("observedOn");
    public static final ProcessVariable<String> REPORTER_NAME = ReporterVariables.REPORTER_NAME;
    public static final ProcessVariable<String> REPORTER_EMAIL = ReporterVariables.REPORTER_EMAIL;
    public static final ProcessVariable<String> REPORTER_PHONE = ReporterVariables.REPORTER_PHONE;
    /** The user who registered the signal by hand (absent for signals by message). */
    public static final ProcessVariable<String> INITIATOR = ProcessVariable.string("initiator");
    /** Derived: the reporter has an e-mail address, so gets feedback by mail. */
    public static final ProcessVariable<Boolean> REPORTER_MAILABLE = ProcessVariable.bool("reporterMailable");
    // from a calamity's hand-over
    public static final ProcessVariable<String> ORIGIN_PROCESS = CaseHandOver.ORIGIN_PROCESS;
    public static final ProcessVariable<String> FINDINGS = ProcessVariable.string("findings");

    // triage (the inputs keep the Dutch names of the decision table)
    /** kwaliteit, rechtmatigheid or beide. */
    public static final ProcessVariable<String> SUBJECT = ProcessVariable.string("onderwerp");
    public static final ProcessVariable<Boolean> IN_SCOPE = ProcessVariable.bool("binnenReikwijdte");
    public static final ProcessVariable<Boolean> ACUTE_DANGER = ProcessVariable.bool("acuutGevaarClienten");
    public static final ProcessVariable<Boolean> MANY_CLIENTS = ProcessVariable.bool("veelClientenGeraakt");
    public static final ProcessVariable<Boolean> FRAUD_SUSPECTED = ProcessVariable.bool("vermoedenFraude");
    public static final ProcessVariable<String> TRIAGE_MOTIVATION = ProcessVariable.string("triageMotivation");
    /** spoed, hoog or normaal. */
    public static final ProcessVariable<String> URGENCY = ProcessVariable.string("urgency");
    public static final ProcessVariable<Integer> START_WORKING_DAYS = new ProcessVariable<>("investigationWorkingDays", Integer.class);
    /** ISO date: the investigation starts (first use of a power) by this day. */
    public static final ProcessVariable<String> START_DEADLINE = ProcessVariable.string("investigationStartDeadline");
    public static final ProcessVariable<Boolean> PASS_TO_IKZ = ProcessVariable.bool("passToIkz");
    public static final ProcessVariable<String> TRIAGE_NOTE = ProcessVariable.string("triageNote");
    public static final ProcessVariable<String> LEAD_MUNICIPALITY = ProcessVariable.string("leadMunicipality");
    public static final ProcessVariable<String> LEAD_MUNICIPALITY_NAME = ProcessVariable.string("leadMunicipalityName");
    public static final ProcessVariable<String> LEAD_REASON = ProcessVariable.string("leadReason");

    // each use of an Awb power
    /** awb-5:15, awb-5:16, awb-5:17 or wmo-6.1-lid2. */
    public static final ProcessVariable<String> POWER_LEGAL_BASIS = ProcessVariable.string("powerLegalBasis");
    public static final ProcessVariable<String> POWER_DATE = ProcessVariable.string("powerDate");
    public static final ProcessVariable<String> POWER_DESCRIPTION = ProcessVariable.string("powerDescription");
    /** Necessity and proportionality (art. 5:13 Awb): required. */
    public static final ProcessVariable<String> POWER_MOTIVATION = ProcessVariable.string("powerMotivation");
    public static final ProcessVariable<String> REFUSAL_DESCRIPTION = ProcessVariable.string("refusalDescription");
    public static final ProcessVariable<Boolean> ANOTHER_POWER = ProcessVariable.bool("anotherPower");
    /** Every use so far, as a JSON array of objects (a String variable: readable in Cockpit and history). */
    public static final ProcessVariable<String> POWERS_USED = ProcessVariable.string("powersUsed");
    /** The same, one line per use, for letters and reports. */
    public static final ProcessVariable<String> POWERS_USED_TEXT = ProcessVariable.string("powersUsedText");
    /** The provider refused to cooperate with this use of a power (art. 5:20 Awb). */
    public static final ProcessVariable<Boolean> COOPERATION_REFUSED = ProcessVariable.bool("cooperationRefused");
    public static final ProcessVariable<String> DWANGSOM_OUTCOME = ProcessVariable.string("dwangsomOutcome");

    // judgement per theme: voldoet, voldoetDeels, voldoetNiet
    public static final ProcessVariable<String> THEME_CLIENT_CENTRED = ProcessVariable.string("judgementClientgerichtheid");
    public static final ProcessVariable<String> THEME_PROFESSIONALISM = ProcessVariable.string("judgementProfessionaliteit");
    public static final ProcessVariable<String> THEME_SAFETY = ProcessVariable.string("judgementVeiligheid");
    public static final ProcessVariable<String> FINDINGS_CLIENT_CENTRED = ProcessVariable.string("findingsClientgerichtheid");
    public static final ProcessVariable<String> FINDINGS_PROFESSIONALISM = ProcessVariable.string("findingsProfessionaliteit");
    public static final ProcessVariable<String> FINDINGS_SAFETY = ProcessVariable.string("findingsVeiligheid");
    /** Derived: at least one theme does not fully meet the norm. */
    public static final ProcessVariable<Boolean> SHORTCOMINGS = ProcessVariable.bool("shortcomings");
    /** Derived: the judgement in one text, for letters, the pyramid and the report. */
    public static final ProcessVariable<String> JUDGEMENT_SUMMARY = ProcessVariable.string("judgementSummary");

    // herstelaanbod or escalation at once
    /** herstelaanbod or escaleren. */
    public static final ProcessVariable<String> REPAIR_ROUTE = ProcessVariable.string("repairRoute");
    public static final ProcessVariable<String> REPAIR_ACTIONS = ProcessVariable.string("repairActions");
    /** The term as an ISO period, e.g. P4W. */
    public static final ProcessVariable<String> REPAIR_TERM = ProcessVariable.string("repairTerm");
    /** ISO date: the last day of the herstelaanbod. */
    public static final ProcessVariable<String> REPAIR_DEADLINE = ProcessVariable.string("repairDeadline");
    public static final ProcessVariable<String> ESCALATION_MOTIVATION = ProcessVariable.string("escalationMotivation");
    /** The provider's report of the repair (message HerstelGemeld). */
    public static final ProcessVariable<String> REPAIR_REPORT = ProcessVariable.string("repairReport");
    public static final ProcessVariable<Boolean> REPAIR_SUFFICIENT = ProcessVariable.bool("repairSufficient");
    public static final ProcessVariable<String> REPAIR_ASSESSMENT = ProcessVariable.string("repairAssessment");

    // reports
    public static final ProcessVariable<String> REPORT_CONCLUSION = ProcessVariable.string("reportConclusion");
    public static final ProcessVariable<String> CONCEPT_REPORT_DOCUMENT = ProcessVariable.string("conceptReportDocumentId");
    public static final ProcessVariable<String> ZIENSWIJZE_DEADLINE = ProcessVariable.string("zienswijzeDeadline");
    /** The provider's zienswijze (message ZienswijzeRapportOntvangen). */
    public static final ProcessVariable<String> ZIENSWIJZE = ProcessVariable.string("zienswijze");
    public static final ProcessVariable<Boolean> ZIENSWIJZE_RECEIVED = ProcessVariable.bool("zienswijzeReceived");
    public static final ProcessVariable<String> ZIENSWIJZE_RESPONSE = ProcessVariable.string("zienswijzeResponse");
    public static final ProcessVariable<String> FINAL_CONCLUSION = ProcessVariable.string("finalConclusion");
    public static final ProcessVariable<String> FINAL_REPORT_DOCUMENT = ProcessVariable.string("finalReportDocumentId");
    public static final ProcessVariable<String> PUBLICATION_PROCESS_INSTANCE = ProcessVariable.string("publicationProcessInstanceId");

    // advice to the college
    /** geenActie, verbeteringMonitoren or handhaven. */
    public static final ProcessVariable<String> ADVICE = ProcessVariable.string("adviceOutcome");
    public static final ProcessVariable<String> ADVICE_MOTIVATION = ProcessVariable.string("adviceMotivation");
    /** Seriousness of the situation for the measure matrix: groot, gemiddeld or klein. */
    public static final ProcessVariable<String> SERIOUSNESS = ProcessVariable.string("seriousness");
    /** Chance of recurrence for the measure matrix: groot, gemiddeld or klein. */
    public static final ProcessVariable<String> RECURRENCE_CHANCE = ProcessVariable.string("recurrenceChance");
    public static final ProcessVariable<String> ENFORCEMENT_PROCESS_INSTANCE =
        ProcessVariable.string("enforcementProcessInstanceId");

    private Variables() {
    }
  }

  private InvestigationProcess() {
  }
}

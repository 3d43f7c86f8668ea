package nl.wmotoezicht.calamity;

import nl.wmotoezicht.kernel.ProcessVariable;
import nl.wmotoezicht.kernel.ReporterVariables;

/**
 * The calamity process ({@code processes/calamiteit.bpmn}): its key, messages, element ids and
 * variables, named once for delegates, controllers and tests.
 */
public final class CalamityProcess {

  public static final String KEY = "calamiteit";
  /** Prefix of this process's case numbers. */
  public static final String CASE_PREFIX = "CAL";

  /** Message names of the process's events. */
  public static final class Messages {
    /** Start: a provider's report of a calamity or violence (meldplicht art. 3.4 Wmo). */
    public static final String REPORTED = "CalamiteitGemeld";
    /** The provider's own investigation report arrived. */
    public static final String PROVIDER_INVESTIGATION = "CalamiteitOnderzoekAanbieder";
    /** Hand-over to the signal-driven investigation. */
    public static final String ESCALATED_TO_INVESTIGATION = "CalamiteitGeescaleerd";
    /** Hand-over to the intervention pyramid with an enforcement advice. */
    public static final String ENFORCEMENT_ADVISED = "HandhavingGeadviseerd";

    private Messages() {
    }
  }

  /** BPMN element ids. */
  public static final class Elements {
    public static final String START_REPORTED = "StartEvent_CalamityReported";
    public static final String START_BY_HAND = "StartEvent_RegisteredByHand";
    public static final String REGISTER_REPORT = "Task_RegisterReport";
    public static final String CONTACT_REPORTER = "Task_ContactReporter";
    public static final String INFORM_MUNICIPALITY = "Task_InformMunicipality";
    public static final String INFORM_IGJ = "Task_InformIgj";
    public static final String COORDINATE_WITH_IGJ = "Task_CoordinateWithIgj";
    public static final String JOIN_INTAKE = "Gateway_JoinIntake";
    public static final String CHOOSE_INVESTIGATION = "Task_ChooseInvestigation";
    public static final String OWN_INVESTIGATION = "Task_OwnInvestigation";
    public static final String REQUEST_PROVIDER_INVESTIGATION = "Task_RequestProviderInvestigation";
    public static final String AWAIT_PROVIDER_REPORT = "Task_AwaitProviderReport";
    public static final String REMINDER_DUE = "Event_ReminderDue";
    public static final String REMIND_PROVIDER = "Task_RemindProvider";
    public static final String REMINDER_SENT = "EndEvent_ReminderSent";
    public static final String REPORT_OVERDUE = "Event_ReportOverdue";
    public static final String HANDLE_OVERDUE_REPORT = "Task_HandleOverdueReport";
    public static final String LATE_REPORT_RECEIVED = "Event_LateReportReceived";
    public static final String NOTIFY_EXTENSION = "Task_NotifyExtension";
    public static final String ASSESS_INVESTIGATION = "Task_AssessInvestigation";
    public static final String SEND_CLOSING_LETTER = "Task_SendClosingLetter";
    public static final String CLOSED = "EndEvent_Closed";
    public static final String HAND_OVER_TO_INVESTIGATION = "Task_HandOverToInvestigation";
    public static final String ESCALATED_TO_INVESTIGATION = "EndEvent_EscalatedToInvestigation";
    public static final String HAND_OVER_TO_ENFORCEMENT = "Task_HandOverToEnforcement";
    public static final String ESCALATED_TO_ENFORCEMENT = "EndEvent_EscalatedToEnforcement";

    private Elements() {
    }
  }

  /** Process variables; names are those of the intake API, the forms and the mail templates. */
  public static final class Variables {
    public static final ProcessVariable<String> REPORTER_REFERENCE = ReporterVariables.REPORTER_REFERENCE;
    public static final ProcessVariable<String> LOCATION = ProcessVariable.string("location");
    public static final ProcessVariable<String> EVENT_DATE = ProcessVariable.string("eventDate");
    /** {@code calamiteit} or {@code geweld} (violence in providing a service). */
    public static final ProcessVariable<String> KIND = ProcessVariable.string("kind");
    public static final ProcessVariable<String> DESCRIPTION = ProcessVariable.string("description");
    public static final ProcessVariable<String> REPORTER_NAME = ReporterVariables.REPORTER_NAME;
    public static final ProcessVariable<String> REPORTER_EMAIL = ReporterVariables.REPORTER_EMAIL;
    public static final ProcessVariable<String> REPORTER_PHONE = ReporterVariables.REPORTER_PHONE;
    public static final ProcessVariable<Boolean> CARE_UNDER_WLZ = ProcessVariable.bool("careUnderWlz");
    public static final ProcessVariable<Boolean> CARE_UNDER_ZVW = ProcessVariable.bool("careUnderZvw");
    public static final ProcessVariable<Boolean> CARE_UNDER_JEUGDWET = ProcessVariable.bool("careUnderJeugdwet");
    /** Derived at registration: the provider also had to report to the IGJ. */
    public static final ProcessVariable<Boolean> IGJ_COORDINATION_REQUIRED = ProcessVariable.bool("igjCoordinationRequired");
    public static final ProcessVariable<String> RECEIVED_AT = ProcessVariable.string("receivedAt");
    /**
     * Days from the event to the receipt of the report (Europe/Amsterdam calendar days), set at registration. The
     * provider reports "onverwijld" (art. 3.4 lid 1 Wmo 2015); see {@link #REPORTED_LATE}.
     */
    public static final ProcessVariable<Integer> REPORT_DELAY_DAYS = new ProcessVariable<>("reportDelayDays",
        Integer.class);
    /**
     * Set at registration: the report came more than {@code wmo.calamity.late-report-after-days} days after the event,
     * so not "onverwijld" (art. 3.4 lid 1 Wmo 2015); the supervisor sees it in the intake task and the case status.
     */
    public static final ProcessVariable<Boolean> REPORTED_LATE = ProcessVariable.bool("reportedLate");
    /** The user who registered the report by hand (absent for reports by message). */
    public static final ProcessVariable<String> INITIATOR = ProcessVariable.string("initiator");

    /** {@code toezichthouder} or {@code aanbieder}. */
    public static final ProcessVariable<String> INVESTIGATION_BY = ProcessVariable.string("investigationBy");
    /** Form of the choice of investigation (calamiteit-onderzoeksvorm): why this form of investigation. */
    public static final ProcessVariable<String> INVESTIGATION_CHOICE_MOTIVATION =
        ProcessVariable.string("investigationChoiceMotivation");
    /** Form of the contact with the reporter (calamiteit-contact-melder): ISO date of the contact and its notes. */
    public static final ProcessVariable<String> CONTACT_DATE = ProcessVariable.string("contactDate");
    public static final ProcessVariable<String> CONTACT_NOTES = ProcessVariable.string("contactNotes");
    /** Form of the coordination with the IGJ (calamiteit-afstemming-igj): who leads, and what was agreed. */
    public static final ProcessVariable<String> IGJ_LEAD = ProcessVariable.string("igjLead");
    public static final ProcessVariable<String> IGJ_AGREEMENTS = ProcessVariable.string("igjAgreements");
    /** ISO date: the last day for the provider's investigation report. */
    public static final ProcessVariable<String> PROVIDER_INVESTIGATION_DEADLINE =
        ProcessVariable.string("providerInvestigationDeadline");
    public static final ProcessVariable<String> PROVIDER_REPORT_SUMMARY = ProcessVariable.string("providerReportSummary");
    /** {@code verlengen}, {@code eigenOnderzoek} or {@code beoordelen}. */
    public static final ProcessVariable<String> OVERDUE_ACTION = ProcessVariable.string("overdueAction");
    public static final ProcessVariable<String> OWN_FINDINGS = ProcessVariable.string("ownFindings");
    public static final ProcessVariable<Boolean> INVESTIGATION_CAREFUL = ProcessVariable.bool("investigationCareful");
    public static final ProcessVariable<Boolean> MEASURES_SUFFICIENT = ProcessVariable.bool("measuresSufficient");
    public static final ProcessVariable<String> ASSESSMENT_FINDINGS = ProcessVariable.string("assessmentFindings");
    /** {@code signaalonderzoek} or {@code interventiepiramide}. */
    public static final ProcessVariable<String> ESCALATION_ROUTE = ProcessVariable.string("escalationRoute");
    /** Seriousness of the situation: {@code groot}, {@code gemiddeld} or {@code klein}. */
    public static final ProcessVariable<String> SERIOUSNESS = ProcessVariable.string("seriousness");
    /** Chance of recurrence or continuation: {@code groot}, {@code gemiddeld} or {@code klein}. */
    public static final ProcessVariable<String> RECURRENCE_CHANCE = ProcessVariable.string("recurrenceChance");

    private Variables() {
    }
  }

  private CalamityProcess() {
  }
}

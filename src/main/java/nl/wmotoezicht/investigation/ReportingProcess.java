package nl.wmotoezicht.investigation;

import nl.wmotoezicht.kernel.ProcessVariable;

/**
 * The shared called process {@code processes/rapportage.bpmn}: herstelaanbod or escalation at once, concept report,
 * the provider's zienswijze, final report and the request for publication. Called by the signal investigation
 * ({@code signaalonderzoek}) and the planned quality inspection ({@code kwaliteitsonderzoek}) with their case number
 * as business key and the variables mapped explicitly on the call activity; its messages ({@code HerstelGemeld},
 * {@code ZienswijzeRapportOntvangen}) are correlated by that case number. Its variables are the investigation's
 * ({@link InvestigationProcess.Variables}). See docs/processen/rapportage.md.
 */
public final class ReportingProcess {

  public static final String KEY = "rapportage";

  /** BPMN element ids. */
  public static final class Elements {
    public static final String START = "StartEvent_ReportingStarted";
    public static final String SHORTCOMINGS = "Gateway_Shortcomings";
    public static final String CHOOSE_REPAIR_OR_ESCALATE = "Task_ChooseRepairOrEscalate";
    public static final String SEND_REPAIR_OFFER = "Task_SendRepairOffer";
    public static final String AWAIT_REPAIR = "Task_AwaitRepair";
    public static final String REPAIR_TERM_EXPIRED = "Event_RepairTermExpired";
    public static final String ASSESS_REPAIR = "Task_AssessRepair";
    public static final String NOTIFY_ESCALATION = "Task_NotifyEscalation";
    public static final String WRITE_CONCEPT_REPORT = "Task_WriteConceptReport";
    public static final String GENERATE_CONCEPT_REPORT = "Task_GenerateConceptReport";
    public static final String SEND_CONCEPT_REPORT = "Task_SendConceptReport";
    public static final String AWAIT_ZIENSWIJZE = "Task_AwaitZienswijze";
    public static final String ZIENSWIJZE_TERM_EXPIRED = "Event_ZienswijzeTermExpired";
    public static final String PROCESS_ZIENSWIJZE = "Task_ProcessZienswijze";
    public static final String FINAL_REPORT = "Task_FinalReport";
    public static final String GENERATE_FINAL_REPORT = "Task_GenerateFinalReport";
    public static final String SEND_FINAL_REPORT = "Task_SendFinalReport";
    public static final String REQUEST_PUBLICATION = "Task_RequestPublication";
    public static final String REPORTED = "EndEvent_Reported";

    private Elements() {
    }
  }

  /** Variables of this process beyond the investigation's. */
  public static final class Variables {
    /** The key of the process that called it (the case's process), e.g. {@code kwaliteitsonderzoek}. */
    public static final ProcessVariable<String> CALLING_PROCESS = ProcessVariable.string("callingProcess");

    private Variables() {
    }
  }

  private ReportingProcess() {
  }
}

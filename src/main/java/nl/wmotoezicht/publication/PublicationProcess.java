package nl.wmotoezicht.publication;

import java.time.LocalDate;
import nl.wmotoezicht.kernel.CaseHandOver;
import nl.wmotoezicht.kernel.ProcessVariable;
import org.camunda.bpm.engine.delegate.VariableScope;

/**
 * The publication process ({@code processes/openbaarmaking.bpmn}): active publication of a final supervision report
 * (Wet open overheid; {@code docs/processen/openbaarmaking.md}). Its key, messages, element ids and variables.
 */
public final class PublicationProcess {

  public static final String KEY = "openbaarmaking";

  /** Message names. All but the start are correlated with {@code businessKey} = the case number. */
  public static final class Messages {
    /**
     * Start, sent by the investigation after its final report, with {@code caseNumber},
     * {@code municipalityCode}, {@code municipalityName}, {@code providerName}, {@code providerKvkNumber},
     * {@code providerEmail}, {@code finalReportDocumentId} and {@code originProcess}.
     */
    public static final String PREPARE = "PublicatieVoorbereiden";
    /** The provider's view on the publication version ({@code publicationView}). */
    public static final String VIEW_RECEIVED = "ZienswijzePublicatieOntvangen";
    /** The provider asked a court to stop publication ({@code courtCaseReference}, optional). */
    public static final String HELD = "PublicatieOpgeschort";
    /** The court's ruling: {@code courtRuling} = {@code toegestaan} or {@code verboden}. */
    public static final String COURT_RULING = "UitspraakPublicatie";
    /**
     * The objection process decided an objection against this case's decision (business key: the case number);
     * variables {@link Variables#OBJECTION_OUTCOME} and {@link Variables#OBJECTION_DECISION_KIND}. Its contract is
     * the dwangsom module's (one name, one contract).
     */
    public static final String OBJECTION_DECIDED = "BezwaarBeslist";

    private Messages() {
    }
  }

  /** BPMN element ids. */
  public static final class Elements {
    public static final String START = "StartEvent_PublicationRequested";
    public static final String REGISTER = "Task_RegisterPublication";
    public static final String DUPLICATE = "EndEvent_AlreadyRegistered";
    public static final String PREPARE_VERSION = "Task_PreparePublicationVersion";
    public static final String GENERATE_VERSION = "Task_GeneratePublicationVersion";
    public static final String NOTIFY_PROVIDER = "Task_NotifyProvider";
    /** Event-based gateway: the wait for the provider's view or the end of its term. */
    public static final String AWAIT_VIEW = "Gateway_AwaitView";
    public static final String VIEW_RECEIVED = "Event_ViewReceived";
    public static final String VIEW_TERM_EXPIRED = "Event_ViewTermExpired";
    public static final String DECIDE = "Task_DecidePublication";
    public static final String SEND_DECISION = "Task_SendDecision";
    public static final String RECORD_NOT_PUBLISHED = "Task_RecordNotPublished";
    public static final String NOT_PUBLISHED = "EndEvent_NotPublished";
    /** Event-based gateway: the wait for the publication date, or for a hold. */
    public static final String AWAIT_PUBLICATION_DATE = "Gateway_AwaitPublicationDate";
    public static final String PUBLICATION_DATE = "Event_PublicationDate";
    public static final String HELD = "Event_PublicationHeld";
    public static final String RECORD_HELD = "Task_RecordHeld";
    public static final String COURT_RULING = "Event_CourtRuling";
    public static final String PUBLICATION_DATE_AFTER_RULING = "Event_PublicationDateAfterRuling";
    public static final String RECORD_FORBIDDEN = "Task_RecordForbidden";
    public static final String FORBIDDEN = "EndEvent_ForbiddenByCourt";
    public static final String PUBLISH = "Task_Publish";
    public static final String PUBLISHED = "EndEvent_Published";
    /** Event subprocess: the decision on an objection against the publication decision arrives. */
    public static final String OBJECTION_DECIDED = "StartEvent_ObjectionDecided";
    public static final String APPLY_OBJECTION_DECISION = "Task_ApplyObjectionDecision";
    public static final String OBJECTION_PROCESSED = "EndEvent_ObjectionProcessed";
    public static final String WITHDRAWN_ON_OBJECTION = "EndEvent_WithdrawnOnObjection";
    public static final String RECORD_WITHDRAWN = "Task_RecordWithdrawn";
    public static final String WITHDRAWN = "EndEvent_Withdrawn";

    private Elements() {
    }
  }

  /** Process variables. */
  public static final class Variables {
    /** The stored final report ({@code wmo_case_document}); never published itself. */
    public static final ProcessVariable<String> FINAL_REPORT_DOCUMENT_ID = ProcessVariable.string("finalReportDocumentId");
    /** The process key of the case that sent the report, e.g. {@code signaalonderzoek}. */
    public static final ProcessVariable<String> ORIGIN_PROCESS = CaseHandOver.ORIGIN_PROCESS;
    /** Set at registration: this case's publication was already registered; the instance ends at once. */
    public static final ProcessVariable<Boolean> ALREADY_REGISTERED = ProcessVariable.bool("publicationAlreadyRegistered");
    /** The id of the publication ({@code wmo_publication}); also in the public address. */
    public static final ProcessVariable<String> PUBLICATION_ID = ProcessVariable.string("publicationId");
    public static final ProcessVariable<String> TITLE = ProcessVariable.string("publicationTitle");
    /** Checked by the supervisor: personal data of clients and staff removed. Required. */
    public static final ProcessVariable<Boolean> PERSONAL_DATA_REMOVED = ProcessVariable.bool("personalDataRemoved");
    /** The generated publication version ({@code wmo_case_document}). */
    public static final ProcessVariable<String> PUBLICATION_DOCUMENT_ID = ProcessVariable.string("publicationDocumentId");
    /** The term for the provider's view, an ISO period; set in the model (customary two weeks). */
    public static final ProcessVariable<String> VIEW_TERM = ProcessVariable.string("viewTerm");
    public static final ProcessVariable<String> VIEW = ProcessVariable.string("publicationView");
    /** {@code publiceren} or {@code nietPubliceren}. */
    public static final ProcessVariable<String> DECISION = ProcessVariable.string("publicationDecision");
    /** ISO date of publication, when publishing. */
    public static final ProcessVariable<String> PUBLICATION_DATE = ProcessVariable.string("publicationDate");
    public static final ProcessVariable<String> MOTIVATION = ProcessVariable.string("publicationMotivation");
    /**
     * The first publication date that gives the provider the advised time to ask the court to stop it (the term
     * {@code bedenktijdOpenbaarmaking} after the decision), ISO; set on the decision task for its form.
     */
    public static final ProcessVariable<String> ADVISED_PUBLICATION_DATE = ProcessVariable.string("advisedPublicationDate");
    /** Why the college publishes before {@link #ADVISED_PUBLICATION_DATE}; required then. */
    public static final ProcessVariable<String> EARLY_PUBLICATION_MOTIVATION =
        ProcessVariable.string("earlyPublicationMotivation");
    /** The named term (terms/termijnen.yaml) between the decision and the advised publication date. */
    public static final String ADVISED_TERM = "bedenktijdOpenbaarmaking";
    /** {@code toegestaan} or {@code verboden}. */
    public static final ProcessVariable<String> COURT_RULING = ProcessVariable.string("courtRuling");
    /** Sent with BezwaarBeslist: {@code gegrond}, {@code deelsGegrond}, {@code ongegrond}, {@code nietOntvankelijk}. */
    public static final ProcessVariable<String> OBJECTION_OUTCOME = ProcessVariable.string("objectionOutcome");
    /** Sent with BezwaarBeslist: the kind of decision objected to; this case's is {@code openbaarmaking}. */
    public static final ProcessVariable<String> OBJECTION_DECISION_KIND = ProcessVariable.string("objectionDecisionKind");
    /** The decision kind of the college's publication decision in the objection process. */
    public static final String PUBLICATION_DECISION_KIND = "openbaarmaking";
    /** Set when an objection was decided: the publication decision was revoked, the case ends unpublished. */
    public static final ProcessVariable<Boolean> WITHDRAWN_ON_OBJECTION =
        ProcessVariable.bool("publicationWithdrawnOnObjection");
    /** How the case ended when not by publication; {@code ingetrokkenOpBezwaar} after an upheld objection. */
    public static final ProcessVariable<String> OUTCOME = ProcessVariable.string("outcome");

    /** The three quality themes, as they end the names of the judgement and findings variables. */
    public static final String[] THEMES = {"Clientgerichtheid", "Professionaliteit", "Veiligheid"};
    /** Prefix of the investigation's judgement per theme ({@code judgementVeiligheid}: voldoet / voldoetDeels / voldoetNiet). */
    public static final String JUDGEMENT_PREFIX = "judgement";
    /** Prefix of the investigation's findings per theme ({@code findingsVeiligheid}). */
    public static final String FINDINGS_PREFIX = "findings";
    /** Prefix of the findings as published, edited by the supervisor ({@code publicationFindingsVeiligheid}). */
    public static final String PUBLICATION_FINDINGS_PREFIX = "publicationFindings";
    /** The investigation's conclusion, and the published one. */
    public static final String CONCLUSION = "conclusion";
    public static final String PUBLICATION_CONCLUSION = "publicationConclusion";

    private Variables() {
    }

    /** Whether the variable is absent or blank. */
    public static boolean isBlank(VariableScope scope, String name) {
      Object value = scope.getVariable(name);
      return value == null || value.toString().isBlank();
    }

    /** The {@link #PUBLICATION_DATE} as a date, or null when there is none. */
    public static LocalDate publicationDate(VariableScope scope) {
      return PUBLICATION_DATE.find(scope).filter(d -> !d.isBlank()).map(d -> LocalDate.parse(d.substring(0, 10)))
          .orElse(null);
    }
  }

  private PublicationProcess() {
  }
}

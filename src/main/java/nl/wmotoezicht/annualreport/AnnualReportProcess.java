package nl.wmotoezicht.annualreport;

import nl.wmotoezicht.kernel.ProcessVariable;

/**
 * The annual report process ({@code processes/jaarrapportage.bpmn}) and its yearly start
 * ({@code processes/jaarrapportageKalender.bpmn}): keys, element ids and variables, named once.
 */
public final class AnnualReportProcess {

  public static final String KEY = "jaarrapportage";
  public static final String CALENDAR_KEY = "jaarrapportageKalender";
  /** Prefix of the case number {@code JR-<scope>-<year>}. */
  public static final String CASE_PREFIX = "JR";

  /** BPMN element ids. */
  public static final class Elements {
    public static final String START_BY_HAND = "StartEvent_ByHand";
    public static final String COMPUTE_DRAFT = "Task_ComputeDraft";
    public static final String WRITE_DRAFT = "Task_WriteDraft";
    public static final String GIVE_COMMENTS = "Task_GiveComments";
    public static final String COMMENT_TERM_PASSED = "Timer_CommentTermPassed";
    public static final String PROCESS_COMMENTS = "Task_ProcessComments";
    public static final String GENERATE_FINAL = "Task_GenerateFinalReport";
    public static final String TAKE_NOTE = "Task_TakeNote";
    public static final String PUBLISH = "Task_PublishReport";
    public static final String PUBLISHED = "EndEvent_Published";
    public static final String NOT_PUBLISHED = "EndEvent_NotPublished";

    private Elements() {
    }
  }

  /** Process variables; names are those of the forms and the template. */
  public static final class Variables {
    /** {@code gemeente} (the municipality's own figures) or {@code inkoopregio} (its purchasing region's). */
    public static final ProcessVariable<String> SCOPE_KIND = ProcessVariable.string("reportScope");
    public static final ProcessVariable<Integer> YEAR = new ProcessVariable<>("reportYear", Integer.class);
    /** Derived: the municipality's or purchasing region's code and name. */
    public static final ProcessVariable<String> SCOPE_CODE = ProcessVariable.string("reportScopeCode");
    public static final ProcessVariable<String> SCOPE_NAME = ProcessVariable.string("reportScopeName");
    /** Derived: the key figures in one text, for the forms. */
    public static final ProcessVariable<String> KEY_FIGURES = ProcessVariable.string("keyFigures");
    public static final ProcessVariable<String> DRAFT_DOCUMENT = ProcessVariable.string("draftReportDocumentId");
    /** The supervisor's text (draft, then final). */
    public static final ProcessVariable<String> COMMENTARY = ProcessVariable.string("commentary");
    public static final ProcessVariable<String> COMMENTS_REQUESTED_ON = ProcessVariable.string("commentsRequestedOn");
    public static final ProcessVariable<String> CONTRACT_MANAGER_COMMENTS = ProcessVariable.string("contractManagerComments");
    public static final ProcessVariable<String> REPORT_DOCUMENT = ProcessVariable.string("reportDocumentId");
    /** The college took note (kennisnemen); required. */
    public static final ProcessVariable<Boolean> NOTED = ProcessVariable.bool("collegeNoted");
    public static final ProcessVariable<String> COLLEGE_REMARKS = ProcessVariable.string("collegeRemarks");
    /** Publish on /openbaar. */
    public static final ProcessVariable<Boolean> PUBLISH = ProcessVariable.bool("annualReportPublic");

    private Variables() {
    }
  }

  private AnnualReportProcess() {
  }
}

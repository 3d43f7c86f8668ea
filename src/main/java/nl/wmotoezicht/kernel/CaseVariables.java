package nl.wmotoezicht.kernel;

/** Variables that every case process holds, whatever its kind. */
public final class CaseVariables {

  /** The case number (zaaknummer), also the process instance's business key. */
  public static final ProcessVariable<String> CASE_NUMBER = ProcessVariable.string("caseNumber");
  /** The CBS code of the municipality the case belongs to; it is the instance's tenant. */
  public static final ProcessVariable<String> MUNICIPALITY_CODE = ProcessVariable.string("municipalityCode");
  /** The municipality's name, for forms and letters. */
  public static final ProcessVariable<String> MUNICIPALITY_NAME = ProcessVariable.string("municipalityName");
  /** The case number of the case this one was handed over from, if any. */
  public static final ProcessVariable<String> ORIGIN_CASE_NUMBER = ProcessVariable.string("originCaseNumber");

  private CaseVariables() {
  }
}

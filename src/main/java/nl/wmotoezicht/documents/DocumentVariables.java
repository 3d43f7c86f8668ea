package nl.wmotoezicht.documents;

import nl.wmotoezicht.kernel.ProcessVariable;

/** Input parameters of a document step in a model ({@code camunda:inputParameter} of {@code ${generateDocument}}). */
public final class DocumentVariables {

  /** The template's name: a file {@code documents/<name>.html}, e.g. {@code rapport-concept}. */
  public static final ProcessVariable<String> TEMPLATE = ProcessVariable.string("documentTemplate");
  /** The document's Dutch title. */
  public static final ProcessVariable<String> TITLE = ProcessVariable.string("documentTitle");
  /**
   * The name of the process variable that receives the stored document's id (also accepted by
   * {@code ${sendMail}} for the letter it generates).
   */
  public static final ProcessVariable<String> VARIABLE = ProcessVariable.string("documentVariable");

  private DocumentVariables() {
  }
}

package nl.wmotoezicht.notification;

import nl.wmotoezicht.kernel.ProcessVariable;

/** Input parameters of a mail step in a model ({@code camunda:inputParameter}). */
public final class MailVariables {

  /** The template's name: a file {@code mail/<name>.txt}. */
  public static final ProcessVariable<String> TEMPLATE = ProcessVariable.string("mailTemplate");
  /** Recipients, comma-separated. */
  public static final ProcessVariable<String> TO = ProcessVariable.string("mailTo");
  /** Copy recipients, comma-separated; optional. */
  public static final ProcessVariable<String> CC = ProcessVariable.string("mailCc");

  /**
   * A letter to generate and attach: a file {@code documents/<name>.html}; optional. The PDF is stored
   * with the case under the mail's subject (once per step execution).
   */
  public static final ProcessVariable<String> LETTER_TEMPLATE = ProcessVariable.string("letterTemplate");
  /** Names of process variables holding ids of documents to attach, comma-separated; optional. */
  public static final ProcessVariable<String> ATTACHMENTS = ProcessVariable.string("mailAttachments");

  /**
   * Process variable: how the last letter to the provider went, {@code email} (the provider consented to electronic
   * letters, art. 2:14 lid 1 Awb) or {@code post} (the print queue); every letter's channel stays in the history.
   */
  public static final ProcessVariable<String> LETTER_CHANNEL = ProcessVariable.string("letterChannel");

  private MailVariables() {
  }
}

package nl.wmotoezicht.notification;

import nl.wmotoezicht.process.ProcessVariable;

/** Input parameters of a mail step in a model ({@code camunda:inputParameter}). */
public final class MailVariables {

  /** The template's name: a file {@code mail/<name>.txt}. */
  public static final ProcessVariable<String> TEMPLATE = ProcessVariable.string("mailTemplate");
  /** Recipients, comma-separated. */
  public static final ProcessVariable<String> TO = ProcessVariable.string("mailTo");
  /** Copy recipients, comma-separated; optional. */
  public static final ProcessVariable<String> CC = ProcessVariable.string("mailCc");

  private MailVariables() {
  }
}

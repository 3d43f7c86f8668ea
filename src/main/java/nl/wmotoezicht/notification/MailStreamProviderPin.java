package nl.wmotoezicht.notification;

import org.eclipse.angus.mail.util.MailStreamProvider;

/**
 * Names Jakarta Mail's stream provider once, so that building a message does not search the class path for it.
 *
 * <p>Jakarta Mail 2.1 looks its {@code jakarta.mail.util.StreamProvider} up again for every multipart and for most
 * {@code MimeUtility} calls ({@code StreamProvider.provider()}: a {@link java.util.ServiceLoader} scan of every jar's
 * {@code META-INF/services}, known upstream as jakartaee/mail-api issues 699 and 861). The API's own lookup first reads
 * the system property of that name and then only loads the named class. Naming Angus Mail's provider, the one on our
 * class path, halves the sending thread's CPU per mail (bench/RESULTS.md, wave 6). A value an operator set with
 * {@code -Djakarta.mail.util.StreamProvider=...} is kept.
 */
final class MailStreamProviderPin {

  /** The system property Jakarta Mail's {@code FactoryFinder} reads before its service-loader scan. */
  static final String PROPERTY = "jakarta.mail.util.StreamProvider";

  private MailStreamProviderPin() {
  }

  /** Sets the property to Angus Mail's provider unless it is set already; returns the provider in effect. */
  static String pin() {
    synchronized (System.getProperties()) {
      String current = System.getProperty(PROPERTY);
      if (current != null && !current.isBlank()) {
        return current;
      }
      System.setProperty(PROPERTY, MailStreamProvider.class.getName());
      return MailStreamProvider.class.getName();
    }
  }
}

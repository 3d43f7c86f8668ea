package nl.wmotoezicht.platform;

import java.net.SocketException;
import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;
import nl.wmotoezicht.kernel.Problems;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.transaction.CannotCreateTransactionException;
import org.springframework.transaction.TransactionSystemException;

/**
 * Recognises a database that cannot be reached (stopped, restarting, network gone, pool exhausted
 * waiting for it) anywhere in an exception's causes, and describes it as 503 with a hint to send
 * again: nothing of the request was stored, and a repeated report with the same reference starts at
 * most one case.
 */
public final class DatabaseUnavailable {

  /** Seconds a client should wait before sending again. */
  public static final int RETRY_AFTER_SECONDS = 30;

  public static final String TYPE = "tijdelijk-niet-beschikbaar";
  public static final String TITLE = "Tijdelijk niet beschikbaar";
  public static final String DETAIL = "De database is tijdelijk niet bereikbaar; er is niets opgeslagen. Stuur het verzoek over "
      + RETRY_AFTER_SECONDS + " seconden opnieuw (een melding met dezelfde referentie start hooguit één zaak).";

  private DatabaseUnavailable() {
  }

  public static boolean causedBy(Throwable failure) {
    return causedBy(failure, java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>()));
  }

  /** Follows causes, suppressed exceptions and a batch's next exceptions (where the driver puts the reason). */
  private static boolean causedBy(Throwable failure, java.util.Set<Throwable> seen) {
    if (failure == null || !seen.add(failure)) {
      return false;
    }
    if (failure instanceof SQLTransientConnectionException || failure instanceof SocketException
        || failure instanceof CannotCreateTransactionException || failure instanceof DataAccessResourceFailureException) {
      return true;
    }
    if (failure instanceof TransactionSystemException) {
      // commit or rollback failed: the connection broke under the transaction
      return true;
    }
    if (failure instanceof SQLException sql) {
      String state = sql.getSQLState();
      // 08: connection exception; 57P01-03: the server is shutting down or starting
      if (state != null && (state.startsWith("08") || state.startsWith("57P"))) {
        return true;
      }
      if (causedBy(sql.getNextException(), seen)) {
        return true;
      }
    }
    for (Throwable suppressed : failure.getSuppressed()) {
      if (causedBy(suppressed, seen)) {
        return true;
      }
    }
    return causedBy(failure.getCause(), seen);
  }

  public static ProblemDetail problem() {
    return Problems.of(HttpStatus.SERVICE_UNAVAILABLE, TYPE, TITLE, DETAIL);
  }
}

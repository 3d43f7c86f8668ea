package nl.wmotoezicht.cases;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The group commit of intake starts ({@link IntakeBatcher}), {@code wmo.intake.batch.*}.
 *
 * @param enabled false (the default): every report is started alone on its request thread; true: group commit, which
 *     showed no gain on a 2-core node with a local database (docs/intake-group-commit.md)
 * @param maxSize the most reports one writer starts in one engine command and one transaction
 * @param writers the writer threads, each with its own database connection while it starts a batch
 * @param queueCapacity reports waiting for a writer; one more is answered 503
 * @param queueTimeout how long a report may wait for a writer before it is answered 503 (nothing started)
 * @param shutdownTimeout how long shutting down waits for the writers to start what is queued
 */
@ConfigurationProperties("wmo.intake.batch")
public record IntakeBatchProperties(
    @DefaultValue("false") boolean enabled,
    @DefaultValue("32") int maxSize,
    @DefaultValue("1") int writers,
    @DefaultValue("512") int queueCapacity,
    @DefaultValue("30s") Duration queueTimeout,
    @DefaultValue("30s") Duration shutdownTimeout) {

  public IntakeBatchProperties {
    if (maxSize < 1 || writers < 1 || queueCapacity < 1) {
      throw new IllegalArgumentException("wmo.intake.batch: max-size, writers and queue-capacity must be at least 1");
    }
  }
}

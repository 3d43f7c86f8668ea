package nl.wmotoezicht.security.model;

import java.util.List;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.BadUserRequestException;

/** A deployment holds what a process owner may not deploy; nothing of it is stored. */
public class ForbiddenModelContentException extends BadUserRequestException {

  private final transient List<ModelContentCheck.Finding> findings;

  public ForbiddenModelContentException(List<ModelContentCheck.Finding> findings) {
    super("Model geweigerd: " + findings.stream().map(ModelContentCheck.Finding::describe)
        .collect(Collectors.joining("; ")));
    this.findings = List.copyOf(findings);
  }

  public List<ModelContentCheck.Finding> findings() {
    return findings;
  }
}

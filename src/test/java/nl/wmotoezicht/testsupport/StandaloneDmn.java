package nl.wmotoezicht.testsupport;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.dmn.engine.DmnDecision;
import org.camunda.bpm.dmn.engine.DmnDecisionResult;
import org.camunda.bpm.dmn.engine.DmnEngine;
import org.camunda.bpm.dmn.engine.DmnEngineConfiguration;
import org.camunda.bpm.dmn.engine.delegate.DmnDecisionTableEvaluationEvent;
import org.camunda.bpm.dmn.engine.impl.DefaultDmnEngineConfiguration;
import nl.wmotoezicht.feel.ParsedFeelEngineFactory;
import org.springframework.core.io.ClassPathResource;

/**
 * The standalone Camunda DMN engine for the tests of a decision table exactly as packaged ({@code decisions/...} on
 * the class path), with the platform's FEEL engine as in the process engine ({@code nl.wmotoezicht.feel}), recording the table evaluations of the last {@link #evaluate} (which rules matched).
 */
public final class StandaloneDmn {

  private final List<DmnDecisionTableEvaluationEvent> events = new ArrayList<>();
  private final DmnEngine engine;

  public StandaloneDmn() {
    DefaultDmnEngineConfiguration configuration =
        (DefaultDmnEngineConfiguration) DmnEngineConfiguration.createDefaultDmnEngineConfiguration();
    configuration.feelEngineFactory(new ParsedFeelEngineFactory());
    configuration.customPostDecisionTableEvaluationListeners(List.of(events::add));
    engine = configuration.buildEngine();
  }

  public DmnEngine engine() {
    return engine;
  }

  /** The decision of the model on the class path. */
  public DmnDecision parse(String model, String decisionKey) throws IOException {
    try (InputStream in = new ClassPathResource(model).getInputStream()) {
      return engine.parseDecision(decisionKey, in);
    }
  }

  /** Evaluates the decision; {@link #events()} then holds only this evaluation's tables. */
  public DmnDecisionResult evaluate(DmnDecision decision, Map<String, Object> variables) {
    events.clear();
    return engine.evaluateDecision(decision, variables);
  }

  /** The decision table evaluations of the last {@link #evaluate}. */
  public List<DmnDecisionTableEvaluationEvent> events() {
    return events;
  }
}

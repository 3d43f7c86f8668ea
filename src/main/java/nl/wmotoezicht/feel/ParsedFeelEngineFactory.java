package nl.wmotoezicht.feel;

import java.util.List;
import java.util.function.Supplier;
import org.camunda.bpm.dmn.feel.impl.FeelEngine;
import org.camunda.bpm.dmn.feel.impl.FeelEngineFactory;
import org.camunda.bpm.dmn.feel.impl.scala.function.FeelCustomFunctionProvider;

/**
 * Creates a {@link ParsedFeelEngine} with the custom function providers that Camunda's {@code ScalaFeelEngineFactory}
 * would get: those of the DMN engine configuration when it builds its engine (the process engine sets them from
 * {@code dmnFeelCustomFunctionProviders} after the plugins' {@code preInit}).
 */
public class ParsedFeelEngineFactory implements FeelEngineFactory {

  private final Supplier<List<FeelCustomFunctionProvider>> functionProviders;

  public ParsedFeelEngineFactory(Supplier<List<FeelCustomFunctionProvider>> functionProviders) {
    this.functionProviders = functionProviders;
  }

  public ParsedFeelEngineFactory() {
    this(List::of);
  }

  @Override
  public FeelEngine createInstance() {
    return new ParsedFeelEngine(functionProviders.get());
  }
}

package nl.wmotoezicht.feel;

import camundajar.impl.scala.collection.Iterator;
import camundajar.impl.scala.collection.immutable.List;
import camundajar.impl.scala.collection.immutable.Map;
import camundajar.impl.scala.runtime.BoxesRunTime;
import camundajar.impl.scala.util.Either;
import camundajar.impl.scala.util.Left;
import camundajar.impl.scala.util.control.NonFatal$;
import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import java.util.function.Function;
import org.camunda.bpm.dmn.feel.impl.scala.ContextVariableWrapper;
import org.camunda.bpm.dmn.feel.impl.scala.ScalaFeelEngine;
import org.camunda.bpm.dmn.feel.impl.scala.function.FeelCustomFunctionProvider;
import org.camunda.bpm.engine.variable.context.VariableContext;
import org.camunda.feel.FeelEngine.Failure;
import org.camunda.feel.FeelEngine.UnaryTests$;
import org.camunda.feel.api.EvaluationFailure;
import org.camunda.feel.api.EvaluationFailureType;
import org.camunda.feel.context.Context;
import org.camunda.feel.context.CustomContext;
import org.camunda.feel.context.FunctionProvider;
import org.camunda.feel.context.FunctionProvider.CompositeFunctionProvider;
import org.camunda.feel.context.VariableProvider;
import org.camunda.feel.context.VariableProvider.CompositeVariableProvider;
import org.camunda.feel.context.VariableProvider.StaticVariableProvider;
import org.camunda.feel.impl.interpreter.BuiltinFunctions;
import org.camunda.feel.impl.interpreter.EvalContext;
import org.camunda.feel.impl.interpreter.EvalContext$;
import org.camunda.feel.impl.interpreter.FeelInterpreter;
import org.camunda.feel.syntaxtree.ParsedExpression;
import org.camunda.feel.syntaxtree.Val;
import org.camunda.feel.syntaxtree.ValError;
import org.camunda.feel.syntaxtree.ValFatalError;
import org.camunda.feel.valuemapper.ValueMapper;

/**
 * Camunda's FEEL engine for DMN ({@link ScalaFeelEngine}: feel-scala with the same value mappers, custom function
 * providers and configuration, built by its constructor) that keeps what it parsed.
 *
 * <p>{@link ScalaFeelEngine} hands feel-scala the expression text on every call, and feel-scala 1.19 then parses
 * and validates it again ({@code FeelEngine.evalExpression/evalUnaryTests}) and builds its table of built-in
 * functions again ({@code FeelEngine.rootContext} is a method that creates a new {@code BuiltinFunctions} per
 * evaluation). This engine parses and validates each distinct text once through the same feel-scala engine
 * ({@code parseExpression}/{@code parseUnaryTests}), keeps the parsed form in a bounded cache, builds the built-in
 * functions once, and evaluates the parsed form the way feel-scala's {@code FeelEngine.evaluate} does: a new root
 * context with its own failure collector per evaluation, the same interpreter, the same failure messages. Results,
 * {@code null} handling, the input variable of unary tests ({@code ?} / {@code cellInput}) and the
 * {@code FeelException}s thrown are those of {@link ScalaFeelEngine} ({@code ParsedFeelEngineEquivalenceTest}).
 *
 * <p>Thread-safe: parsed expressions are immutable syntax trees, the built-in functions are an immutable table of
 * function values, and every evaluation has its own context.
 */
public class ParsedFeelEngine extends ScalaFeelEngine {

  /** Distinct texts kept per kind (expressions, unary tests); a text beyond it is parsed again when used again. */
  public static final int DEFAULT_CACHE_SIZE = 10_000;

  private final Cache<String, ParsedExpression> expressions;
  private final Cache<String, ParsedExpression> unaryTests;
  private final ValueMapper valueMapper;
  private final FeelInterpreter interpreter;
  private final FunctionProvider functions;

  public ParsedFeelEngine(java.util.List<FeelCustomFunctionProvider> functionProviders) {
    this(functionProviders, DEFAULT_CACHE_SIZE);
  }

  public ParsedFeelEngine(java.util.List<FeelCustomFunctionProvider> functionProviders, int cacheSize) {
    super(functionProviders);
    expressions = Caffeine.newBuilder().maximumSize(cacheSize).build();
    unaryTests = Caffeine.newBuilder().maximumSize(cacheSize).build();
    valueMapper = feelEngine.valueMapper();
    interpreter = new FeelInterpreter(valueMapper);
    // what feel-scala's FeelEngine.rootContext builds per evaluation, built once
    functions = new CompositeFunctionProvider(toScalaList(
        new BuiltinFunctions(feelEngine.clock(), valueMapper), feelEngine.functionProvider()));
  }

  @Override
  @SuppressWarnings("unchecked")
  public <T> T evaluateSimpleExpression(String expression, VariableContext variableContext) {
    CustomContext context = new CustomContext() {
      @Override
      public VariableProvider variableProvider() {
        return new ContextVariableWrapper(variableContext);
      }
    };
    Object result = evaluate(parsed(expressions, expression, feelEngine::parseExpression), context);
    return (T) result;
  }

  @Override
  public boolean evaluateSimpleUnaryTests(String expression, String inputVariable, VariableContext variableContext) {
    Map<String, Object> inputVariableMap = new Map.Map1<>(UnaryTests$.MODULE$.inputVariable(), inputVariable);
    StaticVariableProvider inputVariableContext = new StaticVariableProvider(inputVariableMap);
    ContextVariableWrapper contextVariableWrapper = new ContextVariableWrapper(variableContext);
    CustomContext context = new CustomContext() {
      @Override
      public VariableProvider variableProvider() {
        return new CompositeVariableProvider(toScalaList(inputVariableContext, contextVariableWrapper));
      }
    };
    Object result = evaluate(parsed(unaryTests, expression, feelEngine::parseUnaryTests), context);
    return BoxesRunTime.unboxToBoolean(result);
  }

  /** The parsed and validated text, from the cache or parsed now; a text that fails to parse is not kept. */
  private ParsedExpression parsed(Cache<String, ParsedExpression> cache, String text,
      Function<String, Either<Failure, ParsedExpression>> parser) {
    ParsedExpression parsed = cache.getIfPresent(text);
    if (parsed != null) {
      return parsed;
    }
    Either<Failure, ParsedExpression> result = parser.apply(text);
    if (result instanceof Left<Failure, ParsedExpression> left) {
      throw LOGGER.evaluationException(left.value().message());
    }
    parsed = result.toOption().get();
    cache.put(text, parsed);
    return parsed;
  }

  /**
   * feel-scala's {@code FeelEngine.evaluate(ParsedExpression, Context)} (1.19) with the built-in functions built
   * once: the value, or a {@code FeelException} with feel-scala's failure message.
   */
  private Object evaluate(ParsedExpression expression, Context context) {
    String failure;
    try {
      EvalContext evalContext = EvalContext$.MODULE$.create(valueMapper, functions).merge(context);
      Val value = interpreter.eval(expression.expression(), evalContext);
      String assertFailure = assertFailure(evalContext.failureCollector().failures());
      if (assertFailure != null) {
        failure = "Assertion failure on evaluate the expression '" + expression.text() + "': " + assertFailure;
      } else if (value instanceof ValError error) {
        failure = "failed to evaluate expression '" + expression.text() + "': " + error.error();
      } else if (value instanceof ValFatalError error) {
        failure = "failed to evaluate expression '" + expression.text() + "': " + error.error();
      } else {
        return valueMapper.unpackVal(value);
      }
    } catch (Throwable t) {
      if (!NonFatal$.MODULE$.apply(t)) {
        throw t;
      }
      failure = "failed to evaluate expression '" + expression.text() + "' : " + t;
    }
    throw LOGGER.evaluationException(failure);
  }

  /** The message of the first assertion failure collected, or {@code null}. */
  private static String assertFailure(List<EvaluationFailure> failures) {
    Iterator<EvaluationFailure> iterator = failures.iterator();
    while (iterator.hasNext()) {
      EvaluationFailure failure = iterator.next();
      if (EvaluationFailureType.ASSERT_FAILURE$.MODULE$.equals(failure.failureType())) {
        return failure.failureMessage();
      }
    }
    return null;
  }
}

package nl.wmotoezicht.security.model;

import java.util.Optional;
import java.util.Set;
import org.camunda.bpm.impl.juel.AstBracket;
import org.camunda.bpm.impl.juel.AstDot;
import org.camunda.bpm.impl.juel.AstFunction;
import org.camunda.bpm.impl.juel.AstIdentifier;
import org.camunda.bpm.impl.juel.AstMethod;
import org.camunda.bpm.impl.juel.AstNumber;
import org.camunda.bpm.impl.juel.AstString;
import org.camunda.bpm.impl.juel.Builder;
import org.camunda.bpm.impl.juel.Node;
import org.camunda.bpm.impl.juel.TreeBuilderException;

/**
 * Checks the text of one JUEL expression of a model against the {@link ModelAllowList}, on its syntax
 * tree: variable reads, literals, comparisons, arithmetic and choices are free; a method may only be called
 * on a helper bean of the list or on {@code execution}/{@code task}, and only a listed one; a bean may only
 * be named when it is listed or a delegate; properties never lead to {@code class} or the engine.
 * The engine's expression resolution enforces the same at run time ({@link RestrictedExpressionManager}).
 */
public final class ExpressionPolicy {

  static final String EXECUTION = "execution";
  static final String TASK = "task";
  /** Property names that lead out of the data, whatever object they are read on. */
  static final Set<String> FORBIDDEN_PROPERTIES = Set.of("class", "processEngine", "processEngineServices",
      "classLoader", "declaringClass", "module", "runtime", "bpmnModelInstance", "bpmnModelElementInstance",
      "processDefinition", "superExecution", "processInstance", "parent", "execution", "caseExecution",
      "variableScope", "applicationContext", "beanFactory");

  /** Methods on an optional result of an allowed helper method. */
  static final Set<String> OPTIONAL_METHODS = Set.of("orElse", "isPresent", "isEmpty");

  private final ModelAllowList allowList;

  public ExpressionPolicy(ModelAllowList allowList) {
    this.allowList = allowList;
  }

  /** Why the expression is not allowed (Dutch, for the model's author), or empty when it is. */
  public Optional<String> violation(String expression) {
    Node root;
    try {
      root = new Builder(Builder.Feature.METHOD_INVOCATIONS, Builder.Feature.VARARGS).build(expression).getRoot();
    } catch (TreeBuilderException | IllegalArgumentException e) {
      return Optional.of("de expressie '" + expression + "' is ongeldig");
    }
    return check(root);
  }

  private Optional<String> check(Node node) {
    if (node instanceof AstMethod method) {
      Optional<String> call = checkCall(method);
      if (call.isPresent()) {
        return call;
      }
      return checkChildren(method.getChild(1));
    }
    if (node instanceof AstDot dot) {
      String property = propertyOf(dot);
      Node prefix = dot.getChild(0);
      if (prefix instanceof AstIdentifier identifier) {
        return checkPropertyOf(identifier.getName(), property);
      }
      if (FORBIDDEN_PROPERTIES.contains(property)) {
        return Optional.of("eigenschap '" + property + "' is niet toegestaan");
      }
      return check(prefix);
    }
    if (node instanceof AstBracket bracket) {
      Node prefix = bracket.getChild(0);
      Node key = bracket.getChild(1);
      if (prefix instanceof AstIdentifier identifier && isObjectName(identifier.getName())) {
        return Optional.of("'" + identifier.getName() + "[…]' is niet toegestaan; gebruik een toegestane methode");
      }
      if (!(key instanceof AstNumber) && !(key instanceof AstString)) {
        return Optional.of("een berekende eigenschap ('[…]') is niet toegestaan");
      }
      if (key instanceof AstString string && FORBIDDEN_PROPERTIES.contains(String.valueOf(string.eval(null, null)))) {
        return Optional.of("eigenschap '" + string.eval(null, null) + "' is niet toegestaan");
      }
      return check(prefix);
    }
    if (node instanceof AstIdentifier identifier) {
      return checkName(identifier.getName());
    }
    if (node instanceof AstFunction function) {
      if (!allowList.functions().contains(function.getName())) {
        return Optional.of("functie '" + function.getName() + "()' is niet toegestaan");
      }
      return checkChildren(function);
    }
    return checkChildren(node);
  }

  private Optional<String> checkChildren(Node node) {
    for (int i = 0; i < node.getCardinality(); i++) {
      Optional<String> violation = check(node.getChild(i));
      if (violation.isPresent()) {
        return violation;
      }
    }
    return Optional.empty();
  }

  private Optional<String> checkCall(AstMethod method) {
    if (!(method.getChild(0) instanceof AstDot dot)) {
      return Optional.of("een methode mag alleen met een punt worden aangeroepen ('bean.methode(…)')");
    }
    String name = propertyOf(dot);
    if (dot.getChild(0) instanceof AstMethod inner && inner.getChild(0) instanceof AstDot innerDot
        && innerDot.getChild(0) instanceof AstIdentifier result && "decisionResult".equals(result.getName())) {
      return checkCall(inner); // ${decisionResult.getSingleResult().x} is a property read; a call on it is not allowed
    }
    if (OPTIONAL_METHODS.contains(name) && dot.getChild(0) instanceof AstMethod inner) {
      return check(inner); // ${providers.municipalityWithMostIndications(kvk).orElse(municipalityCode)}
    }
    if (!(dot.getChild(0) instanceof AstIdentifier target)) {
      Optional<String> inner = check(dot.getChild(0));
      return inner.isPresent() ? inner : Optional.of("methode '" + name + "' mag niet op een tussenresultaat worden aangeroepen");
    }
    String base = target.getName();
    Set<String> allowed = EXECUTION.equals(base) ? allowList.executionMethods()
        : TASK.equals(base) ? allowList.taskMethods()
        : "decisionResult".equals(base) ? allowList.decisionResultMethods()
        : allowList.beans().containsKey(base) ? allowList.beans().get(base)
        : allowList.isBean().test(base) ? null
        : allowList.textMethods(); // a method on a variable: only text methods
    if (allowed == null || !allowed.contains(name)) {
      return Optional.of("methode '" + base + "." + name + "(…)' staat niet op de lijst van toegestane bouwstenen");
    }
    return Optional.empty();
  }

  private Optional<String> checkPropertyOf(String base, String property) {
    if (EXECUTION.equals(base) || TASK.equals(base)) {
      Set<String> allowed = EXECUTION.equals(base) ? allowList.executionProperties() : allowList.taskProperties();
      return allowed.contains(property) ? Optional.empty()
          : Optional.of("eigenschap '" + base + "." + property + "' is niet toegestaan");
    }
    if (allowList.beans().containsKey(base) && allowList.beans().get(base).isEmpty()
        && !FORBIDDEN_PROPERTIES.contains(property)) {
      return Optional.empty(); // a listed data bean without methods (a read-only map): ${termijnen.bezwaar}
    }
    if (allowList.isBean().test(base) || allowList.beans().containsKey(base)) {
      return Optional.of("eigenschap '" + base + "." + property + "' is niet toegestaan; roep een toegestane methode aan");
    }
    if (FORBIDDEN_PROPERTIES.contains(property)) {
      return Optional.of("eigenschap '" + property + "' is niet toegestaan");
    }
    return Optional.empty();
  }

  /**
   * A name on its own reads a variable: at run time only variables, {@code execution}/{@code task} and the
   * beans of the list resolve, so a bean outside the list can never be reached by naming it.
   */
  private Optional<String> checkName(String name) {
    return Optional.empty();
  }

  /**
   * A delegate expression ({@code camunda:delegateExpression}) must name one delegate bean of the application
   * ({@code ${sendMail}}); it is handed the execution and runs, so nothing else is accepted there.
   */
  public Optional<String> delegateViolation(String expression) {
    java.util.regex.Matcher name = DELEGATE.matcher(expression.trim());
    if (!name.matches()) {
      return Optional.of("een delegate-expressie noemt precies één delegate (zoals ${sendMail}), niet '"
          + expression + "'");
    }
    if (!allowList.isDelegate().test(name.group(1))) {
      return Optional.of("'" + name.group(1) + "' is geen delegate van de toepassing");
    }
    return Optional.empty();
  }

  private static final java.util.regex.Pattern DELEGATE =
      java.util.regex.Pattern.compile("\\$\\{\\s*([A-Za-z_][A-Za-z0-9_]*)\\s*\\}");

  private boolean isObjectName(String name) {
    return EXECUTION.equals(name) || TASK.equals(name) || allowList.isBean().test(name)
        || allowList.beans().containsKey(name);
  }

  /** The property name of {@code a.b}; JUEL prints the node as ". b". */
  static String propertyOf(AstDot dot) {
    String text = dot.toString().trim();
    return text.startsWith(".") ? text.substring(1).trim() : text;
  }
}

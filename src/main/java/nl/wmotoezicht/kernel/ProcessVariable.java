package nl.wmotoezicht.kernel;

import java.util.Map;
import java.util.Optional;
import org.camunda.bpm.engine.delegate.VariableScope;

/**
 * A process variable with its name and type, defined once and used alike by delegates, REST
 * controllers and tests.
 *
 * @param name the variable name as it appears in models, forms and Cockpit
 * @param type the Java type of its value
 */
public record ProcessVariable<T>(String name, Class<T> type) {

  public static ProcessVariable<String> string(String name) {
    return new ProcessVariable<>(name, String.class);
  }

  public static ProcessVariable<Boolean> bool(String name) {
    return new ProcessVariable<>(name, Boolean.class);
  }

  /** The value in the scope, or empty when it is absent or null. */
  public Optional<T> find(VariableScope scope) {
    return Optional.ofNullable(cast(scope.getVariable(name)));
  }

  /**
   * The value set on this scope itself (a step's input parameter), or empty: a variable of an enclosing scope never
   * fills in.
   */
  public Optional<T> findLocal(VariableScope scope) {
    return Optional.ofNullable(cast(scope.getVariableLocal(name)));
  }

  /** The value set on this scope itself; fails when the step does not set it. */
  public T getLocal(VariableScope scope) {
    return findLocal(scope).orElseThrow(() -> new IllegalStateException("Input parameter '" + name + "' is missing"));
  }

  /** The value in the scope; fails when it is absent, which means the model and code disagree. */
  public T get(VariableScope scope) {
    return find(scope).orElseThrow(() -> new IllegalStateException("Process variable '" + name + "' is missing"));
  }

  public void set(VariableScope scope, T value) {
    scope.setVariable(name, value);
  }

  public Optional<T> find(Map<String, ?> variables) {
    return Optional.ofNullable(cast(variables.get(name)));
  }

  public void put(Map<String, Object> variables, T value) {
    if (value != null) {
      variables.put(name, value);
    }
  }

  private T cast(Object value) {
    if (value == null || type.isInstance(value)) {
      return type.cast(value);
    }
    throw new IllegalStateException("Process variable '" + name + "' holds a " + value.getClass().getSimpleName()
        + ", expected " + type.getSimpleName());
  }
}

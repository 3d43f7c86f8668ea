package nl.wmotoezicht.testsupport;

import java.util.HashMap;
import java.util.Map;
import nl.wmotoezicht.kernel.ProcessVariable;
import org.camunda.bpm.engine.RuntimeService;

/**
 * Variables for a start, a message or a completed task, written through the typed {@link ProcessVariable} constants
 * of the processes, so a test names a variable exactly as the delegates and models do:
 * {@code tasks.complete(id, with(ADJUST_AGAIN, false).and(ADOPTION, "vastgesteld").map())}.
 */
public final class TypedVariables {

  private final Map<String, Object> variables = new HashMap<>();

  private TypedVariables() {
  }

  public static <T> TypedVariables with(ProcessVariable<T> variable, T value) {
    return new TypedVariables().and(variable, value);
  }

  public <T> TypedVariables and(ProcessVariable<T> variable, T value) {
    variables.put(variable.name(), value);
    return this;
  }

  /** A mutable copy. */
  public Map<String, Object> map() {
    return new HashMap<>(variables);
  }

  /** The value of a variable of an execution or process instance, typed; null when absent. */
  public static <T> T read(RuntimeService runtime, String executionId, ProcessVariable<T> variable) {
    return variable.type().cast(runtime.getVariable(executionId, variable.name()));
  }
}

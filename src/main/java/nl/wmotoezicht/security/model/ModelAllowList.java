package nl.wmotoezicht.security.model;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;

/**
 * What a deployed model may use in its expressions, read from {@code security/model-allow-list.yaml}
 * (explained in {@code docs/security/hardening.md}): helper beans with their methods, the methods and
 * properties of {@code execution} and {@code task}, the engine functions, and the application's delegate
 * beans (decided by {@link #isDelegate}).
 *
 * @param beans helper bean name → methods a model may call on it
 * @param executionMethods methods of {@code execution}
 * @param executionProperties properties of {@code execution}
 * @param taskMethods methods of {@code task}
 * @param taskProperties properties of {@code task}
 * @param functions engine functions ({@code currentUser()}, …)
 * @param dateTimeMethods methods on the value of {@code dateTime()}
 * @param decisionResultMethods methods on {@code decisionResult} (a business rule task's output mapping)
 * @param textMethods methods on a text variable
 * @param isDelegate whether a name is a delegate bean of the application
 * @param isBean whether a name is any bean of the application (to refuse those not allowed)
 */
public record ModelAllowList(Map<String, Set<String>> beans, Set<String> executionMethods,
    Set<String> executionProperties, Set<String> taskMethods, Set<String> taskProperties, Set<String> functions,
    Set<String> dateTimeMethods, Set<String> decisionResultMethods, Set<String> textMethods,
    Predicate<String> isDelegate, Predicate<String> isBean) {

  public static final String RESOURCE = "security/model-allow-list.yaml";

  /** Reads the allow-list; delegates and beans are decided by the given predicates. */
  @SuppressWarnings("unchecked")
  public static ModelAllowList load(Predicate<String> isDelegate, Predicate<String> isBean) {
    try (InputStream in = ModelAllowList.class.getClassLoader().getResourceAsStream(RESOURCE)) {
      if (in == null) {
        throw new IllegalStateException(RESOURCE + " ontbreekt");
      }
      Map<String, Object> yaml = new Yaml(new SafeConstructor(new LoaderOptions())).load(in);
      Map<String, List<String>> beanLists = (Map<String, List<String>>) yaml.get("beans");
      Map<String, Set<String>> beans = new java.util.LinkedHashMap<>();
      beanLists.forEach((bean, methods) -> beans.put(bean, Set.copyOf(methods)));
      Map<String, List<String>> execution = (Map<String, List<String>>) yaml.get("execution");
      Map<String, List<String>> task = (Map<String, List<String>>) yaml.get("task");
      Map<String, List<String>> dateTime = (Map<String, List<String>>) yaml.get("dateTime");
      Map<String, List<String>> values = (Map<String, List<String>>) yaml.get("values");
      return new ModelAllowList(Map.copyOf(beans), Set.copyOf(execution.get("methods")),
          Set.copyOf(execution.get("properties")), Set.copyOf(task.get("methods")), Set.copyOf(task.get("properties")),
          Set.copyOf((List<String>) yaml.get("functions")), Set.copyOf(dateTime.get("methods")),
          Set.copyOf(values.get("decisionResult")), Set.copyOf(values.get("text")), isDelegate, isBean);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Whether a bean may be named in an expression: a helper bean of the list or a delegate. */
  public boolean isAllowedBean(String name) {
    return beans.containsKey(name) || isDelegate.test(name);
  }
}

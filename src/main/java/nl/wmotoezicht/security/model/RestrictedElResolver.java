package nl.wmotoezicht.security.model;

import java.beans.FeatureDescriptor;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import org.camunda.bpm.engine.delegate.VariableScope;
import org.camunda.bpm.impl.juel.jakarta.el.ELContext;
import org.camunda.bpm.impl.juel.jakarta.el.ELException;
import org.camunda.bpm.impl.juel.jakarta.el.ELResolver;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * First resolver of every expression the engine evaluates: refuses, before any other resolver acts, a method
 * call or property read that the {@link ModelAllowList} does not allow. So even an expression that never
 * passed the deployment check (an old deployment, an expression built at run time) cannot reach the engine's
 * services ({@code execution.getProcessEngineServices()}), {@code getClass}, reflection or beans outside the
 * list. Reads of maps, lists and arrays (variable values) stay free.
 */
final class RestrictedElResolver extends ELResolver {

  private static final Logger LOG = LoggerFactory.getLogger(RestrictedElResolver.class);

  private final ModelAllowList allowList;
  private final Function<String, Object> helperBean;

  RestrictedElResolver(ModelAllowList allowList, Function<String, Object> helperBean) {
    this.allowList = allowList;
    this.helperBean = helperBean;
  }

  @Override
  public Object getValue(ELContext context, Object base, Object property) {
    if (base != null && !isFreeData(base)) {
      String name = String.valueOf(property);
      if (!(base instanceof VariableScope) || !scopeProperties().contains(name)
          || ExpressionPolicy.FORBIDDEN_PROPERTIES.contains(name)) {
        throw refuse("eigenschap '" + name + "' van " + describe(base));
      }
    }
    return null;
  }

  @Override
  public Object invoke(ELContext context, Object base, Object method, Class<?>[] paramTypes, Object[] params) {
    if (base == null) {
      return null;
    }
    String name = String.valueOf(method);
    if (base instanceof VariableScope) {
      if (allowList.executionMethods().contains(name) || allowList.taskMethods().contains(name)) {
        return null;
      }
    } else if (base instanceof java.util.Optional) {
      if (ExpressionPolicy.OPTIONAL_METHODS.contains(name)) {
        return null;
      }
    } else if (base instanceof String) {
      if (allowList.textMethods().contains(name)) {
        return null;
      }
    } else if (base instanceof org.camunda.bpm.dmn.engine.DmnDecisionResult) {
      if (allowList.decisionResultMethods().contains(name)) {
        return null;
      }
    } else if (base.getClass().getName().startsWith("org.joda.time.")) {
      if (allowList.dateTimeMethods().contains(name)) {
        return null;
      }
    } else {
      for (Map.Entry<String, Set<String>> bean : allowList.beans().entrySet()) {
        if (bean.getValue().contains(name) && helperBean.apply(bean.getKey()) == base) {
          return null;
        }
      }
    }
    throw refuse("methode '" + name + "' van " + describe(base));
  }

  @Override
  public void setValue(ELContext context, Object base, Object property, Object value) {
    if (base != null && !(base instanceof Map)) {
      throw refuse("toekenning aan '" + property + "' van " + describe(base));
    }
  }

  @Override
  public Class<?> getType(ELContext context, Object base, Object property) {
    return null;
  }

  @Override
  public boolean isReadOnly(ELContext context, Object base, Object property) {
    return false;
  }

  @Override
  public Iterator<FeatureDescriptor> getFeatureDescriptors(ELContext context, Object base) {
    return null;
  }

  @Override
  public Class<?> getCommonPropertyType(ELContext context, Object base) {
    return null;
  }

  private Set<String> scopeProperties() {
    return union(allowList.executionProperties(), allowList.taskProperties());
  }

  private static Set<String> union(Set<String> a, Set<String> b) {
    java.util.HashSet<String> all = new java.util.HashSet<>(a);
    all.addAll(b);
    return all;
  }

  /** Maps, lists, arrays, and the application's own data records (e.g. a named term of {@code termijnen}). */
  private static boolean isFreeData(Object base) {
    return base instanceof Map || base instanceof List || base.getClass().isArray()
        || base.getClass().isRecord() && base.getClass().getName().startsWith("nl.wmotoezicht.");
  }

  private static String describe(Object base) {
    return base instanceof VariableScope ? "execution/task" : "een object van type " + base.getClass().getSimpleName();
  }

  private static ELException refuse(String what) {
    LOG.warn("Expressie geweigerd: {} staat niet op de lijst van toegestane bouwstenen", what);
    return new ELException("Niet toegestaan in een expressie: " + what
        + " (zie docs/security/hardening.md, toegestane bouwstenen)");
  }
}

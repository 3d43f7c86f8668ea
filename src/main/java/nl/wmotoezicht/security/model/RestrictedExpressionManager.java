package nl.wmotoezicht.security.model;

import java.beans.FeatureDescriptor;
import java.util.Iterator;
import java.util.function.Function;
import org.camunda.bpm.engine.impl.el.JuelExpressionManager;
import org.camunda.bpm.engine.impl.el.VariableContextElResolver;
import org.camunda.bpm.engine.impl.el.VariableScopeElResolver;
import org.camunda.bpm.impl.juel.jakarta.el.ArrayELResolver;
import org.camunda.bpm.impl.juel.jakarta.el.BeanELResolver;
import org.camunda.bpm.impl.juel.jakarta.el.CompositeELResolver;
import org.camunda.bpm.impl.juel.jakarta.el.ELContext;
import org.camunda.bpm.impl.juel.jakarta.el.ELResolver;
import org.camunda.bpm.impl.juel.jakarta.el.ListELResolver;
import org.camunda.bpm.impl.juel.jakarta.el.MapELResolver;

/**
 * The engine's expression manager in place of Spring's, which resolves every bean of the application: here
 * a name resolves to a variable, {@code execution}/{@code task}, or a bean of the {@link ModelAllowList}
 * only, and every method call or property read first passes the {@link RestrictedElResolver}.
 */
final class RestrictedExpressionManager extends JuelExpressionManager {

  private final ModelAllowList allowList;
  private final Function<String, Object> bean;

  /** @param bean the application's bean of a name (asked only for names the allow-list accepts) */
  RestrictedExpressionManager(ModelAllowList allowList, Function<String, Object> bean) {
    this.allowList = allowList;
    this.bean = bean;
  }

  @Override
  protected ELResolver createElResolver() {
    CompositeELResolver resolver = new CompositeELResolver();
    resolver.add(new RestrictedElResolver(allowList, bean));
    resolver.add(new VariableScopeElResolver());
    resolver.add(new VariableContextElResolver());
    resolver.add(new AllowedBeanResolver());
    resolver.add(new ArrayELResolver());
    resolver.add(new ListELResolver());
    resolver.add(new MapELResolver());
    resolver.add(new BeanELResolver(true));
    return resolver;
  }

  /** Resolves a top-level name to a bean only when the allow-list accepts it. */
  private final class AllowedBeanResolver extends ELResolver {
    @Override
    public Object getValue(ELContext context, Object base, Object property) {
      if (base == null && property instanceof String name && allowList.isAllowedBean(name)) {
        Object value = bean.apply(name);
        if (value != null) {
          context.setPropertyResolved(true);
          return value;
        }
      }
      return null;
    }

    @Override
    public Class<?> getType(ELContext context, Object base, Object property) {
      return null;
    }

    @Override
    public void setValue(ELContext context, Object base, Object property, Object value) {
      // beans are read only
    }

    @Override
    public boolean isReadOnly(ELContext context, Object base, Object property) {
      if (base == null && property instanceof String name && allowList.isAllowedBean(name)) {
        context.setPropertyResolved(true);
        return true;
      }
      return false;
    }

    @Override
    public Iterator<FeatureDescriptor> getFeatureDescriptors(ELContext context, Object base) {
      return null;
    }

    @Override
    public Class<?> getCommonPropertyType(ELContext context, Object base) {
      return Object.class;
    }
  }
}

package nl.wmotoezicht.security.model;

import java.beans.FeatureDescriptor;
import java.util.Iterator;
import java.util.Set;
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
import org.camunda.bpm.impl.juel.jakarta.el.PropertyNotWritableException;

/**
 * The engine's expression manager in place of Spring's, which resolves every bean of the application: here
 * a name resolves to a variable, {@code execution}/{@code task}, or a bean of the {@link ModelAllowList}
 * only, and every method call or property read first passes the {@link RestrictedElResolver}.
 *
 * <p>A name of an allowed bean (a helper bean of the list such as {@code terms}, {@code termijnen} or
 * {@code region}, or a delegate) is resolved to the bean <em>before</em> Camunda's {@link VariableScopeElResolver}
 * and {@link VariableContextElResolver} are asked; every other name keeps Camunda's order (its own keys
 * {@code execution}, {@code task}, {@code caseExecution} and {@code authenticatedUserId}, then the variables). Two
 * reasons ({@code docs/security/hardening.md}, "Bean names before variables"):
 * <ul>
 *   <li>a process variable, which a REST client or a form can set, cannot stand in for a vetted helper: an expression
 *   written as {@code ${terms.dueIn(termijnen.behandelingKort)}} always computes the legal term with the calendar and
 *   the configured terms, never with data a client stored under the name {@code termijnen} or {@code terms};</li>
 *   <li>the variable resolver answers a name by asking the scope {@code hasVariable(name)}, which loads every variable
 *   of every scope up to the process instance from the database before the bean is found; a bean name no longer
 *   costs that read.</li>
 * </ul>
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
    resolver.add(new AllowedBeanResolver()); // before the variables: a bean name always means the bean
    resolver.add(new VariableScopeElResolver());
    resolver.add(new VariableContextElResolver());
    resolver.add(new ArrayELResolver());
    resolver.add(new ListELResolver());
    resolver.add(new MapELResolver());
    resolver.add(new BeanELResolver(true));
    return resolver;
  }

  /**
   * Camunda's own top-level keys ({@link VariableScopeElResolver}); they keep their meaning even should a bean ever
   * carry such a name.
   */
  private static final Set<String> ENGINE_KEYS = Set.of(VariableScopeElResolver.EXECUTION_KEY,
      VariableScopeElResolver.CASE_EXECUTION_KEY, VariableScopeElResolver.TASK_KEY,
      VariableScopeElResolver.LOGGED_IN_USER_KEY);

  /**
   * Resolves a top-level name to a bean only when the allow-list accepts it; asked before the variables, so such a
   * name never reaches them. A name whose bean does not exist is left to the resolvers after it.
   */
  private final class AllowedBeanResolver extends ELResolver {
    @Override
    public Object getValue(ELContext context, Object base, Object property) {
      Object value = beanOf(base, property);
      if (value != null) {
        context.setPropertyResolved(true);
      }
      return value;
    }

    @Override
    public Class<?> getType(ELContext context, Object base, Object property) {
      if (beanOf(base, property) != null) {
        context.setPropertyResolved(true); // read only: no type to assign
      }
      return null;
    }

    @Override
    public void setValue(ELContext context, Object base, Object property, Object value) {
      if (beanOf(base, property) != null) {
        throw new PropertyNotWritableException("Niet toegestaan in een expressie: toekenning aan '" + property
            + "', de naam van een bouwsteen (zie docs/security/hardening.md, toegestane bouwstenen)");
      }
    }

    @Override
    public boolean isReadOnly(ELContext context, Object base, Object property) {
      if (beanOf(base, property) != null) {
        context.setPropertyResolved(true);
        return true;
      }
      return false;
    }

    /** The bean a top-level name stands for, or null when the name is not an allowed bean's. */
    private Object beanOf(Object base, Object property) {
      if (base == null && property instanceof String name && !ENGINE_KEYS.contains(name)
          && allowList.isAllowedBean(name)) {
        return bean.apply(name);
      }
      return null;
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

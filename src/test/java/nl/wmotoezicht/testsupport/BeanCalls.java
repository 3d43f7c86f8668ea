package nl.wmotoezicht.testsupport;

import java.util.concurrent.atomic.AtomicInteger;
import org.aopalliance.intercept.MethodInterceptor;
import org.aopalliance.intercept.MethodInvocation;
import org.springframework.aop.framework.Advised;

/**
 * Counts the calls of one method of a Spring bean, on every thread (REST requests are served by the web server's
 * threads), while the recording is open: an advice added to the bean's AOP proxy (a {@code @Transactional} bean has
 * one) and removed again on {@link #close()}. A test-side hook, so production code carries no counter.
 *
 * <pre>
 * try (BeanCalls computed = BeanCalls.of(reports, "compute")) {
 *   ... requests ...
 *   assertThat(computed.count()).isEqualTo(1);
 * }
 * </pre>
 */
public final class BeanCalls implements MethodInterceptor, AutoCloseable {

  private final Advised proxy;
  private final String method;
  private final AtomicInteger calls = new AtomicInteger();

  private BeanCalls(Advised proxy, String method) {
    this.proxy = proxy;
    this.method = method;
  }

  /** Starts counting the calls of the bean's public method of that name (any overload). */
  public static BeanCalls of(Object bean, String method) {
    if (!(bean instanceof Advised advised)) {
      throw new IllegalArgumentException(bean.getClass() + " is no Spring AOP proxy");
    }
    if (advised.isFrozen()) {
      throw new IllegalStateException(bean.getClass() + ": its proxy is frozen, no advice can be added");
    }
    BeanCalls recording = new BeanCalls(advised, method);
    advised.addAdvice(0, recording);
    return recording;
  }

  @Override
  public Object invoke(MethodInvocation invocation) throws Throwable {
    if (invocation.getMethod().getName().equals(method)) {
      calls.incrementAndGet();
    }
    return invocation.proceed();
  }

  /** The calls counted so far. */
  public int count() {
    return calls.get();
  }

  @Override
  public void close() {
    proxy.removeAdvice(this);
  }
}

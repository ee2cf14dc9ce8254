package dev.spanweave.spring;

import java.lang.reflect.Method;
import org.aopalliance.aop.Advice;
import org.springframework.aop.ClassFilter;
import org.springframework.aop.MethodMatcher;
import org.springframework.aop.Pointcut;
import org.springframework.aop.support.AbstractPointcutAdvisor;
import org.springframework.aop.support.StaticMethodMatcher;

/**
 * Proxies the beans that have a method spanweave traces and that were not woven at build time;
 * the match is decided once per method when a bean is proxied, from the annotations alone, for
 * beans that carry a tracing annotation somewhere ({@link TracedClasses}). Methods are described
 * on their first call ({@link ProxiedTraces}).
 */
final class TracedSpanAdvisor extends AbstractPointcutAdvisor {

  private final transient TracedSpanInterceptor interceptor;

  private final transient Pointcut pointcut =
      new Pointcut() {
        @Override
        public ClassFilter getClassFilter() {
          return CLASSES;
        }

        @Override
        public MethodMatcher getMethodMatcher() {
          return MATCHER;
        }
      };

  private static final ClassFilter CLASSES = TracedClasses::mayBeTraced;

  private static final MethodMatcher MATCHER =
      new StaticMethodMatcher() {
        @Override
        public boolean matches(Method method, Class<?> targetClass) {
          return ProxiedTraces.traces(method, targetClass);
        }
      };

  TracedSpanAdvisor(TracedSpanInterceptor interceptor, int order) {
    this.interceptor = interceptor;
    setOrder(order);
  }

  @Override
  public Pointcut getPointcut() {
    return pointcut;
  }

  @Override
  public Advice getAdvice() {
    return interceptor;
  }
}

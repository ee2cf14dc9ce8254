package dev.spanweave.spring;

import dev.spanweave.internal.MethodTrace;
import dev.spanweave.internal.MethodTraces;
import dev.spanweave.internal.Woven;
import java.lang.reflect.Method;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.aop.support.AopUtils;
import org.springframework.core.BridgeMethodResolver;
import org.springframework.core.DefaultParameterNameDiscoverer;
import org.springframework.core.ParameterNameDiscoverer;

/**
 * The {@link MethodTrace} of each proxied method, described once by the same {@link
 * MethodTraces#describe} the aspect uses, and kept per target class in a {@link ClassValue} so that
 * nothing here keeps an application's classes from being unloaded.
 *
 * <p>A method is described on the class that implements it (the bean's class, not the interface
 * or the proxy), where its annotations are. A method that spanweave's aspect has woven (it carries
 * {@link Woven}) or that carries no tracing annotation gets {@link #NOT_PROXIED}: the woven code,
 * if any, traces it, and the proxy only passes the call on.
 */
final class ProxiedTraces {

  /** The trace of a method the proxy passes on untraced. */
  static final MethodTrace NOT_PROXIED = null;

  private static final ParameterNameDiscoverer NAMES = new DefaultParameterNameDiscoverer();

  private static final ClassValue<ConcurrentHashMap<Method, Described>> BY_CLASS =
      new ClassValue<>() {
        @Override
        protected ConcurrentHashMap<Method, Described> computeValue(Class<?> type) {
          return new ConcurrentHashMap<>();
        }
      };

  /** A map value that may stand for "not proxied" (ConcurrentHashMap takes no null values). */
  private record Described(MethodTrace trace) {}

  private ProxiedTraces() {}

  /**
   * Whether the proxy of a {@code targetClass} instance must trace {@code method}: decided when a
   * bean is proxied, for each of its methods, from the annotations alone. The method is described
   * (its {@link MethodTrace} built, its attributes and paths resolved) on its first call, not here:
   * an application pays at start-up for the proxy, not for the descriptions of methods it may
   * never call. A method that turns out to trace nothing is then passed on untraced.
   */
  static boolean traces(Method method, Class<?> targetClass) {
    if (ProxiedInterfaces.of(method, targetClass) != null) {
      return true;
    }
    Method implementation;
    try {
      implementation =
          BridgeMethodResolver.findBridgedMethod(AopUtils.getMostSpecificMethod(method, targetClass));
    } catch (Throwable problem) {
      implementation = method; // described on the first call, which reports the problem once
    }
    if (!TracingAnnotations.present(implementation)
        || implementation.isAnnotationPresent(Woven.class)
        || Unproxiable.method(implementation)) {
      return false;
    }
    if (TracingAnnotations.opensSpan(implementation)) {
      PassedOverByWeaver.check(implementation); // at start-up, where a set-up problem is looked for
    }
    return true;
  }

  /** Whether {@code method} called on a {@code targetClass} instance has been described yet. */
  static boolean described(Method method, Class<?> targetClass) {
    return BY_CLASS.get(targetClass).containsKey(method);
  }

  /** The trace of {@code method} called on an instance of {@code targetClass}, or null. */
  static MethodTrace of(Method method, Class<?> targetClass) {
    ConcurrentHashMap<Method, Described> traces = BY_CLASS.get(targetClass);
    Described described = traces.get(method);
    if (described == null) {
      described = traces.computeIfAbsent(method, m -> new Described(describe(m, targetClass)));
    }
    return described.trace;
  }

  private static MethodTrace describe(Method method, Class<?> targetClass) {
    ProxiedInterfaces.Declared declared = ProxiedInterfaces.of(method, targetClass);
    if (declared != null) {
      return traceOrNull(MethodTraces.describe(declared.method(), declared.type(),
          parameterNames(declared.method())));
    }
    Method implementation;
    try {
      implementation =
          BridgeMethodResolver.findBridgedMethod(AopUtils.getMostSpecificMethod(method, targetClass));
    } catch (Throwable problem) {
      return traceOrNull(MethodTraces.undescribable(targetClass.getName() + "." + method.getName(),
          problem));
    }
    if (!TracingAnnotations.present(implementation)
        || implementation.isAnnotationPresent(Woven.class)) {
      return NOT_PROXIED;
    }
    return traceOrNull(MethodTraces.describe(implementation, parameterNames(implementation)));
  }

  private static String[] parameterNames(Method method) {
    try {
      return NAMES.getParameterNames(method);
    } catch (Throwable problem) {
      return null; // MethodTraces falls back to the class file's names, then argN
    }
  }

  private static MethodTrace traceOrNull(MethodTrace trace) {
    return trace.opensSpan() || trace.recordsArguments() ? trace : NOT_PROXIED;
  }
}

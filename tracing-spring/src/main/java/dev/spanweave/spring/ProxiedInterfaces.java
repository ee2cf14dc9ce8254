package dev.spanweave.spring;

import dev.spanweave.annotations.NotTraced;
import dev.spanweave.annotations.TracedSpan;
import dev.spanweave.internal.Woven;
import io.opentelemetry.instrumentation.annotations.AddingSpanAttributes;
import io.opentelemetry.instrumentation.annotations.WithSpan;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;

/**
 * Beans that are JDK proxies of an interface with no implementing class of the user's: Spring Data
 * repositories (their queries are derived from the method names or written in {@code @Query}, the
 * implementation is generated). The interface is the only place for the annotations, so they are
 * read there: the method as the interface declares or inherits it ({@code CrudRepository.findById}
 * for {@code OwnerRepository}), the interface's own {@code @TracedSpan}, and the interface's simple
 * name for the span ({@code OwnerRepository.findById}, never the proxy's {@code $Proxy123}).
 */
final class ProxiedInterfaces {

  /** {@code method} as traced: looked up on {@code type}, the proxied interface. */
  record Declared(Method method, Class<?> type) {}

  private ProxiedInterfaces() {}

  /**
   * The annotated interface method that a call of {@code method} on a {@code proxyClass} instance
   * reaches, or null when {@code proxyClass} is not a JDK proxy or none of its interfaces asks for
   * the method to be traced. Called once per method, when it is described.
   */
  static Declared of(Method method, Class<?> proxyClass) {
    if (!Proxy.isProxyClass(proxyClass) || method.getDeclaringClass() == Object.class) {
      return null;
    }
    for (Class<?> type : proxyClass.getInterfaces()) {
      if (!method.getDeclaringClass().isAssignableFrom(type)) {
        continue;
      }
      Method declared;
      try {
        declared = type.getMethod(method.getName(), method.getParameterTypes());
      } catch (NoSuchMethodException | SecurityException notThere) {
        continue;
      }
      if (traced(declared, type)) {
        return new Declared(declared, type);
      }
    }
    return null;
  }

  /**
   * Whether the interface asks for a span or attributes, and no woven code gives them already: the
   * aspect marks every annotated method it sees, abstract ones too, but only a default method has
   * a body that it wove.
   */
  private static boolean traced(Method method, Class<?> type) {
    if (method.isDefault() && method.isAnnotationPresent(Woven.class)) {
      return false;
    }
    return method.isAnnotationPresent(TracedSpan.class)
        || method.isAnnotationPresent(WithSpan.class)
        || method.isAnnotationPresent(AddingSpanAttributes.class)
        || type.isAnnotationPresent(TracedSpan.class) && !method.isAnnotationPresent(NotTraced.class);
  }
}

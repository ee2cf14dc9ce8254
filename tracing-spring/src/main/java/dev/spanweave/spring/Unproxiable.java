package dev.spanweave.spring;

import dev.spanweave.internal.Problems;
import dev.spanweave.internal.Woven;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.Proxy;
import org.springframework.util.ReflectionUtils;

/**
 * What a Spring class proxy (CGLIB) cannot trace, and must therefore not be asked to: a final
 * class (a record too) or a sealed one, which Spring cannot subclass (the context would fail to start), and a final, private or
 * static method, which the subclass cannot override. Proxying a bean for a final method alone
 * would also break that method: called on the proxy, it runs on the proxy's own empty fields
 * instead of the bean's. Kotlin's classes and functions are final unless the {@code kotlin-spring}
 * (all-open) compiler plugin opens them, so a Kotlin bean meets this without a word in its code.
 *
 * <p>A final class or method that carries a tracing annotation and was not woven at build time is
 * said once, at start-up, with what to do; the bean is left unproxied and its methods run as
 * written.
 */
final class Unproxiable {

  private Unproxiable() {}

  /** Whether {@code type} is a class Spring cannot subclass; said once if it needed a proxy. */
  static boolean finalClass(Class<?> type) {
    if (!Modifier.isFinal(type.getModifiers()) && !type.isSealed() || Proxy.isProxyClass(type)
        || type.isInterface()) {
      return false; // a JDK proxy (a Spring Data repository) is traced through its interfaces
    }
    if (!woven(type)) {
      Problems.notice("final-class:" + type.getName(), "the methods of " + type.getName()
          + " are not traced: the class is final (or sealed), and a Spring proxy cannot subclass it."
          + " Make it"
          + " open (in Kotlin, with the kotlin-spring or all-open compiler plugin), or weave it at"
          + " build time. The bean is left unproxied and runs as written.");
    }
    return true;
  }

  /** Whether a class proxy cannot override {@code method}; said once for a final one. */
  static boolean method(Method method) {
    int modifiers = method.getModifiers();
    if (Modifier.isPrivate(modifiers) || Modifier.isStatic(modifiers)) {
      return true; // documented as woven-only; nothing to say
    }
    if (!Modifier.isFinal(modifiers)) {
      return false;
    }
    String name = method.getDeclaringClass().getName() + "." + method.getName();
    Problems.notice("final-method:" + name, name + " is not traced: it is final, and a Spring"
        + " proxy cannot override it. Make it open (in Kotlin, with the kotlin-spring or all-open"
        + " compiler plugin), or weave its class at build time. A final method of a proxied bean"
        + " runs on the proxy, not on the bean.");
    return true;
  }

  private static boolean woven(Class<?> type) {
    for (Method method : ReflectionUtils.getDeclaredMethods(type)) {
      if (method.isAnnotationPresent(Woven.class)) {
        return true;
      }
    }
    return false;
  }
}

package dev.spanweave.spring;

import dev.spanweave.internal.Problems;
import dev.spanweave.internal.Woven;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.Proxy;
import org.springframework.util.ReflectionUtils;

/**
 * The beans a Spring class proxy (CGLIB) must not be made for: a final class (a record too) or a
 * sealed one, which Spring cannot subclass (the context would fail to start), and a class with a
 * final method, which the subclass cannot override: called on the proxy, that method would run on
 * the proxy's own empty fields instead of the bean's, and return something else than it does
 * without spanweave. Kotlin's classes and functions are final unless the {@code kotlin-spring}
 * (all-open) compiler plugin opens them, so a Kotlin bean meets this without a word in its code.
 *
 * <p>Such a class, when it carries a tracing annotation and was not woven at build time, is said
 * once, at start-up, with what to do; the bean is left unproxied and runs as written.
 */
final class Unproxiable {

  private Unproxiable() {}

  /** Whether a class proxy must not be made for {@code type}; said once if it asked for one. */
  static boolean type(Class<?> type) {
    if (Proxy.isProxyClass(type) || type.isInterface()) {
      return false; // a JDK proxy (a Spring Data repository) is traced through its interfaces
    }
    String why;
    if (Modifier.isFinal(type.getModifiers()) || type.isSealed()) {
      why = "the class is final (or sealed), and a Spring proxy cannot subclass it";
    } else {
      Method unoverridable = finalMethod(type);
      if (unoverridable == null) {
        return false;
      }
      why = "its method " + unoverridable.getDeclaringClass().getSimpleName() + "."
          + unoverridable.getName()
          + "() is final, and would run on a Spring proxy's empty fields instead of the bean's";
    }
    if (!woven(type)) {
      Problems.notice("unproxiable:" + type.getName(), "the methods of " + type.getName()
          + " are not traced: " + why + ". Make it open (in Kotlin, with the kotlin-spring or"
          + " all-open compiler plugin), or weave the class at build time. The bean is left"
          + " unproxied and runs as written.");
    }
    return true;
  }

  /** Whether a class proxy cannot override {@code method}: private, static or final. */
  static boolean method(Method method) {
    int modifiers = method.getModifiers();
    return Modifier.isPrivate(modifiers) || Modifier.isStatic(modifiers)
        || Modifier.isFinal(modifiers);
  }

  /**
   * A final instance method that {@code type} declares or inherits from a class of the
   * application or of a framework; the JDK's classes and generated ones (a configuration class's
   * CGLIB subclass) are not looked at.
   */
  private static Method finalMethod(Class<?> type) {
    for (Class<?> c = type; c != null && c != Object.class; c = c.getSuperclass()) {
      if (c.getName().startsWith("java.") || c.getName().contains("$$")) {
        continue;
      }
      for (Method method : ReflectionUtils.getDeclaredMethods(c)) {
        int modifiers = method.getModifiers();
        if (Modifier.isFinal(modifiers) && !Modifier.isPrivate(modifiers)
            && !Modifier.isStatic(modifiers) && !method.isSynthetic()) {
          return method;
        }
      }
    }
    return null;
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

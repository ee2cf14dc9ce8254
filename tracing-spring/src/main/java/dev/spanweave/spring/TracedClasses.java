package dev.spanweave.spring;

import dev.spanweave.annotations.TracedSpan;
import io.opentelemetry.instrumentation.annotations.AddingSpanAttributes;
import io.opentelemetry.instrumentation.annotations.WithSpan;
import java.lang.reflect.Method;
import org.springframework.util.ReflectionUtils;

/**
 * The class filter of spanweave's advisor, decided once per class: Spring's auto-proxy creator
 * asks it about every bean, and without it would run the method matcher on every method of every
 * bean class and all its interfaces. Most beans have no traced method; a look at the annotations
 * of the methods each type declares settles that before Spring's walk over all of them.
 *
 * <p>A class may be traced when a tracing annotation ({@code @TracedSpan}, {@code @WithSpan},
 * {@code @AddingSpanAttributes}) sits on it, a superclass, an interface, or one of their methods:
 * inherited and default methods are traced where they are declared, and a JDK proxy (a Spring Data
 * repository) is traced through its interfaces. The method matcher still decides method by method.
 * A final or sealed class, and a class with a final method, are left out ({@link Unproxiable}).
 *
 * <p>Whether a type declares one is remembered per type, so the superclasses and interfaces that
 * many beans share (the frameworks' own) are looked at once. Types are not told apart by their
 * package name: an application may live in a framework's namespace (Spring PetClinic is in {@code
 * org.springframework.samples}); only the JDK's own types are skipped unread.
 */
final class TracedClasses {

  private static final ClassValue<Boolean> MAY_BE_TRACED = new ClassValue<>() {
    @Override
    protected Boolean computeValue(Class<?> type) {
      return annotated(type) && !Unproxiable.type(type);
    }
  };

  private static final ClassValue<Boolean> DECLARES = new ClassValue<>() {
    @Override
    protected Boolean computeValue(Class<?> type) {
      return declares(type);
    }
  };

  private TracedClasses() {}

  /** Whether {@code type}'s methods are worth matching one by one; cached per class. */
  static boolean mayBeTraced(Class<?> type) {
    try {
      return MAY_BE_TRACED.get(type);
    } catch (Throwable problem) {
      return true; // when in doubt, let the method matcher decide
    }
  }

  private static boolean annotated(Class<?> type) {
    for (Class<?> c = type; c != null && c != Object.class; c = c.getSuperclass()) {
      if (DECLARES.get(c) || interfacesDeclare(c)) {
        return true;
      }
    }
    return false;
  }

  private static boolean interfacesDeclare(Class<?> type) {
    for (Class<?> implemented : type.getInterfaces()) {
      if (DECLARES.get(implemented) || interfacesDeclare(implemented)) {
        return true;
      }
    }
    return false;
  }

  /** Whether {@code type} itself or one of the methods it declares carries a tracing annotation. */
  private static boolean declares(Class<?> type) {
    if (type.getName().startsWith("java.")) {
      return false; // the JDK's types never carry them (and a look would only load more classes)
    }
    if (type.isAnnotationPresent(TracedSpan.class)) {
      return true;
    }
    Method[] methods;
    try {
      // Spring's cached copy of the declared methods, which its own annotation scans read as well
      methods = ReflectionUtils.getDeclaredMethods(type);
    } catch (Throwable unreadable) {
      return false; // a method's type is missing: Spring could not read an annotation there either
    }
    for (Method method : methods) {
      if (method.isAnnotationPresent(TracedSpan.class)
          || method.isAnnotationPresent(WithSpan.class)
          || method.isAnnotationPresent(AddingSpanAttributes.class)) {
        return true;
      }
    }
    return false;
  }
}

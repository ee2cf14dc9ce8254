package dev.spanweave.spring;

import java.util.List;

/**
 * The first half of the advisor's class filter ({@link TracedClasses}): most beans of an
 * application are the frameworks' own (Spring's, the servlet container's, Micrometer's,
 * Jackson's), whose classes carry no tracing annotation. Rejecting them by name spares even the
 * look at their methods' annotations.
 *
 * <p>A class is looked at method by method when it, a superclass or an interface is not a
 * framework's: a bean class of the application that extends a framework class, and a JDK proxy
 * that implements an interface of the application (a Spring Data repository), still are.
 */
final class FrameworkClasses {

  /** Packages whose classes never carry {@code @TracedSpan}, {@code @WithSpan} or the like. */
  static final List<String> PACKAGES = List.of("java.", "javax.", "jakarta.", "jdk.", "sun.",
      "com.sun.", "kotlin.", "org.springframework.", "io.micrometer.", "io.opentelemetry.",
      "com.fasterxml.jackson.", "ch.qos.logback.", "org.slf4j.", "org.apache.catalina.",
      "org.apache.coyote.", "org.apache.tomcat.", "org.hibernate.", "com.zaxxer.hikari.",
      "io.netty.", "reactor.", "org.aspectj.");

  private FrameworkClasses() {}

  /** Whether {@code type}, its superclasses and all their interfaces are frameworks' classes. */
  static boolean frameworkOnly(Class<?> type) {
    for (Class<?> c = type; c != null && c != Object.class; c = c.getSuperclass()) {
      if (!framework(c) || !interfacesFrameworkOnly(c)) {
        return false;
      }
    }
    return true;
  }

  private static boolean interfacesFrameworkOnly(Class<?> type) {
    for (Class<?> implemented : type.getInterfaces()) {
      if (!framework(implemented) || !interfacesFrameworkOnly(implemented)) {
        return false;
      }
    }
    return true;
  }

  /** Whether {@code type} is in one of the frameworks' {@link #PACKAGES}. */
  static boolean framework(Class<?> type) {
    String name = type.getName();
    for (String prefix : PACKAGES) {
      if (name.startsWith(prefix)) {
        return true;
      }
    }
    return false;
  }
}

package dev.spanweave.internal.kotlin;

import java.lang.annotation.Annotation;
import java.lang.reflect.Method;

/**
 * What kotlinc made of a method, read from the class file's shape when the method is described.
 * Names only: it loads no Kotlin class, so Java applications may call it.
 */
public final class KotlinMethods {

  private static final String CONTINUATION = "kotlin.coroutines.Continuation";
  private static final String METADATA = "kotlin.Metadata";

  private KotlinMethods() {}

  /** Whether {@code method} is a suspend function: a last {@code Continuation}, an Object result. */
  public static boolean isSuspend(Method method) {
    if (method.getReturnType() != Object.class) {
      return false;
    }
    Class<?>[] parameters = method.getParameterTypes();
    return parameters.length > 0 && parameters[parameters.length - 1].getName().equals(CONTINUATION);
  }

  /**
   * Whether {@code method} is the getter or setter kotlinc generated for a property with a backing
   * field: a class-level {@code @TracedSpan} leaves them out (they are the class's data, not its
   * work), as Java's records' accessors would deserve too. Annotating the accessor itself ({@code
   * @get:TracedSpan}) still traces it.
   */
  public static boolean isPropertyAccessor(Method method) {
    if (!isKotlin(method.getDeclaringClass())) {
      return false;
    }
    String name = method.getName();
    int count = method.getParameterCount();
    String property;
    if (count == 0 && name.startsWith("get") && name.length() > 3) {
      property = decapitalize(name.substring(3));
    } else if (count == 0 && name.startsWith("is") && name.length() > 2) {
      property = name;
    } else if (count == 1 && name.startsWith("set") && name.length() > 3) {
      property = decapitalize(name.substring(3));
      if (!hasField(method.getDeclaringClass(), property)) {
        property = "is" + name.substring(3);
      }
    } else {
      return false;
    }
    return hasField(method.getDeclaringClass(), property);
  }

  /**
   * The method's name as its Kotlin source spells it: kotlinc appends {@code -hash} to functions
   * taking or returning value classes ({@code find-4ZD5Yi0}); a Java name never contains '-'.
   */
  public static String sourceName(String name) {
    int dash = name.indexOf('-');
    return dash > 0 ? name.substring(0, dash) : name;
  }

  private static boolean isKotlin(Class<?> type) {
    for (Annotation annotation : type.getDeclaredAnnotations()) {
      if (annotation.annotationType().getName().equals(METADATA)) {
        return true;
      }
    }
    return false;
  }

  private static boolean hasField(Class<?> type, String name) {
    try {
      type.getDeclaredField(name);
      return true;
    } catch (NoSuchFieldException absent) {
      return false;
    }
  }

  private static String decapitalize(String name) {
    return Character.toLowerCase(name.charAt(0)) + name.substring(1);
  }
}

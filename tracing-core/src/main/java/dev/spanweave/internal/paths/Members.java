package dev.spanweave.internal.paths;

import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.reflect.Field;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.RecordComponent;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;

/**
 * Finds a member of a class by name, by the rules {@link PathCheck} applies at build time, in this
 * order: a record component, a public getter {@code getX()} or {@code isX()}, a public field, a
 * public method {@code x()} without parameters.
 */
final class Members {

  private static final MethodHandles.Lookup OWN = MethodHandles.lookup();

  /** Methods every object has: never offered as the closest name of a typo. */
  static final Set<String> OBJECT_METHODS =
      Set.of("getClass", "hashCode", "toString", "notify", "notifyAll", "wait", "clone");

  private Members() {}

  /** A readable member: its name, its declared type and a handle {@code (Owner)Type}. */
  record Member(String name, Class<?> type, MethodHandle getter) {}

  /** The member {@code name} of {@code owner}, or null when it has none. */
  static Member find(Class<?> owner, String name) throws IllegalAccessException {
    if (owner.isRecord()) {
      for (RecordComponent component : owner.getRecordComponents()) {
        if (component.getName().equals(name)) {
          return method(name, component.getAccessor());
        }
      }
    }
    Method getter = publicMethod(owner, "get" + capitalized(name));
    if (getter == null) {
      getter = publicMethod(owner, "is" + capitalized(name));
      if (getter != null && getter.getReturnType() != boolean.class
          && getter.getReturnType() != Boolean.class) {
        getter = null;
      }
    }
    if (getter != null) {
      return method(name, getter);
    }
    try {
      Field field = owner.getField(name);
      if (!Modifier.isStatic(field.getModifiers())) {
        return field(field);
      }
    } catch (NoSuchFieldException none) {
      // not a field either
    }
    Method plain = publicMethod(owner, name);
    return plain == null ? null : method(name, plain);
  }

  /** The names {@link #find} accepts on {@code owner}, for the closest names of a typo. */
  static Set<String> names(Class<?> owner) {
    Set<String> names = new TreeSet<>();
    if (owner.isRecord()) {
      for (RecordComponent component : owner.getRecordComponents()) {
        names.add(component.getName());
      }
    }
    for (Method method : owner.getMethods()) {
      if (method.getParameterCount() == 0 && method.getReturnType() != void.class
          && !Modifier.isStatic(method.getModifiers())
          && !OBJECT_METHODS.contains(method.getName())) {
        names.add(propertyName(method.getName()));
      }
    }
    for (Field field : owner.getFields()) {
      if (!Modifier.isStatic(field.getModifiers())) {
        names.add(field.getName());
      }
    }
    return names;
  }

  /** {@code getX}/{@code isX} name property {@code x}; other methods their own name. */
  static String propertyName(String methodName) {
    for (String prefix : new String[] {"get", "is"}) {
      if (methodName.length() > prefix.length() && methodName.startsWith(prefix)
          && Character.isUpperCase(methodName.charAt(prefix.length()))) {
        String rest = methodName.substring(prefix.length());
        return rest.length() > 1 && Character.isUpperCase(rest.charAt(1)) ? rest
            : rest.substring(0, 1).toLowerCase(Locale.ROOT) + rest.substring(1);
      }
    }
    return methodName;
  }

  static String capitalized(String name) {
    return name.isEmpty() ? name : Character.toUpperCase(name.charAt(0)) + name.substring(1);
  }

  static Member method(String name, Method method) throws IllegalAccessException {
    return new Member(name, method.getReturnType(), unreflect(method));
  }

  static Member field(Field field) throws IllegalAccessException {
    MethodHandle getter;
    try {
      getter = MethodHandles.publicLookup().unreflectGetter(field);
    } catch (IllegalAccessException notPublic) {
      getter = MethodHandles.privateLookupIn(field.getDeclaringClass(), OWN).unreflectGetter(field);
    }
    return new Member(field.getName(), field.getType(), getter);
  }

  private static MethodHandle unreflect(Method method) throws IllegalAccessException {
    try {
      return MethodHandles.publicLookup().unreflect(method);
    } catch (IllegalAccessException notPublic) {
      // a public method of a package-private type (a record next to the service, say)
      return MethodHandles.privateLookupIn(method.getDeclaringClass(), OWN).unreflect(method);
    }
  }

  private static Method publicMethod(Class<?> owner, String name) {
    try {
      Method method = owner.getMethod(name);
      return method.getReturnType() == void.class || Modifier.isStatic(method.getModifiers())
          ? null : method;
    } catch (NoSuchMethodException none) {
      return null;
    }
  }
}
